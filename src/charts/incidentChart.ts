// An incident window: the hours of the incident with a few hours either
// side, today's count written at each hour against the expected band.
import * as Plot from "@observablehq/plot";
import type { DatasetFindings, Incident } from "../analysis/types.ts";
import { formatCount, hourLabel, hourRange } from "../report/format.ts";
import { kindName } from "../report/terms.ts";
import { range } from "./dayChart.ts";
import {
  expectationMarks,
  incidentShading,
  legendItems,
  placeHours,
  todayMarks,
  type PlacedHour,
} from "./marks.ts";
import { defined, renderSvg, type Chart } from "./render.ts";

/** Hours of context shown before and after the incident. */
const CONTEXT_HOURS = 3;

export function incidentChart(incident: Incident, ds: DatasetFindings): Chart {
  const first = Math.max(0, incident.startHour - CONTEXT_HOURS);
  const last = Math.min(23, incident.endHour + CONTEXT_HOURS);
  const rows = placeHours(ds.id, ds.hours).filter((r) => r.x >= first && r.x <= last);

  const window = hourRange(incident.startHour, incident.endHour);
  const title = `${ds.id}, ${kindName(incident.kind)} ${window}: checkouts per hour from ${hourLabel(first)} to ${hourLabel(last)}`;
  const perHour = rows.map(
    (r) =>
      `${hourLabel(r.x)} ${formatCount(r.verdict.observed)} (expected ${formatCount(r.verdict.expected)})`,
  );
  const description =
    `Shaded ${window}: ${formatCount(incident.observed)} observed against ${formatCount(incident.expected)} expected. ` +
    `Hour by hour: ${perHour.join(", ")}.`;

  const svg = renderSvg(
    {
      width: 640,
      height: 280,
      marginLeft: 44,
      marginBottom: 44,
      x: {
        domain: [first - 0.5, last + 0.5],
        ticks: range(first, last + 1),
        tickFormat: hourLabel,
        label: "hour (UTC)",
        labelAnchor: "center",
        labelArrow: "none",
      },
      y: { grid: true, label: "checkouts", zero: true },
      marks: [
        incidentShading([incident]),
        ...expectationMarks(rows, false),
        ...todayMarks(rows),
        Plot.text(rows, {
          x: "x",
          y: (r: PlacedHour) => defined(r.verdict.observed),
          text: (r: PlacedHour) => formatCount(r.verdict.observed),
          dy: -10,
          fontWeight: 600,
        }),
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
      [incident],
      rows.map((r) => r.verdict),
    ),
  };
}
