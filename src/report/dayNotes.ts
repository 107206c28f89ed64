// What a reader should know about a day beyond its incidents: a whole-day
// shift of level, hours worth a look, and what "expected today" rests on.
import type { DatasetFindings, DayShift, HourVerdict, ReferenceName } from "../analysis/types.ts";
import { formatCount, formatPercent, hourLabel } from "./format.ts";
import { inBand } from "./incidentFacts.ts";

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

function shiftLevels(shift: DayShift): string {
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
