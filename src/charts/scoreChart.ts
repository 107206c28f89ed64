// The test behind every alert: each hour's signed score against the day's
// threshold. A bar that crosses a dashed line is an hour the test rejects.
import * as Plot from "@observablehq/plot";
import type { DatasetFindings, HourVerdict } from "../analysis/types.ts";
import { formatScore, hourLabel } from "../report/format.ts";
import { range } from "./dayChart.ts";
import { colors } from "./palette.ts";
import { defined, renderSvg, type Chart } from "./render.ts";
import { statusColor } from "./marks.ts";

const UNTESTED = "#c9cfd8";

export function scoreChart(ds: DatasetFindings): Chart {
  const threshold = ds.hours.find((h) => h.tested)?.threshold ?? null;
  const thresholdText =
    threshold === null ? "no tested hour" : `the day's threshold of ±${threshold.toFixed(2)}`;
  const title = `${ds.id}: test score per hour against ${thresholdText}`;
  const description = [passingHours(ds.hours), untestedHours(ds.hours)].join(" ");

  const svg = renderSvg(
    {
      width: 760,
      height: 260,
      marginLeft: 44,
      marginBottom: 44,
      x: {
        domain: range(0, 24),
        ticks: range(0, 24, 2),
        tickFormat: hourLabel,
        label: "hour (UTC)",
        labelAnchor: "center",
        labelArrow: "none",
        padding: 0.2,
      },
      y: { grid: true, label: "score (negative: below expected)" },
      marks: [
        Plot.barY(ds.hours, {
          x: "hour",
          y: (h: HourVerdict) => defined(h.score),
          fill: (h: HourVerdict) => (h.tested ? statusColor(h) : UNTESTED),
          title: (h: HourVerdict) =>
            `${hourLabel(h.hour)}: score ${formatScore(h.score)}, ${h.tested ? h.status : "not tested"}`,
        }),
        Plot.ruleY([0]),
        ...(threshold === null
          ? []
          : [Plot.ruleY([threshold, -threshold], { stroke: colors.down, strokeDasharray: "4,3" })]),
      ],
    },
    title,
    description,
  );
  return {
    svg,
    title,
    description,
    legend: [
      { label: "tested hour", color: colors.today, kind: "bar" },
      { label: "flagged, below expected", color: colors.down, kind: "bar" },
      { label: "flagged, above expected", color: colors.up, kind: "bar" },
      { label: "not tested (low volume)", color: UNTESTED, kind: "bar" },
      { label: "threshold", color: colors.down, kind: "dash" },
    ],
  };
}

function passingHours(hours: HourVerdict[]): string {
  const passing = hours.filter((h) => h.tested && Math.abs(h.score) >= h.threshold);
  if (passing.length === 0) return "No tested hour passes the threshold.";
  const parts = passing.map((h) => `${hourLabel(h.hour)} (${formatScore(h.score)}, ${h.status})`);
  return `Past the threshold: ${parts.join(", ")}.`;
}

function untestedHours(hours: HourVerdict[]): string {
  const untested = hours.filter((h) => !h.tested).map((h) => hourLabel(h.hour));
  return untested.length === 0
    ? "Every hour was tested."
    : `Not tested for low volume: ${untested.join(", ")}.`;
}
