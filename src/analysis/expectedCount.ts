import { median, sum } from "simple-statistics";
import { REFERENCE_NAMES, type Day, type ReferenceName } from "./types.ts";

// How many days each reference column summarises: a single day carries the
// full Poisson noise of one count, an average over n days a n-th of it.
const DAYS_IN_REFERENCE: Record<ReferenceName, number> = {
  yesterday: 1,
  same_day_last_week: 1,
  avg_last_week: 7,
  avg_last_month: 28,
};

export interface ReferenceFit {
  reference: ReferenceName;
  level: number; // today's level against this reference (today ≈ level × reference)
  mismatch: number; // relative shape mismatch (sd as a share of the expected count)
}

export interface ExpectedHour {
  expected: number;
  variance: number; // variance of the estimate itself, not of today's count
  used: ReferenceName[];
  rejected: ReferenceName[]; // references that disagreed with the others here
  scaled: Record<ReferenceName, number>; // each reference at today's level
}

/**
 * Fit each reference to today's level. The level is the ratio of today's
 * total to the reference's total over the hours in `normalHours`, so
 * anomalous hours do not drag it; the mismatch is the spread of today
 * around the scaled reference beyond what Poisson noise explains.
 */
export function fitReference(day: Day, reference: ReferenceName, normalHours: boolean[]): ReferenceFit {
  const rows = day.hours.filter((row) => normalHours[row.hour]);
  const refTotal = sum(rows.map((row) => row.references[reference]));
  const todayTotal = sum(rows.map((row) => row.today));
  const level = refTotal > 0 ? todayTotal / refTotal : 1;

  const n = DAYS_IN_REFERENCE[reference];
  const excess = rows
    .filter((row) => row.references[reference] * level >= 10)
    .map((row) => {
      const mu = row.references[reference] * level;
      const noise = mu + (level * mu) / n;
      return ((row.today - mu) ** 2 - noise) / mu ** 2;
    });
  const mismatch = excess.length >= 3 ? Math.sqrt(Math.max(0.0004, median(excess) / 0.455)) : 0.2;
  return { reference, level, mismatch };
}

/** Weight and variance of one scaled reference value at one hour. */
function referenceVariance(value: number, fit: ReferenceFit): number {
  const scaled = Math.max(value * fit.level, 0.5);
  const n = DAYS_IN_REFERENCE[fit.reference];
  return (fit.level * scaled) / n + (fit.mismatch * scaled) ** 2;
}

/**
 * Expected count for one hour: the inverse-variance weighted mean of the
 * four references scaled to today's level. A reference that disagrees with
 * the other three by more than `rejectZ` standard deviations (for example a
 * `yesterday` that had its own outage) is left out for that hour.
 */
export function expectedForHour(
  references: Record<ReferenceName, number>,
  fits: ReferenceFit[],
  rejectZ = 4,
): ExpectedHour {
  const scaled = {} as Record<ReferenceName, number>;
  for (const fit of fits) scaled[fit.reference] = references[fit.reference] * fit.level;

  const combine = (names: ReferenceName[]) => {
    let weights = 0;
    let total = 0;
    for (const name of names) {
      const fit = fits.find((f) => f.reference === name)!;
      const w = 1 / referenceVariance(references[name], fit);
      weights += w;
      total += w * scaled[name];
    }
    return { expected: total / weights, variance: 1 / weights };
  };

  // Leave each reference out in turn and measure how far it stands from the
  // other three; reject at most the worst one, so the estimate survives one
  // broken reference but never rests on fewer than three.
  let worst: { name: ReferenceName; z: number } | null = null;
  for (const name of REFERENCE_NAMES) {
    const rest = combine(REFERENCE_NAMES.filter((r) => r !== name));
    const fit = fits.find((f) => f.reference === name)!;
    const own = referenceVariance(Math.max(references[name], rest.expected / fit.level), fit);
    const z = Math.abs(scaled[name] - rest.expected) / Math.sqrt(rest.variance + own);
    if (z > rejectZ && (!worst || z > worst.z)) worst = { name, z };
  }
  const rejected: ReferenceName[] = worst ? [worst.name] : [];
  const used = REFERENCE_NAMES.filter((r) => !rejected.includes(r));
  return { ...combine(used), used, rejected, scaled };
}
