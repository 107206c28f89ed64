// Day totals side by side: today, the four references and the expected
// count for each dataset.
import * as Plot from "@observablehq/plot";
import { REFERENCE_NAMES, type DatasetFindings } from "../analysis/types.ts";
import { formatCount } from "../report/format.ts";
import { colors, referenceColors, type LegendItem } from "./palette.ts";
import { renderSvg, type Chart } from "./render.ts";

interface Total {
  dataset: string;
  measure: string;
  value: number;
  color: string;
}

const MEASURES: { name: string; color: string; value: (d: DatasetFindings) => number }[] = [
  { name: "today", color: colors.today, value: (d) => d.figures.totals.today },
  { name: "expected", color: colors.expected, value: (d) => d.figures.expectedTotal },
  ...REFERENCE_NAMES.map((name) => ({
    name,
    color: referenceColors[name],
    value: (d: DatasetFindings) => d.figures.totals[name],
  })),
];

export function totalsChart(datasets: DatasetFindings[]): Chart {
  const totals: Total[] = datasets.flatMap((d) =>
    MEASURES.map((m) => ({ dataset: d.id, measure: m.name, value: m.value(d), color: m.color })),
  );
  const title = "Day totals: checkouts today, expected, and in each reference, per dataset";
  const description = datasets
    .map((d) => `${d.id}: ${MEASURES.map((m) => `${m.name} ${formatCount(m.value(d))}`).join(", ")}.`)
    .join(" ");

  const svg = renderSvg(
    {
      width: 760,
      height: 280,
      marginLeft: 48,
      marginBottom: 36,
      fx: { label: null, padding: 0.12 },
      x: { domain: MEASURES.map((m) => m.name), axis: null, padding: 0.1 },
      y: { grid: true, label: "checkouts per day" },
      marks: [
        Plot.barY(totals, {
          fx: "dataset",
          x: "measure",
          y: "value",
          fill: "color",
          title: (t: Total) => `${t.dataset} ${t.measure}: ${formatCount(t.value)}`,
        }),
        Plot.text(totals, {
          fx: "dataset",
          x: "measure",
          y: "value",
          text: (t: Total) => formatCount(t.value),
          dy: -6,
          fontSize: 10,
        }),
        Plot.ruleY([0]),
      ],
    },
    title,
    description,
  );
  const legend: LegendItem[] = MEASURES.map((m) => ({ label: m.name, color: m.color, kind: "bar" }));
  return { svg, title, description, legend };
}
