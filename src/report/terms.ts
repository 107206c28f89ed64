// The words for each concept, chosen once so every page, postmortem and
// Slack message names the same thing the same way.
import type { DatasetFindings, Direction, Incident, IncidentKind } from "../analysis/types.ts";
import { formatCount, hourSet } from "./format.ts";

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
