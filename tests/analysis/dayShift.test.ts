import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDay } from "../../src/analysis/analyze.ts";
import type { Day } from "../../src/analysis/types.ts";
import { parseDay } from "../../src/data/parseDay.ts";

// checkout_1 with today replaced hour by hour, to build days whose whole
// level differs from the references.
const real = parseDay("checkout_1", "checkout_1.csv", readFileSync("data/checkout_1.csv", "utf8")).day!;
const withToday = (id: string, today: (hour: number, sameDayLastWeek: number) => number): Day => ({
  ...real,
  id,
  hours: real.hours.map((row) => ({ ...row, today: today(row.hour, row.references.same_day_last_week) })),
});

describe("days whose whole level stands apart from the references", () => {
  it("finds an eight-hour outage against the level of the day's other trading hours", () => {
    const ds = analyzeDay(withToday("long", (h, s) => (h >= 10 && h <= 17 ? 0 : s)));
    expect(ds.dayShift).toBeNull();
    expect(ds.incidents.map((i) => [i.kind, i.startHour, i.endHour, i.severity])).toEqual([
      ["outage", 10, 17, "P1"],
    ]);
    expect(ds.incidents[0]!.outageHours).toHaveLength(8);
  });

  it("anchors a twelve-hour outage, most of the trading day, on the nearer reference", () => {
    const ds = analyzeDay(withToday("longer", (h, s) => (h >= 10 && h <= 21 ? 0 : s)));
    expect(ds.dayShift?.direction).toBe("down");
    expect(["yesterday", "same_day_last_week"]).toContain(ds.dayShift?.anchor);
    expect(ds.incidents.map((i) => [i.kind, i.startHour, i.endHour, i.severity])).toEqual([
      ["outage", 10, 21, "P1"],
    ]);
    // Every reference hour from 10h to 21h is missing: the impact is close to their sum.
    const lost = real.hours.slice(10, 22).reduce((a, row) => a + row.references.same_day_last_week, 0);
    expect(ds.incidents[0]!.impact.estimate).toBeGreaterThan(0.9 * lost);
    expect(ds.incidents[0]!.impact.estimate).toBeLessThan(1.1 * lost);
  });

  it("reports a day without a single sale as an outage, with finite expected counts", () => {
    const ds = analyzeDay(withToday("dead", () => 0));
    expect(ds.dayShift?.direction).toBe("down");
    expect(ds.hours.every((h) => Number.isFinite(h.expected) && Number.isFinite(h.score))).toBe(true);
    // Anchored on same_day_last_week, whose day total is 572.
    expect(ds.figures.expectedTotal).toBeGreaterThan(540);
    expect(ds.figures.expectedTotal).toBeLessThan(600);
    const main = ds.incidents.find((i) => i.endHour === 23)!;
    expect(main).toMatchObject({ kind: "outage", severity: "P1", recovered: false });
  });

  it("reports a whole day at half its usual level as one drop, not a normal day nor fragments", () => {
    const ds = analyzeDay(withToday("half", (_, s) => Math.round(s / 2)));
    expect(ds.dayShift).toMatchObject({ direction: "down" });
    expect(ds.dayShift!.levelVsSameDayLastWeek).toBeCloseTo(0.5, 1);
    expect(ds.incidents.map((i) => [i.kind, i.severity])).toEqual([["drop", "P1"]]);
  });

  it("calls a whole day at 60 % a drop: a slow morning is not a late start", () => {
    const ds = analyzeDay(withToday("slow", (_, s) => Math.round(s * 0.6)));
    expect(ds.incidents.map((i) => i.kind)).toEqual(["drop"]);
  });

  it("leaves an ordinary day alone: no shift, no incident", () => {
    const ds = analyzeDay(withToday("same", (_, s) => s));
    expect(ds.dayShift).toBeNull();
    expect(ds.incidents).toEqual([]);
  });
});

describe("a closed store", () => {
  it("analyses a day of zeros in every column, and says no hour could be tested", () => {
    const closed: Day = {
      ...real,
      id: "closed",
      hours: real.hours.map((row) => ({
        ...row,
        today: 0,
        references: { yesterday: 0, same_day_last_week: 0, avg_last_week: 0, avg_last_month: 0 },
      })),
    };
    const ds = analyzeDay(closed);
    expect(ds.hours.filter((h) => h.tested)).toEqual([]);
    expect(ds.incidents).toEqual([]);
    expect(ds.hours.every((h) => h.expectedHigh <= 1)).toBe(true);
  });
});
