// What a responder knows about an incident while it is still running: only
// the hours closed so far. The investigating and identified messages and
// the postmortem's detection section state these figures, never the final
// ones, which are known only once the incident is over.
import { severityOf } from "../analysis/incidents.ts";
import type { DatasetFindings, Incident, Severity } from "../analysis/types.ts";
import { checkoutsWord, formatCount, hourRange } from "./format.ts";
import { alertHour } from "./incidentFacts.ts";

/** The incident as seen when `upTo` has closed. */
export interface KnownSoFar {
  upTo: number;
  hours: number[];
  outageHours: number[];
  observed: number;
  expected: number;
  /** Checkouts missing (down) or in excess (up) over the closed hours, at least 0. */
  gap: number;
  severity: Severity;
  reason: string;
}

/**
 * The incident's hours up to and including `upTo`, their counts, and the
 * severity the rule gives them: provisional, since later hours can raise it.
 */
export function knownSoFar(i: Incident, ds: DatasetFindings, upTo: number): KnownSoFar {
  const closed = ds.hours.filter((h) => i.hours.includes(h.hour) && h.hour <= upTo);
  const observed = closed.reduce((a, h) => a + h.observed, 0);
  const expected = closed.reduce((a, h) => a + h.expected, 0);
  const gap = Math.max(0, i.direction === "down" ? expected - observed : observed - expected);
  const outageHours = i.outageHours.filter((h) => h <= upTo);
  const share = gap / Math.max(ds.figures.expectedTotal, 1);
  const { severity, reason } = severityOf(i.kind, share, outageHours.length);
  return { upTo, hours: closed.map((h) => h.hour), outageHours, observed, expected, gap, severity, reason };
}

/** What is known when the alert fires. */
export function knownAtAlert(i: Incident, ds: DatasetFindings): KnownSoFar {
  return knownSoFar(i, ds, alertHour(i, ds));
}

/** The closed hours as a clause: "14h–15h: 19 checkouts where 90 were expected". */
export function closedHoursPhrase(k: KnownSoFar): string {
  const first = k.hours[0] ?? k.upTo;
  const what = hourRange(first, k.hours.at(-1) ?? first);
  return `${what}: ${formatCount(k.observed)} ${checkoutsWord(k.observed)} where ${formatCount(k.expected)} were expected`;
}

/** The provisional severity with its reason: "P1 (provisional: …)". */
export function provisionalSeverity(k: KnownSoFar): string {
  return `${k.severity} (provisional, from the hours closed so far: ${k.reason})`;
}
