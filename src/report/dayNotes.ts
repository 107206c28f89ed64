// What a reader should know about a day beyond its incidents: a whole-day
// shift of level, hours worth a look, and what "expected today" rests on.
import { config } from "../config.ts";
import { REFERENCE_NAMES } from "../analysis/types.ts";
import type { DatasetFindings, DayShift, HourVerdict, ReferenceName } from "../analysis/types.ts";
import { formatCount, formatPercent, hourLabel } from "./format.ts";
import { inBand, testedHourCount } from "./incidentFacts.ts";

/** A level against a reference in words: 0.52 → "48 % below", 1.4 → "40 % above". */
function levelPhrase(level: number): string {
  return `${formatPercent(Math.abs(level - 1))} ${level < 1 ? "below" : "above"}`;
}

/**
 * The whole-day shift as a clause: "the whole day ran 48 % below yesterday
 * and 45 % below the same day last week; expected counts follow
 * same_day_last_week". Empty without a shift (also when an older analysis
 * left the field out).
 */
export function dayShiftClause(shift: DayShift | null | undefined): string {
  return shift ? `${shiftLevels(shift)}; expected counts follow ${shift.anchor}` : "";
}

/**
 * A change of the whole day short of a shift, as a clause: both day totals
 * beyond half the minimum effect in the same direction, with no day shift.
 * "the whole day ran 25 % below yesterday and 24 % below the same day last
 * week, less than the 30 % that makes a whole-day shift". Empty otherwise.
 */
export function nearShiftClause(ds: DatasetFindings): string {
  const { changeVsYesterday: vsYesterday, changeVsSameDayLastWeek: vsLastWeek } = ds.figures;
  if (ds.dayShift || vsYesterday === null || vsLastWeek === null) return "";
  const floor = config.minEffect / 2;
  const sameWay = Math.sign(vsYesterday) === Math.sign(vsLastWeek);
  if (!sameWay || Math.abs(vsYesterday) < floor || Math.abs(vsLastWeek) < floor) return "";

  const levels = shiftLevels({ levelVsYesterday: 1 + vsYesterday, levelVsSameDayLastWeek: 1 + vsLastWeek });
  const effect = formatPercent(config.minEffect);
  const beyond = Math.abs(vsYesterday) >= config.minEffect && Math.abs(vsLastWeek) >= config.minEffect;
  // The day shift is decided on levels fitted to today's normal hours, not on
  // the totals: totals can pass the minimum effect while the levels do not.
  return beyond
    ? `${levels}, yet its normal hours were not both ${effect} apart, which a whole-day shift needs`
    : `${levels}, less than the ${effect} that makes a whole-day shift`;
}

/** The whole day's level, shifted or nearly: the shift clause, else the near-shift clause, else "". */
export function dayLevelClause(ds: DatasetFindings): string {
  return dayShiftClause(ds.dayShift) || nearShiftClause(ds);
}

/**
 * No hour could be tested: the references expect (almost) no sales, every
 * hour's expected count is below the minimum volume, or every reference
 * sold nothing all day, which leaves today's level without a reference.
 */
export function withoutBaseline(ds: DatasetFindings): boolean {
  const totals = ds.figures.totals;
  return testedHourCount(ds) === 0 || REFERENCE_NAMES.every((name) => totals[name] === 0);
}

/** Why a day without a baseline cannot be judged, as a clause. */
export function withoutBaselineClause(ds: DatasetFindings): string {
  return (
    `the day cannot be judged: the references expect (almost) no sales ` +
    `(${formatCount(ds.figures.expectedTotal)} for the whole day), so no hour reached the minimum of ` +
    `${formatCount(config.minExpected)} expected checkouts to be tested; ${formatCount(ds.figures.totals.today)} checkouts today`
  );
}

function shiftLevels(shift: Pick<DayShift, "levelVsYesterday" | "levelVsSameDayLastWeek">): string {
  return (
    `the whole day ran ${levelPhrase(shift.levelVsYesterday)} yesterday and ` +
    `${levelPhrase(shift.levelVsSameDayLastWeek)} the same day last week`
  );
}

/** The hours marked to watch: not flagged, but beyond every reference the expected count rests on. */
export function watchHours(ds: DatasetFindings): HourVerdict[] {
  return ds.hours.filter((h) => h.watch !== null);
}

/** One watch hour: "08h above every reference (25 against 15 expected)". */
function watchItem(h: HourVerdict): string {
  const band = inBand(h)
    ? ""
    : `, outside its normal band of ${formatCount(h.expectedLow)}–${formatCount(h.expectedHigh)}`;
  return (
    `${hourLabel(h.hour)} ${h.watch} every reference ` +
    `(${formatCount(h.observed)} against ${formatCount(h.expected)} expected${band})`
  );
}

/** The watch hours as a clause of the verdict, or "" when there are none. */
export function watchClause(ds: DatasetFindings): string {
  const items = watchHours(ds).map(watchItem);
  if (items.length === 0) return "";
  const list = items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  return `worth a look, not an incident: ${list}`;
}

/** The watch hours in a table cell: "08h above", "07h below, 17h above" or "none". */
export function watchCell(ds: DatasetFindings): string {
  return (
    watchHours(ds)
      .map((h) => `${hourLabel(h.hour)} ${h.watch}`)
      .join(", ") || "none"
  );
}

const READ_AS: Partial<Record<ReferenceName, string>> = {
  yesterday: "yesterday",
  same_day_last_week: "the same day last week",
};

/**
 * One line under the headline figures saying what "expected today" is, so
 * a figure above both reference days does not look like a mistake.
 */
export function expectedNote(ds: DatasetFindings): string {
  if (withoutBaseline(ds)) {
    return (
      `There is no expected count today: the references expect (almost) no sales ` +
      `(${formatCount(ds.figures.expectedTotal)} for the whole day), so no hour could be tested and there is no ` +
      `level to compare today's with.`
    );
  }
  const what = "Expected today is what the day would have sold without its incidents";
  if (ds.dayShift) {
    return (
      `${what}, taken from ${ds.dayShift.anchor} hour by hour rather than from today's own level: ` +
      `${shiftLevels(ds.dayShift)}.`
    );
  }

  const levels = ds.referenceFits
    .filter((fit) => READ_AS[fit.reference])
    .map((fit) => `${fit.level.toFixed(2)} × ${READ_AS[fit.reference]}`);
  const ran = levels.length > 0 ? `; today's normal hours ran at ${levels.join(" and ")}` : "";
  return `${what}: the references, each scaled to today's level on its normal hours, combined hour by hour${ran}.`;
}
