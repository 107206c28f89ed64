// The words that stand in for a chart: what it shows, computed from the same
// Findings, so a reader without the picture gets the same story.
import type { HourVerdict, Incident } from "../analysis/types.ts";
import { formatCount, hourLabel, hourRange } from "../report/format.ts";
import { kindName } from "../report/terms.ts";

/** "15h–17h outage, 0 observed against 116 expected" for each incident. */
export function shadedIncidents(incidents: Incident[]): string {
  if (incidents.length === 0) return "No hour is flagged, so nothing is shaded.";
  const parts = incidents.map((i) => {
    const catchup = i.catchupHour === null ? "" : `, catch-up at ${hourLabel(i.catchupHour)}`;
    return `${hourRange(i.startHour, i.endHour)} ${kindName(i.kind)}, ${formatCount(i.observed)} observed against ${formatCount(i.expected)} expected${catchup}`;
  });
  return `Shaded: ${parts.join("; ")}.`;
}

/** The hour with the most checkouts, "10h with 55". */
export function busiestHour(hours: HourVerdict[]): string {
  const top = hours.reduce<HourVerdict | undefined>(
    (best, h) => (!best || h.observed > best.observed ? h : best),
    undefined,
  );
  return top ? `${hourLabel(top.hour)} with ${formatCount(top.observed)}` : "none";
}

/** Hours whose count falls outside the normal band, named by label. */
export function outsideBand(hours: HourVerdict[]): string {
  const outside = hours.filter((h) => h.observed < h.expectedLow || h.observed > h.expectedHigh);
  if (outside.length === 0) return "Every hour is inside its normal band.";
  const labels = outside.map((h) => `${hourLabel(h.hour)} (${formatCount(h.observed)})`);
  return `Outside the normal band: ${labels.join(", ")}.`;
}

/** Unflagged hours beyond every reference: "Watch: 08h above every reference (25)." */
export function watchHours(hours: HourVerdict[]): string {
  const watched = hours.filter((h) => h.watch !== null);
  if (watched.length === 0) return "";
  const parts = watched.map(
    (h) => `${hourLabel(h.hour)} ${h.watch} every reference (${formatCount(h.observed)})`,
  );
  return `Not flagged but worth a look: ${parts.join(", ")}.`;
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
