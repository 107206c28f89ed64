import { poissonDistribution } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { countQuantile, logNegBinomialPmf, lowerTail, upperTail } from "../../src/stats/countTails.ts";

describe("count tail probabilities", () => {
  it("match simple-statistics' Poisson table where it is accurate", () => {
    const table = poissonDistribution(4)!;
    const cdf3 = [0, 1, 2, 3].reduce((a, k) => a + table[k]!, 0);
    expect(lowerTail(3, 4)).toBeCloseTo(cdf3, 6);
  });

  it("stay accurate far in the tail at small rates", () => {
    expect(lowerTail(0, 30)).toBeCloseTo(Math.exp(-30), 20);
    expect(upperTail(10, 2)).toBeCloseTo(4.6498e-5, 8);
  });

  it("add up to one on either side of a count", () => {
    for (const [k, mu, size] of [
      [5, 7.5, Infinity],
      [40, 30, 20],
      [0, 0.2, 5],
    ] as const) {
      expect(lowerTail(k - 1, mu, size) + upperTail(k, mu, size)).toBeCloseTo(1, 10);
    }
  });

  it("widen with overdispersion: the negative binomial tail is heavier than Poisson", () => {
    expect(lowerTail(10, 30, 10)).toBeGreaterThan(lowerTail(10, 30) * 100);
    expect(logNegBinomialPmf(0, 2, Infinity)).toBeCloseTo(-2, 12);
  });
});

describe("countQuantile", () => {
  it("is the smallest count whose lower tail reaches p", () => {
    for (const [p, mu, size] of [
      [0.5, 10, Infinity],
      [0.005, 42, 60],
      [0.995, 3, Infinity],
      [0.05, 900, 300],
    ] as const) {
      const k = countQuantile(p, mu, size);
      expect(lowerTail(k, mu, size)).toBeGreaterThanOrEqual(p);
      expect(lowerTail(k - 1, mu, size)).toBeLessThan(p);
    }
  });

  it("ends at any rate, even where every term below the mean underflows", () => {
    const k = countQuantile(0.05, 100_000, 2);
    expect(lowerTail(k, 100_000, 2)).toBeGreaterThanOrEqual(0.05);
    expect(lowerTail(k - 1, 100_000, 2)).toBeLessThan(0.05);
  });

  it("uses the normal approximation for huge counts", () => {
    expect(lowerTail(5e7 - 3 * Math.sqrt(5e7), 5e7)).toBeCloseTo(0.00135, 4);
    expect(upperTail(5e7 + 2e6, 5e7, 100)).toBeCloseTo(0.3446, 3); // sd 5e6: z = 0.4
  });

  it("handles rates whose zero term underflows", () => {
    expect(upperTail(2000, 1500)).toBeLessThan(1e-30);
    expect(lowerTail(1400, 1500)).toBeGreaterThan(0.004);
  });
});
