import { countQuantile } from "../stats/countTails.ts";
import { predictive } from "./hourTest.ts";
import type { HourDetection } from "./detectDay.ts";
import { REFERENCE_NAMES, type Direction, type Range, type ReferenceName } from "./types.ts";

// Central share of the counterfactual total reported as the range.
const INTERVAL = 0.9;

/**
 * Transactions missing (down) or in excess (up) over an incident's hours,
 * as a range. The counterfactual, what a normal day would have sold in
 * those hours, is a count with the summed expected mean and predictive
 * variance; its central 90 % interval minus what was observed is the range.
 * The same gap against each reference alone is kept beside it as evidence.
 *
 * @example a 3-hour outage expected at 127 sales: estimate 127, range ≈ 105–150
 */
export function impactRange(run: HourDetection[], direction: Direction): Range {
  const observed = sum(run.map((h) => h.observed));
  const expected = sum(run.map((h) => h.estimate.expected));
  const extra = sum(run.map((h) => h.extraVariance));
  const { mu, size } = predictive(expected, extra);
  const lowCount = countQuantile((1 - INTERVAL) / 2, mu, size);
  const highCount = countQuantile((1 + INTERVAL) / 2, mu, size);

  const gap = (counterfactual: number) =>
    Math.max(0, Math.round(direction === "down" ? counterfactual - observed : observed - counterfactual));
  const byReference = {} as Record<ReferenceName, number>;
  for (const name of REFERENCE_NAMES) byReference[name] = gap(sum(run.map((h) => h.estimate.scaled[name])));

  return {
    estimate: gap(expected),
    low: direction === "down" ? gap(lowCount) : gap(highCount),
    high: direction === "down" ? gap(highCount) : gap(lowCount),
    basis: `${Math.round(INTERVAL * 100)} % interval of what a normal day would have sold in these hours (expected ${Math.round(expected)}), against ${observed} observed`,
    byReference,
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
