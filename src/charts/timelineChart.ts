// Consecutive days on one timeline: 48 hours in order, the earlier file's
// day then the later one, with a rule at midnight between them.
import * as Plot from "@observablehq/plot";
import type { DatasetFindings, Relation } from "../analysis/types.ts";
import { formatCount, hourLabel } from "../report/format.ts";
import { range } from "./dayChart.ts";
import { shadedIncidents, sum } from "./describe.ts";
import { expectationMarks, incidentShading, legendItems, placeHours, todayMarks } from "./marks.ts";
import { colors } from "./palette.ts";
import { renderSvg, type Chart } from "./render.ts";

export function timelineChart(relation: Relation, earlier: DatasetFindings, later: DatasetFindings): Chart {
  const rows = [...placeHours(earlier.id, earlier.hours), ...placeHours(later.id, later.hours, 24)];
  const title = `${earlier.id} then ${later.id}: 48 consecutive hours of checkouts against the expected count`;
  const description = [
    relation.text,
    `${earlier.id} (first 24 hours) totals ${formatCount(sum(earlier.hours.map((h) => h.observed)))} checkouts;`,
    `${later.id} (next 24 hours) totals ${formatCount(sum(later.hours.map((h) => h.observed)))}.`,
    `${earlier.id}: ${shadedIncidents(earlier.incidents)}`,
    `${later.id}: ${shadedIncidents(later.incidents)}`,
  ].join(" ");

  const dayLabels = [
    { x: 11.5, text: earlier.id },
    { x: 35.5, text: later.id },
  ];
  const svg = renderSvg(
    {
      width: 900,
      height: 320,
      marginLeft: 44,
      marginBottom: 44,
      marginTop: 28,
      x: {
        domain: [-0.5, 47.5],
        ticks: range(0, 48, 3),
        tickFormat: (x: number) => hourLabel(x % 24),
        label: "hour (UTC)",
        labelAnchor: "center",
        labelArrow: "none",
      },
      y: { grid: true, label: "checkouts", zero: true },
      marks: [
        incidentShading(earlier.incidents),
        incidentShading(later.incidents, 24),
        ...expectationMarks(rows, false),
        Plot.ruleX([23.5], { stroke: colors.midnight, strokeDasharray: "2,3" }),
        Plot.text(dayLabels, { x: "x", text: "text", frameAnchor: "top", dy: -18, fontWeight: 600 }),
        ...todayMarks(rows),
      ],
    },
    title,
    description,
  );
  return {
    svg,
    title,
    description,
    legend: legendItems(
      false,
      [...earlier.incidents, ...later.incidents],
      [...earlier.hours, ...later.hours],
    ),
  };
}
