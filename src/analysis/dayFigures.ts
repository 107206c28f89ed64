import type { Day, DayFigures, Incident, ReferenceTotals } from "./types.ts";
import { REFERENCE_NAMES } from "./types.ts";

/** Day totals of today and of each reference, and what the incidents cost. */
export function dayFigures(day: Day, expectedTotal: number, incidents: Incident[]): DayFigures {
  const totals = { today: total(day, (r) => r.today) } as ReferenceTotals;
  for (const name of REFERENCE_NAMES) totals[name] = total(day, (r) => r.references[name]);

  const impactOf = (direction: "down" | "up") =>
    incidents.filter((i) => i.direction === direction).reduce((a, i) => a + i.impact.estimate, 0);
  const missing = impactOf("down");

  return {
    totals,
    expectedTotal,
    changeVsYesterday: change(totals.today, totals.yesterday),
    changeVsSameDayLastWeek: change(totals.today, totals.same_day_last_week),
    missing,
    // A late start's catch-up hour is part of the late start, not an
    // incident of its own, but what it sold above expected is excess all the same.
    excess: impactOf("up") + incidents.reduce((a, i) => a + i.catchupExcess, 0),
    shareLost: expectedTotal > 0 ? missing / expectedTotal : 0,
  };
}

function total(day: Day, pick: (row: Day["hours"][number]) => number): number {
  return day.hours.reduce((a, row) => a + pick(row), 0);
}

function change(value: number, reference: number): number | null {
  return reference > 0 ? value / reference - 1 : null;
}
