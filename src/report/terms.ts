// The words for each concept, chosen once so every page, postmortem and
// Slack message names the same thing the same way.
import type { DatasetFindings, Direction, Incident, IncidentKind } from "../analysis/types.ts";
import { formatCount, hourLabel, hourRange, hourSet } from "./format.ts";
import { lastAffectedHour, lastHourOf } from "./incidentFacts.ts";

/** The noun for an incident kind: "late_start" → "late start". */
export function kindName(kind: IncidentKind): string {
  return kind === "late_start" ? "late start" : kind;
}

/** What the impact counts: transactions "missing" below expected, "in excess" above. */
export function impactWord(direction: Direction): string {
  return direction === "down" ? "missing" : "in excess";
}

/** The impact as a range with its estimate: "116 missing (range 69–168)". */
export function impactPhrase(i: Incident): string {
  const { estimate, low, high } = i.impact;
  return `${formatCount(estimate)} ${impactWord(i.direction)} (range ${formatCount(low)}–${formatCount(high)})`;
}

/** Singular or plural count of hours: 1 → "1 hour", 3 → "3 hours". */
export function hoursPhrase(n: number): string {
  return `${formatCount(n)} ${n === 1 ? "hour" : "hours"}`;
}

/** Incidents ordered most severe first, then by size of impact. */
export function bySeverity(incidents: Incident[]): Incident[] {
  return [...incidents].sort(
    (a, b) =>
      a.severity.localeCompare(b.severity) ||
      b.impact.estimate - a.impact.estimate ||
      a.startHour - b.startHour,
  );
}

/** Share of the day's expected volume that an incident's impact estimate represents. */
export function shareOfDay(i: Incident, expectedTotal: number): number {
  return expectedTotal > 0 ? i.impact.estimate / expectedTotal : 0;
}

/** Observed and expected over the outage hours (at or below config.outageShare of expected), or null when there are none. */
export function outageCore(
  i: Incident,
  ds: DatasetFindings,
): { hours: number[]; observed: number; expected: number } | null {
  if (i.outageHours.length === 0) return null;
  const core = ds.hours.filter((h) => i.outageHours.includes(h.hour));
  return {
    hours: i.outageHours,
    observed: core.reduce((a, h) => a + h.observed, 0),
    expected: core.reduce((a, h) => a + h.expected, 0),
  };
}

/**
 * The core of an outage that is shorter than its incident, as a clause:
 * "0 checkouts at 15h–17h where 127 were expected". Empty when every hour
 * of the incident is an outage hour, since the incident figures say it all.
 */
export function outageCorePhrase(i: Incident, ds: DatasetFindings): string {
  const core = outageCore(i, ds);
  if (!core || core.hours.length === i.hours.length) return "";
  return `${formatCount(core.observed)} checkouts at ${hourSet(core.hours)} where ${formatCount(core.expected)} were expected`;
}

/** Whether untested quiet hours sit between the incident's flagged hours. */
export function hasQuietHours(i: Incident): boolean {
  return i.hours.length < i.endHour - i.startHour + 1;
}

/**
 * The incident's span and its flagged hours: "14h–18h, 5 hours", or, when
 * quiet hours too small to test sit inside the span, "00h–23h: 18 flagged
 * hours; the quiet hours between, 02h–07h, were too small to test".
 */
export function spanPhrase(i: Incident): string {
  const span = hourRange(i.startHour, i.endHour);
  const length = i.endHour - i.startHour + 1;
  if (!hasQuietHours(i)) return `${span}, ${hoursPhrase(length)}`;
  const quiet = Array.from({ length }, (_, n) => i.startHour + n).filter((h) => !i.hours.includes(h));
  return (
    `${span}: ${formatCount(i.hours.length)} flagged ${i.hours.length === 1 ? "hour" : "hours"}; ` +
    `the quiet ${quiet.length === 1 ? "hour" : "hours"} between, ${hourSet(quiet)}, ${quiet.length === 1 ? "was" : "were"} too small to test`
  );
}

/**
 * An incident without a recovery hour: "not recovered by the end of the day
 * (23h was still affected)" when it runs to the last hour, else "not
 * recovered by the end of the day: no normal hour after 20h up to 23h".
 */
export function notRecoveredPhrase(i: Incident, ds: DatasetFindings): string {
  const last = lastHourOf(ds);
  const affected = lastAffectedHour(i);
  if (affected >= last) return `not recovered by the end of the day (${hourLabel(last)} was still affected)`;
  return `not recovered by the end of the day: no normal hour after ${hourLabel(affected)} up to ${hourLabel(last)}`;
}

/**
 * The catch-up against the checkouts missing: "the catch-up hour 10h sold
 * 45 more than expected, more than the 25 missing", or "the catch-up hour
 * 10h won back 20 of the 25 missing". Empty without a catch-up hour.
 */
export function catchupPhrase(i: Incident): string {
  if (i.catchupHour === null) return "";
  const excess = i.catchupExcess;
  const missing = i.impact.estimate;
  const hour = `the catch-up hour ${hourLabel(i.catchupHour)}`;
  return Math.round(excess) > Math.round(missing)
    ? `${hour} sold ${formatCount(excess)} more than expected, more than the ${formatCount(missing)} missing`
    : `${hour} won back ${formatCount(excess)} of the ${formatCount(missing)} missing`;
}
