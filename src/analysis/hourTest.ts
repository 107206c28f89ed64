import { countQuantile, lowerTail, upperTail } from "../stats/countTails.ts";

export interface CountTest {
  pValue: number; // one-sided, in the direction of the deviation
  score: number; // -log10(pValue), negative when below expected
}

/**
 * Test an observed count against its predictive distribution: a negative
 * binomial with mean `expected` and variance expected + `extraVariance`.
 * The extra variance widens the Poisson test for the day-to-day
 * overdispersion of busy hours and for the uncertainty of the expected
 * count itself, so a noisy reference does not produce alarms.
 *
 * @example testCount(0, 30, 13).score // ≈ -9.6: zero where 30 expected
 */
export function testCount(observed: number, expected: number, extraVariance: number): CountTest {
  const { mu, size } = predictive(expected, extraVariance);
  const below = observed <= mu;
  const pValue = below ? lowerTail(observed, mu, size) : upperTail(observed, mu, size);
  const score = (below ? -1 : 1) * -Math.log10(Math.max(pValue, 1e-300));
  return { pValue, score };
}

/**
 * The normal band of an hour: the central 1 − `alpha` range of the same
 * predictive distribution, the counts a normal hour falls in.
 *
 * @example normalBand(30, 13) // { low: 15, high: 46 }
 */
export function normalBand(
  expected: number,
  extraVariance: number,
  alpha = 0.01,
): { low: number; high: number } {
  const { mu, size } = predictive(expected, extraVariance);
  return { low: countQuantile(alpha / 2, mu, size), high: countQuantile(1 - alpha / 2, mu, size) };
}

// A negative binomial of size below 1 is heavier-tailed than a geometric
// one: no count is that uncertain. It happens only where almost nothing is
// expected, and would make the tail sums crawl.
const MIN_SIZE = 1;

/** Negative binomial with mean `expected` and variance expected + extraVariance. */
export function predictive(expected: number, extraVariance: number): { mu: number; size: number } {
  const mu = Math.max(expected, 1e-9);
  return { mu, size: extraVariance > 0 ? Math.max(MIN_SIZE, (mu * mu) / extraVariance) : Infinity };
}
