import { config, type Config } from "../config.ts";
import {
  dayToDayDispersion,
  expectedForHour,
  fitReference,
  type ExpectedHour,
  type ReferenceFit,
} from "./expectedCount.ts";
import { flagHours, type HourFlag } from "./flagHours.ts";
import { testCount, type CountTest } from "./hourTest.ts";
import { agreeingHours, anchoredFits, dayShiftOf } from "./dayShift.ts";
import { REFERENCE_NAMES, type Day, type DayShift, type ReferenceName } from "./types.ts";

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
  shift: DayShift | null;
}

const MAX_ROUNDS = 5;
// The level fit needs most of the day; if more than half is flagged, keep
// the previous round's normal hours rather than fit on a handful.
const MIN_NORMAL_HOURS = 12;

/** For each reference, the hours its level may be fitted on. */
type FitHours = Record<ReferenceName, boolean[]>;

/**
 * Expected counts, tests and statuses for one day. Fitting and testing
 * alternate: hours flagged in one round are left out of the level fit of
 * the next, so an outage does not lower the expectation of the other
 * hours; so are the hours where a reference was left out as broken, so
 * yesterday's own outage does not raise today's level against it.
 * When the whole day stands apart from both single-day references, the
 * expected counts are anchored on the nearer one instead (see dayShift.ts).
 */
export function detectDay(day: Day, settings: Config = config): DayDetection {
  const dispersion = dayToDayDispersion(day);
  const agreeing = agreeingHours(
    day.hours.map((row) => row.today),
    day,
    dispersion,
  );
  let fitHours = Object.fromEntries(REFERENCE_NAMES.map((name) => [name, agreeing])) as FitHours;
  let result = detectOnce(day, fitsOnToday(day, fitHours, dispersion), dispersion, settings);
  for (let round = 1; round < MAX_ROUNDS; round++) {
    if (result.hours.filter((h) => h.status === "normal").length < MIN_NORMAL_HOURS) break;
    const next = fitHoursFrom(result.hours);
    if (JSON.stringify(next) === JSON.stringify(fitHours)) break;
    fitHours = next;
    result = detectOnce(day, fitsOnToday(day, fitHours, dispersion), dispersion, settings);
  }

  const shift = dayShiftOf(day, result.fits, settings);
  if (!shift) return result;
  return { ...detectOnce(day, anchoredFits(day, shift.anchor, dispersion), dispersion, settings), shift };
}

function fitsOnToday(day: Day, fitHours: FitHours, dispersion: number): ReferenceFit[] {
  return REFERENCE_NAMES.map((name) => fitReference(day, name, fitHours[name], dispersion));
}

function fitHoursFrom(hours: HourDetection[]): FitHours {
  const usable = (name: ReferenceName) =>
    hours.map((h) => h.status === "normal" && !h.estimate.rejected.includes(name));
  return Object.fromEntries(REFERENCE_NAMES.map((name) => [name, usable(name)])) as FitHours;
}

function detectOnce(day: Day, fits: ReferenceFit[], dispersion: number, settings: Config): DayDetection {
  const evidence = day.hours.map((row) => {
    const estimate = expectedForHour(row.references, fits, dispersion);
    const extraVariance = dispersion * estimate.expected ** 2 + estimate.variance;
    const test = testCount(row.today, estimate.expected, extraVariance);
    return {
      hour: row.hour,
      observed: row.today,
      expected: estimate.expected,
      extraVariance,
      score: test.score,
      estimate,
      test,
    };
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
  return { fits, dispersion, hours, shift: null };
}
