import { describe, expect, it } from "vitest";
import { excessVariance, type SquaredResidual } from "../../src/stats/excessVariance.ts";

// Residuals whose standardised squares sit exactly at chi-square(1)
// quantiles, so the estimate can be checked against the true component.
function residuals(theta: number, mus: number[]): SquaredResidual[] {
  const quantiles = [0.016, 0.102, 0.275, 0.455, 0.708, 1.323, 2.706]; // median 0.455
  return mus.flatMap((mu) =>
    quantiles.map((q) => ({ squared: q * (mu + theta * mu * mu), known: mu, scale: mu * mu })),
  );
}

describe("excessVariance", () => {
  it("recovers the overdispersion of counts with variance μ + θμ²", () => {
    expect(excessVariance(residuals(0.02, [40, 80, 160]), 0.05)).toBeCloseTo(0.02, 4);
  });

  it("is 0 when Poisson noise explains the spread, and stops at its bound", () => {
    expect(excessVariance(residuals(0, [40, 80]), 0.05)).toBeCloseTo(0, 4);
    expect(excessVariance(residuals(0.5, [40, 80]), 0.05)).toBe(0.05);
  });

  it("moves little with three outage hours among 21 normal ones", () => {
    const clean = residuals(0.02, [50, 100, 150]);
    const outage = [1, 2, 3].map(() => ({ squared: 100 ** 2, known: 100, scale: 100 ** 2 }));
    const estimate = excessVariance([...clean, ...outage], 0.05);
    expect(estimate).toBeGreaterThan(0.02);
    expect(estimate).toBeLessThan(0.03);
  });
});
