// Data text reaches the chart SVG only as escaped text, and a missing value
// leaves a gap instead of a zero.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { analyzePaths } from "../../src/analysis/analyze.ts";
import { dayChart } from "../../src/charts/dayChart.ts";
import { defined } from "../../src/charts/render.ts";

describe("charts", () => {
  const checkout2 = analyzePaths(["data/checkout_2.csv"]).datasets[0]!;

  it("keep a dataset id that looks like markup as text", () => {
    const id = `x"><script>alert(1)</script>&`;
    const { document } = parseHTML(
      `<!doctype html><html><body>${dayChart({ ...checkout2, id }).svg}</body></html>`,
    );
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.querySelector("svg > title")?.textContent).toContain(id);
  });

  it("carry a text alternative inside the SVG", () => {
    const chart = dayChart(checkout2);
    expect(chart.svg).toMatch(/^<svg[^>]*role="img"[^>]*>/);
    expect(chart.svg).toContain("<title>checkout_2: checkouts per hour");
    expect(chart.description).toContain("Today totals 427 checkouts");
  });

  it("turn a missing value into a gap, never a zero", () => {
    expect([defined(null), defined(undefined), defined(Number.NaN), defined(0), defined(12)]).toEqual([
      null,
      null,
      null,
      0,
      12,
    ]);
  });
});
