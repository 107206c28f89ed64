import { median } from "simple-statistics";
import { config } from "../config.ts";
import { expectedForHour, fitReference, type ExpectedHour, type ReferenceFit } from "./expectedCount.ts";
import { testCount, type CountTest } from "./hourTest.ts";
import { REFERENCE_NAMES, type Day, type HourStatus } from "./types.ts";

export interface HourDetection {
  hour: number;
  observed: number;
  estimate: ExpectedHour;
  test: CountTest;
  threshold: number;
  tested: boolean;
  status: HourStatus;
}

export interface DayDetection {
  fits: ReferenceFit[];
  dispersion: number;
  hours: HourDetection[];
}

const ITERATIONS = 4;

/**
 * Expected counts, tests and statuses for one day. Fitting and testing
 * alternate: hours flagged in one round are left out of the level fit of
 * the next, so an outage does not lower the expectation of the other hours.
 */
export function detectDay(day: Day, settings = config): DayDetection {
  let normal = day.hours.map(() => true);
  let result = detectOnce(day, normal, settings);
  for (let round = 1; round < ITERATIONS; round++) {
    const next = result.hours.map((h) => h.status === "normal");
    if (next.every((v, i) => v === normal[i])) break;
    normal = next.filter(Boolean).length >= 12 ? next : normal;
    result = detectOnce(day, normal, settings);
  }
  return result;
}

function detectOnce(day: Day, normal: boolean[], settings: typeof config): DayDetection {
  const fits = REFERENCE_NAMES.map((name) => fitReference(day, name, normal));
  const estimates = day.hours.map((row) => expectedForHour(row.references, fits));
  const dispersion = estimateDispersion(day, estimates, normal);

  const tested = estimates.map((e) => e.expected >= settings.minExpected);
  const testCountPerDay = Math.max(1, tested.filter(Boolean).length);
  const threshold = -Math.log10(settings.alphaPerDay / testCountPerDay);

  const hours = day.hours.map((row, i): HourDetection => {
    const estimate = estimates[i]!;
    const test = testCount(row.today, estimate.expected, dispersion, estimate.variance);
    const status = classify(row.today, estimate.expected, test.score, threshold, tested[i]!, settings);
    return { hour: row.hour, observed: row.today, estimate, test, threshold, tested: tested[i]!, status };
  });
  return { fits, dispersion, hours };
}

export function classify(observed: number, expected: number, score: number, threshold: number, tested: boolean, settings: typeof config): HourStatus {
  if (!tested || Math.abs(score) < threshold) return "normal";
  const effect = observed / expected - 1;
  if (Math.abs(effect) < settings.minEffect) return "normal";
  if (effect > 0) return "spike";
  return observed <= settings.outageShare * expected ? "outage" : "drop";
}

/**
 * Day-to-day overdispersion of busy hours: the share of squared residual
 * not explained by Poisson noise and by the uncertainty of the expected
 * count, as a fraction of expected², taken as a robust median.
 */
function estimateDispersion(day: Day, estimates: ExpectedHour[], normal: boolean[]): number {
  const ratios = day.hours
    .filter((row, i) => normal[i] && estimates[i]!.expected >= 10)
    .map((row) => {
      const e = estimates[row.hour]!;
      return ((row.today - e.expected) ** 2 - e.expected - e.variance) / e.expected ** 2;
    });
  if (ratios.length < 3) return 0.01;
  return Math.min(0.05, Math.max(0.001, median(ratios) / 0.455));
}
