import { config } from "../config.ts";
import type { HourDetection } from "./detectDay.ts";
import type { Direction, HourStatus, Incident, IncidentKind, Severity } from "./types.ts";

const directionOf = (status: HourStatus): Direction | null =>
  status === "spike" ? "up" : status === "normal" ? null : "down";

/** Runs of consecutive flagged hours with the same direction. */
export function flaggedRuns(hours: HourDetection[]): HourDetection[][] {
  const runs: HourDetection[][] = [];
  let current: HourDetection[] = [];
  for (const hour of hours) {
    const direction = directionOf(hour.status);
    const last = current.at(-1);
    if (direction && last && directionOf(last.status) === direction && last.hour === hour.hour - 1) {
      current.push(hour);
      continue;
    }
    if (current.length > 0) runs.push(current);
    current = direction ? [hour] : [];
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A down run that starts at the day's opening ramp (nothing earlier is
 * busy enough to test) and is followed by an above-normal hour is a late
 * start with catch-up: the trade came, only later.
 */
function isLateStart(run: HourDetection[], next: HourDetection | undefined, hours: HourDetection[]): boolean {
  const first = run[0]!;
  const openedEarlier = hours.some((h) => h.hour < first.hour && h.tested);
  return !openedEarlier && next?.status === "spike";
}

function kindOf(run: HourDetection[], direction: Direction, lateStart: boolean): IncidentKind {
  if (direction === "up") return "spike";
  if (lateStart) return "late_start";
  return run.every((h) => h.status === "outage") ? "outage" : "drop";
}

export function severityOf(kind: IncidentKind, shareOfDay: number, hours: number): { severity: Severity; reason: string } {
  const pct = `${(shareOfDay * 100).toFixed(1)} % of the day's expected volume`;
  if (kind === "outage" && hours >= 2) return { severity: "P1", reason: `outage of ${hours} hours (${pct})` };
  if (shareOfDay >= config.severity.p1ShareLost) return { severity: "P1", reason: `${pct}, at least ${config.severity.p1ShareLost * 100} %` };
  if (kind === "outage" || shareOfDay >= config.severity.p2ShareLost)
    return { severity: "P2", reason: kind === "outage" ? `one-hour outage (${pct})` : `${pct}, at least ${config.severity.p2ShareLost * 100} %` };
  return { severity: "P3", reason: `${pct}, below ${config.severity.p2ShareLost * 100} %` };
}

/** Group flagged hours into incidents with kind, severity, impact and recovery. */
export function buildIncidents(datasetId: string, hours: HourDetection[], expectedTotal: number): Incident[] {
  const runs = flaggedRuns(hours);
  const consumed = new Set<number>();
  const incidents: Incident[] = [];

  for (const run of runs) {
    if (consumed.has(run[0]!.hour)) continue;
    const direction = directionOf(run[0]!.status)!;
    const last = run.at(-1)!;
    const next = hours[last.hour + 1];
    const lateStart = direction === "down" && isLateStart(run, next, hours);
    if (lateStart) consumed.add(next!.hour);

    const kind = kindOf(run, direction, lateStart);
    const observed = sum(run.map((h) => h.observed));
    const expected = sum(run.map((h) => h.estimate.expected));
    const impact = impactRange(run, direction);
    const { severity, reason } = severityOf(kind, impact.estimate / Math.max(expectedTotal, 1), run.length);
    const recoveryHour = hours.find((h) => h.hour > last.hour + (lateStart ? 1 : 0) && h.status === "normal")?.hour ?? null;
    const peak = run.reduce((a, b) => (Math.abs(b.test.score) > Math.abs(a.test.score) ? b : a));

    incidents.push({
      id: `${datasetId}-${incidents.length + 1}`,
      datasetId,
      kind,
      direction,
      severity,
      severityReason: reason,
      startHour: run[0]!.hour,
      endHour: last.hour,
      hours: run.map((h) => h.hour),
      catchupHour: lateStart ? next!.hour : null,
      observed,
      expected,
      impact,
      peakHour: peak.hour,
      recoveryHour,
      recovered: recoveryHour !== null,
    });
  }
  return incidents;
}

/**
 * Transactions missing (down) or in excess (up), as a range: the estimate
 * uses the expected counts; low and high use each hour's prediction band,
 * so the range says how precisely the expectation is known.
 */
function impactRange(run: HourDetection[], direction: Direction) {
  const sign = direction === "down" ? 1 : -1;
  const observed = sum(run.map((h) => h.observed));
  const estimate = sign * (sum(run.map((h) => h.estimate.expected)) - observed);
  const bandLow = sum(run.map((h) => h.test.low));
  const bandHigh = sum(run.map((h) => h.test.high));
  const low = Math.max(0, direction === "down" ? bandLow - observed : observed - bandHigh);
  const high = Math.max(0, direction === "down" ? bandHigh - observed : observed - bandLow);
  return {
    estimate: Math.max(0, Math.round(estimate)),
    low: Math.round(low),
    high: Math.round(high),
    basis: "expected count per hour; range from each hour's 99 % band of normal counts",
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
