import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDay } from "../../src/analysis/analyze.ts";
import { severityOf } from "../../src/analysis/incidents.ts";
import type { Day } from "../../src/analysis/types.ts";
import { config } from "../../src/config.ts";
import { parseDay } from "../../src/data/parseDay.ts";

const real = parseDay("checkout_1", "checkout_1.csv", readFileSync("data/checkout_1.csv", "utf8")).day!;
const withToday = (today: (hour: number, sameDayLastWeek: number) => number): Day => ({
  ...real,
  hours: real.hours.map((row) => ({ ...row, today: today(row.hour, row.references.same_day_last_week) })),
});

describe("incidents", () => {
  it("makes two outage hours P1 only when they cost a real share of the day", () => {
    const { p2ShareLost } = config.severity;
    expect(severityOf("outage", p2ShareLost, 2).severity).toBe("P1");
    expect(severityOf("outage", p2ShareLost / 10, 2)).toMatchObject({ severity: "P2" });
    expect(severityOf("outage", p2ShareLost / 10, 2).reason).toMatch(/^2 outage hours, at or below 10 %/);
  });

  it("counts a late start's catch-up hour as excess of the day", () => {
    // Closed from 06h until 10h, then 10h sells part of the morning on top of its own.
    const ds = analyzeDay(withToday((h, s) => (h >= 6 && h <= 9 ? 0 : h === 10 ? s + 57 : s)));
    const late = ds.incidents.find((i) => i.kind === "late_start")!;
    expect([late.startHour, late.endHour, late.catchupHour]).toEqual([6, 9, 10]);
    expect(late.catchupExcess).toBeGreaterThan(40);
    expect(ds.figures.excess).toBe(late.catchupExcess);
  });
});
