import { describe, expect, it } from "vitest";
import { analyzePaths } from "../../src/analysis/analyze.ts";
import type { DatasetFindings } from "../../src/analysis/types.ts";

const findings = analyzePaths(["data"]);
const dataset = (id: string) => findings.datasets.find((d) => d.id === id)!;
const flagged = (ds: DatasetFindings) =>
  ds.hours.filter((h) => h.status !== "normal").map((h) => `${h.label} ${h.status}`);

describe("analysis of the real files", () => {
  it("finds checkout_2's 15h-17h outage at P1, zero sales where 37-47 were expected", () => {
    const outage = dataset("checkout_2").incidents.find((i) => i.kind === "outage")!;
    expect(outage.outageHours).toEqual([15, 16, 17]);
    expect(outage.severity).toBe("P1");
    for (const hour of [15, 16, 17]) {
      const h = dataset("checkout_2").hours[hour]!;
      expect(h.observed).toBe(0);
      expect(h.expected).toBeGreaterThan(30);
      expect(h.score).toBeLessThan(-h.threshold);
    }
    // Sales fell at 14h and were still short at 18h: the edges of the same incident.
    expect([outage.startHour, outage.endHour, outage.recoveryHour]).toEqual([14, 18, 19]);
    expect(outage.impact.low).toBeLessThan(outage.impact.estimate);
    expect(outage.impact.estimate).toBeGreaterThan(140);
    expect(outage.impact.high).toBeLessThan(220);
  });

  it("marks checkout_2's 08h surge to watch: above every reference, yet inside the band of normal counts", () => {
    const h = dataset("checkout_2").hours[8]!;
    expect(h).toMatchObject({ observed: 25, status: "normal", watch: "above" });
    // yesterday read 0 at 08h (checkout_1's late start) and is left out.
    expect(h.rejected).toEqual(["yesterday"]);
    expect(h.expected).toBeGreaterThan(12);
    expect(h.expectedHigh).toBeGreaterThanOrEqual(25);
    expect(dataset("checkout_2").incidents.map((i) => i.kind)).toEqual(["outage"]);
  });

  it("finds checkout_1's late start at 08h-09h and notes that its yesterday was weak at the same hours", () => {
    const ds = dataset("checkout_1");
    expect(ds.incidents.map((i) => [i.kind, i.startHour, i.endHour, i.observed])).toEqual([
      ["late_start", 8, 9, 2],
    ]);
    const note = ds.referenceNotes.find((n) => n.reference === "yesterday")!;
    expect(note.hours).toEqual([8, 9]);
  });

  it("flags nothing overnight from tiny counts", () => {
    for (const ds of findings.datasets) {
      expect(ds.hours.slice(0, 6).every((h) => h.status === "normal")).toBe(true);
    }
    expect(flagged(dataset("checkout_1"))).toEqual(["08h outage", "09h outage"]);
  });

  it("reports the data's totals", () => {
    expect(dataset("checkout_1").figures.totals).toMatchObject({
      today: 526,
      yesterday: 523,
      same_day_last_week: 572,
    });
    expect(dataset("checkout_2").figures.totals).toMatchObject({
      today: 427,
      yesterday: 526,
      same_day_last_week: 488,
    });
    expect(dataset("checkout_2").figures.changeVsYesterday).toBeCloseTo(427 / 526 - 1, 10);
  });

  it("recognises the files as consecutive days", () => {
    expect(findings.relations).toEqual([
      expect.objectContaining({ kind: "consecutive", earlierId: "checkout_1", laterId: "checkout_2" }),
    ]);
  });
});
