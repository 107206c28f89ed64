import { config } from "../config.ts";
import type { HourDetection } from "./detectDay.ts";
import { impactRange } from "./impact.ts";
import type { DayShift, Direction, HourStatus, Incident, IncidentKind, Severity } from "./types.ts";

const directionOf = (status: HourStatus): Direction | null =>
  status === "spike" ? "up" : status === "normal" ? null : "down";

/**
 * Runs of consecutive flagged hours with the same direction. Hours too quiet
 * to test do not end a run: an outage through the night is one incident,
 * not one before and one after the empty hours.
 */
export function flaggedRuns(hours: HourDetection[]): HourDetection[][] {
  const runs: HourDetection[][] = [];
  let current: HourDetection[] = [];
  const close = () => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  for (const hour of hours) {
    const direction = directionOf(hour.status);
    if (!direction) {
      if (hour.tested) close();
      continue;
    }
    const last = current.at(-1);
    if (last && directionOf(last.status) !== direction) close();
    current.push(hour);
  }
  close();
  return runs;
}

/**
 * A down run is a late start when it begins in the morning opening, between
 * the night's quietest hour and the day's busiest, trading had not started
 * normally before it (every hour with volume since the night's trough sold
 * less than expected), it sold next to nothing, and it ended before half
 * of the day's expected volume would have been sold: the opening came late. It is not a break in
 * a running day, nor a day that lost most of its trade.
 */
export function isLateStart(run: HourDetection[], hours: HourDetection[]): boolean {
  const first = run[0]!;
  const quietest = (a: HourDetection, b: HourDetection) =>
    b.estimate.expected < a.estimate.expected ? b : a;
  const peak = hours.reduce((a, b) => (b.estimate.expected > a.estimate.expected ? b : a));
  const trough = hours.filter((h) => h.hour < peak.hour).reduce(quietest, hours[0]!);
  if (first.hour <= trough.hour || first.hour >= peak.hour) return false;
  if (run.at(-1)!.hour >= midpointByVolume(hours)) return false;
  if (sumOf(run, (h) => h.observed) > LATE_START_SHARE * sumOf(run, (h) => h.estimate.expected)) return false;
  const opening = hours.filter((h) => h.hour > trough.hour && h.hour < first.hour && h.tested);
  return opening.every((h) => h.observed < h.estimate.expected);
}

// A late opening sells next to nothing until it opens: at most this share
// of the expected count over the run. A morning that merely ran slow is a drop.
const LATE_START_SHARE = 0.25;

function sumOf(hours: HourDetection[], pick: (h: HourDetection) => number): number {
  return hours.reduce((a, h) => a + pick(h), 0);
}

/** The hour by which half of the day's expected volume would have been sold. */
function midpointByVolume(hours: HourDetection[]): number {
  const total = hours.reduce((a, h) => a + h.estimate.expected, 0);
  let sold = 0;
  for (const h of hours) {
    sold += h.estimate.expected;
    if (sold >= total / 2) return h.hour;
  }
  return hours.length - 1;
}

function kindOf(run: HourDetection[], direction: Direction, lateStart: boolean): IncidentKind {
  if (direction === "up") return "spike";
  if (lateStart) return "late_start";
  return run.some((h) => h.status === "outage") ? "outage" : "drop";
}

/**
 * Severity from kind, length and the share of the day's expected volume
 * affected. Outage hours make a P1 only when they also cost at least the P2
 * share of the day (two empty night hours at a big store are not a P1);
 * any outage hour is at least P2. A surge is one level below a loss of the
 * same size: sales were made, the risk is in duplicates or a load the
 * systems may not carry.
 */
export function severityOf(
  kind: IncidentKind,
  shareOfDay: number,
  outageHours: number,
): { severity: Severity; reason: string } {
  const { p1ShareLost, p2ShareLost, p1OutageHours } = config.severity;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const share = `${pct(shareOfDay)} of the day's expected volume`;
  const outage = `${Math.round(config.outageShare * 100)} %`;
  if (kind === "spike") {
    return shareOfDay >= p1ShareLost
      ? { severity: "P2", reason: `surge of ${share}, at least ${pct(p1ShareLost)}` }
      : { severity: "P3", reason: `surge of ${share}, below ${pct(p1ShareLost)}` };
  }
  if (outageHours >= p1OutageHours && shareOfDay >= p2ShareLost)
    return {
      severity: "P1",
      reason: `${outageHours} outage hours, at or below ${outage} of expected (${share} missing)`,
    };
  if (shareOfDay >= p1ShareLost)
    return { severity: "P1", reason: `${share} missing, at least ${pct(p1ShareLost)}` };
  if (outageHours >= 1)
    return {
      severity: "P2",
      reason: `${outageHours === 1 ? "one outage hour" : `${outageHours} outage hours`}, at or below ${outage} of expected (${share} missing)`,
    };
  if (shareOfDay >= p2ShareLost)
    return { severity: "P2", reason: `${share} missing, at least ${pct(p2ShareLost)}` };
  return { severity: "P3", reason: `${share} missing, below ${pct(p2ShareLost)}` };
}

/**
 * On a shifted day the whole day is the incident: the runs in the shift's
 * direction are one incident from the first to the last, not fragments
 * split by the hours that happened to pass their test.
 */
function incidentRuns(hours: HourDetection[], shift: DayShift | null): HourDetection[][] {
  const runs = flaggedRuns(hours);
  if (!shift) return runs;
  const along = runs.filter((run) => directionOf(run[0]!.status) === shift.direction);
  if (along.length < 2) return runs;
  const others = runs.filter((run) => !along.includes(run));
  return [...others, along.flat()].sort((a, b) => a[0]!.hour - b[0]!.hour);
}

/** Group flagged hours into incidents with kind, severity, impact and recovery. */
export function buildIncidents(
  datasetId: string,
  hours: HourDetection[],
  expectedTotal: number,
  shift: DayShift | null = null,
): Incident[] {
  const incidents: Incident[] = [];
  const catchups = new Set<number>();

  for (const run of incidentRuns(hours, shift)) {
    if (catchups.has(run[0]!.hour)) continue;
    const direction = directionOf(run[0]!.status)!;
    const last = run.at(-1)!;
    const lateStart = direction === "down" && isLateStart(run, hours);
    const next = hours[last.hour + 1];
    const catchupHour = lateStart && next?.status === "spike" ? next.hour : null;
    if (catchupHour !== null) catchups.add(catchupHour);
    const catchup = catchupHour === null ? null : hours[catchupHour]!;

    const kind = kindOf(run, direction, lateStart);
    const outageHours = run.filter((h) => h.status === "outage").map((h) => h.hour);
    const impact = impactRange(run, direction);
    const { severity, reason } = severityOf(
      kind,
      impact.estimate / Math.max(expectedTotal, 1),
      outageHours.length,
    );
    const resumeAfter = catchupHour ?? last.hour;
    const recoveryHour = hours.find((h) => h.hour > resumeAfter && h.status === "normal")?.hour ?? null;
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
      catchupHour,
      catchupExcess: catchup ? Math.max(0, Math.round(catchup.observed - catchup.estimate.expected)) : 0,
      outageHours,
      observed: run.reduce((a, h) => a + h.observed, 0),
      expected: run.reduce((a, h) => a + h.estimate.expected, 0),
      impact,
      peakHour: peak.hour,
      recoveryHour,
      recovered: recoveryHour !== null,
    });
  }
  return incidents;
}
