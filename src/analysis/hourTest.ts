import { countQuantile, lowerTail, upperTail } from "../stats/countTails.ts";

export interface CountTest {
  pValue: number; // one-sided, in the direction of the deviation
  score: number; // -log10(pValue), negative when below expected
  low: number; // central 1 - alpha prediction band for a normal count
  high: number;
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
export function testCount(
  observed: number,
  expected: number,
  extraVariance: number,
  bandAlpha = 0.01,
): CountTest {
  const mu = Math.max(expected, 1e-9);
  const size = extraVariance > 0 ? (mu * mu) / extraVariance : Infinity;

  const below = observed <= mu;
  const pValue = below ? lowerTail(observed, mu, size) : upperTail(observed, mu, size);
  const score = (below ? -1 : 1) * -Math.log10(Math.max(pValue, 1e-300));
  return {
    pValue,
    score,
    low: countQuantile(bandAlpha / 2, mu, size),
    high: countQuantile(1 - bandAlpha / 2, mu, size),
  };
}
