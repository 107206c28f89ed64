import { median } from "simple-statistics";

// The median of a chi-square variable with one degree of freedom.
const CHI2_1_MEDIAN = 0.4549364231195724;

export interface SquaredResidual {
  squared: number; // (observed - expected)²
  known: number; // variance already explained (Poisson noise and the like)
  scale: number; // what the unknown component multiplies, e.g. expected²
}

/**
 * A robust estimate of an unknown variance component θ, where each
 * residual has variance known + θ × scale: the θ at which the median of
 * the standardised squared residuals equals the median of a chi-square
 * with one degree of freedom. A median, not a mean, so a few anomalous
 * hours cannot inflate it; solved by bisection, since the median falls as
 * θ grows. Returns 0 when the known part already explains the spread.
 *
 * @example excessVariance(residuals of counts with variance μ + 0.02μ²) // ≈ 0.02
 */
export function excessVariance(residuals: SquaredResidual[], max: number): number {
  const medianAt = (theta: number) => median(residuals.map((r) => r.squared / (r.known + theta * r.scale)));
  if (residuals.length === 0 || medianAt(0) <= CHI2_1_MEDIAN) return 0;
  if (medianAt(max) >= CHI2_1_MEDIAN) return max;

  let low = 0;
  let high = max;
  for (let step = 0; step < 50; step++) {
    const mid = (low + high) / 2;
    if (medianAt(mid) > CHI2_1_MEDIAN) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
