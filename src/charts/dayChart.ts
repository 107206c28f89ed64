// One day: today against the four references and the expected count with
// its normal band, incident hours shaded.
import type { DatasetFindings } from "../analysis/types.ts";
import { formatCount, hourLabel } from "../report/format.ts";
import { busiestHour, outsideBand, shadedIncidents, watchHours } from "./describe.ts";
import { expectationMarks, incidentShading, legendItems, placeHours, todayMarks } from "./marks.ts";
import { renderSvg, type Chart } from "./render.ts";

export function dayChart(ds: DatasetFindings): Chart {
  const rows = placeHours(ds.id, ds.hours);
  const title = `${ds.id}: checkouts per hour today against the expected count and the four reference days`;
  const description = [
    `Today totals ${formatCount(ds.figures.totals.today)} checkouts against ${formatCount(ds.figures.expectedTotal)} expected.`,
    shadedIncidents(ds.incidents),
    outsideBand(ds.hours),
    watchHours(ds.hours),
    `The busiest hour is ${busiestHour(ds.hours)}.`,
  ]
    .filter(Boolean)
    .join(" ");

  const svg = renderSvg(
    {
      width: 960,
      height: 360,
      marginLeft: 44,
      marginBottom: 44,
      x: {
        domain: [-0.5, 23.5],
        ticks: range(0, 24, 2),
        tickFormat: hourLabel,
        label: "hour (UTC)",
        labelAnchor: "center",
        labelArrow: "none",
      },
      y: { grid: true, label: "checkouts", zero: true },
      marks: [incidentShading(ds.incidents), ...expectationMarks(rows, true), ...todayMarks(rows)],
    },
    title,
    description,
  );
  return { svg, title, description, legend: legendItems(true, ds.incidents, ds.hours) };
}

export function range(start: number, stop: number, step = 1): number[] {
  const values: number[] = [];
  for (let v = start; v < stop; v += step) values.push(v);
  return values;
}
