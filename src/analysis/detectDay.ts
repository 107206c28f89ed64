import { config, type Config } from "../config.ts";
import { dayToDayDispersion, expectedForHour, fitReference, type ExpectedHour, type ReferenceFit } from "./expectedCount.ts";
import { flagHours, type HourFlag } from "./flagHours.ts";
import { testCount, type CountTest } from "./hourTest.ts";
import { REFERENCE_NAMES, type Day } from "./types.ts";

export interface HourDetection extends HourFlag {
  hour: number;
  observed: number;
  estimate: ExpectedHour;
  extraVariance: number;
  test: CountTest;
}

export interface DayDetection {
  fits: ReferenceFit[];
  dispersion: number;
  hours: HourDetection[];
}

const MAX_ROUNDS = 5;
// The level fit needs most of the day; if more than half is flagged, keep
// the previous round's normal hours rather than fit on a handful.
const MIN_NORMAL_HOURS = 12;

/**
 * Expected counts, tests and statuses for one day. Fitting and testing
 * alternate: hours flagged in one round are left out of the level fit of
 * the next, so an outage does not lower the expectation of the other hours.
 */
export function detectDay(day: Day, settings: Config = config): DayDetection {
  let normal = day.hours.map(() => true);
  let result = detectOnce(day, normal, settings, true);
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const next = result.hours.map((h) => h.status === "normal");
    if (next.filter(Boolean).length < MIN_NORMAL_HOURS || next.every((v, i) => v === normal[i])) break;
    normal = next;
    result = detectOnce(day, normal, settings, false);
  }
  return result;
}

function detectOnce(day: Day, normal: boolean[], settings: Config, firstRound: boolean): DayDetection {
  const dispersion = dayToDayDispersion(day);
  const fits = REFERENCE_NAMES.map((name) => fitReference(day, name, normal, dispersion, firstRound));

  const evidence = day.hours.map((row) => {
    const estimate = expectedForHour(row.references, fits, dispersion);
    const extraVariance = dispersion * estimate.expected ** 2 + estimate.variance;
    const test = testCount(row.today, estimate.expected, extraVariance);
    return { hour: row.hour, observed: row.today, expected: estimate.expected, extraVariance, score: test.score, estimate, test };
  });
  const flags = flagHours(evidence, settings);

  const hours = evidence.map((e, i): HourDetection => ({
    ...flags[i]!,
    hour: e.hour,
    observed: e.observed,
    estimate: e.estimate,
    extraVariance: e.extraVariance,
    test: e.test,
  }));
  return { fits, dispersion, hours };
}
