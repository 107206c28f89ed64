// Facts about one incident read off the hour verdicts, shared by the
// postmortem and the Slack messages so both tell the same story.
import type { DatasetFindings, HourVerdict, Incident } from "../analysis/types.ts";

/** The verdict of one hour of the dataset, if the hour exists. */
export function verdictAt(ds: DatasetFindings, hour: number | null): HourVerdict | undefined {
  return hour === null ? undefined : ds.hours.find((h) => h.hour === hour);
}

/** Whether an hour's count lies inside its normal band. */
export function inBand(h: HourVerdict): boolean {
  return h.observed >= h.expectedLow && h.observed <= h.expectedHigh;
}

/** The last hour the incident affects: its catch-up hour for a late start, else its end. */
export function lastAffectedHour(i: Incident): number {
  return i.catchupHour ?? i.endHour;
}

/**
 * The first hour after the incident whose count is back inside its normal
 * band. It can come later than the recovery hour: an hour may test as
 * normal (not significant) while still below the band.
 */
export function backInBandHour(i: Incident, ds: DatasetFindings): number | null {
  return ds.hours.find((h) => h.hour > lastAffectedHour(i) && inBand(h))?.hour ?? null;
}

/** The hours after the recovery hour up to the end of the day, and how many sit in their band. */
export function afterRecovery(i: Incident, ds: DatasetFindings): { hours: HourVerdict[]; inBand: number } {
  const hours = i.recoveryHour === null ? [] : ds.hours.filter((h) => h.hour >= i.recoveryHour!);
  return { hours, inBand: hours.filter(inBand).length };
}

/** The last hour of the dataset, 23 for a full day. */
export function lastHourOf(ds: DatasetFindings): number {
  return ds.hours.at(-1)?.hour ?? 23;
}

/** Hours tested by the day's alert rule; the threshold shares the day's false-alarm budget among them. */
export function testedHourCount(ds: DatasetFindings): number {
  return ds.hours.filter((h) => h.tested).length;
}

/** The dataset of the day before, when a relation says the files are consecutive days. */
export function previousDay(
  ds: DatasetFindings,
  all: DatasetFindings[],
  relations: { earlierId: string; laterId: string }[],
) {
  const relation = relations.find((r) => r.laterId === ds.id);
  return relation ? all.find((d) => d.id === relation.earlierId) : undefined;
}

/** Incidents of another day that share at least one hour with this incident. */
export function sameHourIncidents(i: Incident, other: DatasetFindings | undefined): Incident[] {
  if (!other) return [];
  const hours = new Set([...i.hours, ...(i.catchupHour === null ? [] : [i.catchupHour])]);
  return other.incidents.filter((o) => o.hours.some((h) => hours.has(h)));
}

/** When an hour's own test could flag it: when it closes, or when its window's last hour closes. */
function ownFlagTime(h: HourVerdict | undefined): number | null {
  if (h?.rule === "hour") return h.hour;
  if (h?.rule === "window" && h.window) return h.window.end;
  return null;
}

/**
 * What fires an incident's alert: the hour of the incident whose own test
 * decides first, and the hour whose close fires it. An hour flagged alone
 * alerts when it closes; a window only once its last hour has closed, which
 * may lie past the incident when that hour was too quiet to lean with it.
 * Hours flagged as neighbours are added after the incident is established
 * and alert nothing, unless the incident has no other hour: then it alerts
 * once both the hour and the flagged hour beside it have closed.
 */
export function alertTrigger(i: Incident, ds: DatasetFindings): { at: number; decidedBy: HourVerdict } {
  const own = i.hours
    .map((hour) => verdictAt(ds, hour))
    .map((h) => ({ h, at: ownFlagTime(h) }))
    .filter((c): c is { h: HourVerdict; at: number } => c.h !== undefined && c.at !== null)
    .sort((a, b) => a.at - b.at || a.h.hour - b.h.hour)[0];
  if (own) return { at: own.at, decidedBy: own.h };

  const first = verdictAt(ds, i.startHour)!;
  const beside = [i.startHour - 1, i.startHour + 1]
    .map((hour) => ownFlagTime(verdictAt(ds, hour)))
    .filter((t): t is number => t !== null);
  const besideAt = beside.length > 0 ? Math.min(...beside) : i.startHour;
  return { at: Math.max(i.startHour, besideAt), decidedBy: first };
}

/** The hour whose close fires the alert (see alertTrigger). */
export function alertHour(i: Incident, ds: DatasetFindings): number {
  return alertTrigger(i, ds).at;
}

/** Incident hours flagged only because they sit beside a flagged hour. */
export function neighbourHours(i: Incident, ds: DatasetFindings): number[] {
  return i.hours.filter((hour) => verdictAt(ds, hour)?.rule === "neighbour");
}
