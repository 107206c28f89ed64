import type { Config } from "../config.ts";
import { fitReference, type ReferenceFit } from "./expectedCount.ts";
import { consensusHours } from "./level.ts";
import { REFERENCE_NAMES, type Day, type DayShift, type ReferenceName } from "./types.ts";

const SINGLE_DAYS = ["yesterday", "same_day_last_week"] as const;

/**
 * Whether today's whole level stands apart from both single-day references
 * by more than the minimum effect. Today's level is fitted on its own normal
 * hours, which hides a change of the whole day and collapses when most of
 * the day is an outage; the two single-day references say what a normal
 * day of this kind sold. Both must disagree: a Saturday stands apart from
 * its Friday but not from last Saturday, a holiday last week from last week
 * but not from yesterday.
 *
 * @example levels 0.4 against yesterday and 0.5 against last week: a slump
 */
export function dayShiftOf(day: Day, fits: ReferenceFit[], settings: Config): DayShift | null {
  const level = (name: ReferenceName) => fits.find((f) => f.reference === name)!.level;
  const [vsYesterday, vsLastWeek] = SINGLE_DAYS.map(level) as [number, number];
  const below = vsYesterday < 1 - settings.minEffect && vsLastWeek < 1 - settings.minEffect;
  const above = vsYesterday > 1 + settings.minEffect && vsLastWeek > 1 + settings.minEffect;
  if (!below && !above) return null;

  // The nearer reference: the smaller correction of today's level.
  const distance = (l: number) => Math.abs(Math.log(Math.max(l, 1e-9)));
  const anchor = distance(vsYesterday) < distance(vsLastWeek) ? "yesterday" : "same_day_last_week";
  // Reported as ratios of day totals, which a reviewer can check by hand;
  // the fitted levels decide, but collapse towards 0 in a long outage.
  const total = (pick: (row: Day["hours"][number]) => number) =>
    day.hours.reduce((a, row) => a + pick(row), 0);
  const today = total((row) => row.today);
  const ratioTo = (name: ReferenceName) =>
    today /
    Math.max(
      total((row) => row.references[name]),
      1,
    );
  return {
    direction: below ? "down" : "up",
    anchor,
    levelVsYesterday: ratioTo("yesterday"),
    levelVsSameDayLastWeek: ratioTo("same_day_last_week"),
  };
}

/**
 * Reference fits for a shifted day: every reference scaled to the anchor
 * reference instead of to today, so the expected counts say what a normal
 * day like the anchor would have sold hour by hour. It is the ordinary fit
 * with the anchor's counts in place of today's.
 */
export function anchoredFits(day: Day, anchor: ReferenceName, dispersion: number): ReferenceFit[] {
  const counts = day.hours.map((row) => row.references[anchor]);
  const anchorDay: Day = { ...day, hours: day.hours.map((row, h) => ({ ...row, today: counts[h]! })) };
  const agreeing = agreeingHours(counts, day, dispersion);
  return REFERENCE_NAMES.map((name) => fitReference(anchorDay, name, agreeing, dispersion));
}

/**
 * The hours of a day's counts that agree on one level against the smooth
 * monthly average (the weekly one if the month is empty): where levels are
 * first fitted, before anything is known of the anomalies.
 */
export function agreeingHours(counts: number[], day: Day, dispersion: number): boolean[] {
  const monthly = day.hours.map((row) => row.references.avg_last_month);
  const weekly = day.hours.map((row) => row.references.avg_last_week);
  const smooth = monthly.some((v) => v > 0) ? monthly : weekly;
  const noise = (mu: number) => mu + dispersion * mu * mu;
  return consensusHours(counts, smooth, noise);
}
