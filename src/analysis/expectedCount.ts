import { median } from "simple-statistics";
import { excessVariance, type SquaredResidual } from "../stats/excessVariance.ts";
import { levelOf, weightedMedianRatio } from "./level.ts";
import { REFERENCE_NAMES, type Day, type ReferenceName } from "./types.ts";

// How many days each reference column summarises: a single day carries the
// full noise of one count, an average over n days an n-th of it.
const DAYS_IN_REFERENCE: Record<ReferenceName, number> = {
  yesterday: 1,
  same_day_last_week: 1,
  avg_last_week: 7,
  avg_last_month: 28,
};

// Only a single day can be broken by its own incident; an average over a
// week or a month dilutes one bad day, so it is never rejected.
const REJECTABLE: ReferenceName[] = ["yesterday", "same_day_last_week"];
// A reference is broken, not merely noisy, when it stands this many
// standard deviations and this share away from the others.
const BROKEN = { z: 4, share: 0.5 };

// Bounds of the variance components: a relative sd of 22 % day to day and
// 15 % of shape mismatch. The mismatch is measured on today's normal hours,
// so an anomaly not yet flagged inflates it; the bound keeps a few such
// hours from drowning every reference in noise and hiding themselves.
const MAX_DISPERSION = 0.05;
const MAX_MISMATCH = 0.15;
// Overdispersion and shape mismatch show against Poisson noise only at
// volume, and a median of a few residuals is too noisy to measure them:
// at 30 expected a φ of 0.01 adds a third to the variance, at 10 a tenth.
// With too few such hours (a small store) the counts are taken as Poisson:
// at such volumes Poisson noise dominates whatever the dispersion.
const MIN_VOLUME_FOR_DISPERSION = 30;
const MIN_HOURS_FOR_DISPERSION = 6;
const DEFAULT_DISPERSION = 0;

export interface ReferenceFit {
  reference: ReferenceName;
  level: number; // today ≈ level × reference
  mismatch: number; // shape mismatch: relative sd of reference vs today beyond noise
}

export interface ExpectedHour {
  expected: number;
  variance: number; // variance of the estimate itself, not of today's count
  used: ReferenceName[];
  rejected: ReferenceName[]; // references that disagreed with the others here
  scaled: Record<ReferenceName, number>; // each reference at today's level
}

/**
 * Day-to-day overdispersion φ of a single day's hourly count (variance
 * μ + φμ²), measured on the references alone so that today's anomalies
 * cannot inflate it: each single-day reference against the smooth monthly
 * average scaled to its level. A `yesterday` with an outage is outvoted by
 * the median.
 */
export function dayToDayDispersion(day: Day): number {
  const month = day.hours.map((r) => r.references.avg_last_month);
  const residuals: SquaredResidual[] = [];
  for (const name of ["yesterday", "same_day_last_week"] as const) {
    const single = day.hours.map((r) => r.references[name]);
    // The volume-weighted median ratio: the consensus level would need the
    // dispersion this is measuring.
    const level = weightedMedianRatio(single, month);
    month.forEach((m, h) => {
      const mu = m * level;
      // An hour where the reference was broken (its own outage) measures
      // the incident, not the day-to-day spread.
      const broken = Math.abs(single[h]! - mu) > BROKEN.share * mu;
      if (mu >= MIN_VOLUME_FOR_DISPERSION && !broken)
        residuals.push({ squared: (single[h]! - mu) ** 2, known: mu, scale: mu * mu });
    });
  }
  if (residuals.length < MIN_HOURS_FOR_DISPERSION) return DEFAULT_DISPERSION;
  return excessVariance(residuals, MAX_DISPERSION);
}

/**
 * Fit one reference to today on the given normal hours: its level (ratio of
 * totals), and its shape mismatch, the part
 * of today's spread around the scaled reference that neither today's noise
 * nor the reference's own noise explains (a monthly average mixes weekend
 * and weekday shapes; a yesterday may be another kind of day).
 */
export function fitReference(
  day: Day,
  reference: ReferenceName,
  normal: boolean[],
  dispersion: number,
): ReferenceFit {
  const today = day.hours.map((r) => r.today);
  const values = day.hours.map((r) => r.references[reference]);
  const level = levelOf(today, values, normal);
  const fit = { reference, level, mismatch: 0 };

  const residuals = day.hours
    .filter((r) => normal[r.hour] && r.references[reference] * level >= MIN_VOLUME_FOR_DISPERSION)
    .map((r): SquaredResidual => {
      const mu = r.references[reference] * level;
      return {
        squared: (r.today - mu) ** 2,
        known: mu + dispersion * mu * mu + referenceVariance(mu, fit),
        scale: mu * mu,
      };
    });
  if (residuals.length >= MIN_HOURS_FOR_DISPERSION)
    fit.mismatch = Math.sqrt(excessVariance(residuals, MAX_MISMATCH ** 2));
  return fit;
}

/**
 * Variance of a reference value, scaled to today's level, as an estimate of
 * today's expected count `mu`: its own sampling noise (Poisson plus
 * day-to-day dispersion, divided by the days it averages) and its shape
 * mismatch. It is evaluated at a common `mu`, never at the reference's own
 * value: a broken reference reading 0 is not thereby the most precise one.
 */
function referenceVariance(center: number, fit: ReferenceFit, dispersion = 0): number {
  const mu = Math.max(center, 0.5);
  const n = DAYS_IN_REFERENCE[fit.reference];
  return (fit.level * mu + dispersion * mu * mu) / n + (fit.mismatch * mu) ** 2;
}

/**
 * Expected count for one hour: the inverse-variance weighted mean of the
 * four references scaled to today's level. A single-day reference that
 * stands far from the other three (for example a `yesterday` that had its
 * own outage) is left out for that hour; at most one is, so the estimate
 * always rests on three references or more.
 */
export function expectedForHour(
  references: Record<ReferenceName, number>,
  fits: ReferenceFit[],
  dispersion: number,
): ExpectedHour {
  const scaled = {} as Record<ReferenceName, number>;
  for (const fit of fits) scaled[fit.reference] = references[fit.reference] * fit.level;
  const fitOf = (name: ReferenceName) => fits.find((f) => f.reference === name)!;
  // The median of the four scaled values: where every reference's noise is
  // judged, so that one broken value moves neither weights nor verdicts.
  const center = median(Object.values(scaled));

  const combine = (names: ReferenceName[]) => {
    let weights = 0;
    let total = 0;
    for (const name of names) {
      const w = 1 / referenceVariance(center, fitOf(name), dispersion);
      weights += w;
      total += w * scaled[name];
    }
    return { expected: total / weights, variance: 1 / weights };
  };

  let worst: { name: ReferenceName; z: number } | null = null;
  for (const name of REJECTABLE) {
    const rest = combine(REFERENCE_NAMES.filter((r) => r !== name));
    const own = referenceVariance(center, fitOf(name), dispersion);
    const gap = Math.abs(scaled[name] - rest.expected);
    const z = gap / Math.sqrt(rest.variance + own);
    const broken = z > BROKEN.z && gap > BROKEN.share * rest.expected;
    if (broken && (!worst || z > worst.z)) worst = { name, z };
  }
  const rejected: ReferenceName[] = worst ? [worst.name] : [];
  const used = REFERENCE_NAMES.filter((r) => !rejected.includes(r));
  return { ...combine(used), used, rejected, scaled };
}
