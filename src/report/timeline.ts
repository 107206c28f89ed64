// The postmortem timeline: hour by hour from the last normal hour before
// the incident to the hour counts were back, each with what it showed and
// what a responder would have seen then.
import { config } from "../config.ts";
import type { DatasetFindings, HourVerdict, Incident } from "../analysis/types.ts";
import { formatCount, formatScore, hourClock, hourLabel, hourWindow } from "./format.ts";
import { alertHour, backInBandHour, lastAffectedHour, lastHourOf } from "./incidentFacts.ts";
import { section, type Section } from "./section.ts";

/** Timeline section: one item per hour through the incident window and its recovery. */
export function timelineSection(i: Incident, ds: DatasetFindings): Section {
  const { from, to } = timelineSpan(i, ds);
  const items = ds.hours
    .filter((h) => h.hour >= from && h.hour <= to)
    .map((h) => timelineItem(h, events(h.hour, i, ds)));
  const open =
    i.recoveryHour === null
      ? [`${hourClock(lastHourOf(ds) + 1)}: end of the data with the incident still open.`]
      : [];
  return section(
    "Timeline",
    [`All times ${config.timezone}; each hour's count is known when the hour closes.`],
    [...items, ...open],
  );
}

/** From the hour before the incident to the later of recovery and back-in-band, or the end of day. */
function timelineSpan(i: Incident, ds: DatasetFindings): { from: number; to: number } {
  const firstHour = ds.hours[0]?.hour ?? 0;
  const from = Math.max(firstHour, i.startHour - 1);
  if (i.recoveryHour === null) return { from, to: lastHourOf(ds) };
  const band = backInBandHour(i, ds);
  return { from, to: Math.max(i.recoveryHour, band ?? i.recoveryHour, lastAffectedHour(i)) };
}

function timelineItem(h: HourVerdict, notes: string[]): string {
  const facts =
    `${formatCount(h.observed)} checkouts, ${formatCount(h.expected)} expected ` +
    `(band ${formatCount(h.expectedLow)}–${formatCount(h.expectedHigh)}), ${h.tested ? `score ${formatScore(h.score)}` : "not tested"}, ${h.status}`;
  const joined = notes.join("; ");
  const suffix = joined ? `. ${joined[0]!.toUpperCase()}${joined.slice(1)}` : "";
  return `${hourLabel(h.hour)} (${hourWindow(h.hour, h.hour)}): ${facts}${suffix}.`;
}

/** What the hour means for the incident: onset, alert, outage core, catch-up, recovery. */
function events(hour: number, i: Incident, ds: DatasetFindings): string[] {
  const notes: string[] = [];
  if (hour === i.startHour - 1) notes.push("last hour before the incident");
  if (hour === i.startHour) notes.push("first flagged hour");
  if (hour === alertHour(i, ds))
    notes.push(`the alert fires when this hour closes, at ${hourClock(hour + 1)}`);
  if (hour === i.outageHours[0]) notes.push("first outage hour");
  if (hour === i.outageHours.at(-1) && i.outageHours.length > 1) notes.push("last outage hour");
  if (hour === i.peakHour) notes.push("strongest score of the incident");
  if (hour === i.endHour) notes.push("last flagged hour");
  if (hour === i.catchupHour) notes.push("catch-up: above expected after the late start");
  if (hour === i.recoveryHour) notes.push("recovery: first normal hour after the incident");
  const band = backInBandHour(i, ds);
  if (hour === band && band !== i.recoveryHour) notes.push("first hour back inside its normal band");
  return notes;
}
