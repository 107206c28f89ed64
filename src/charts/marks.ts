// Marks shared by the day, incident and timeline charts. Each takes rows
// already placed on the chart's x axis (`x`), so a 24-hour day and a
// 48-hour timeline draw the same way.
import * as Plot from "@observablehq/plot";
import { REFERENCE_NAMES, type HourVerdict, type Incident } from "../analysis/types.ts";
import { formatCount, hourLabel } from "../report/format.ts";
import { colors, referenceColors, type LegendItem } from "./palette.ts";
import { defined } from "./render.ts";

/** One hour of one day at position `x` on the chart. */
export interface PlacedHour {
  x: number;
  datasetId: string;
  verdict: HourVerdict;
}

export function placeHours(datasetId: string, hours: HourVerdict[], offset = 0): PlacedHour[] {
  return hours.map((verdict) => ({ x: verdict.hour + offset, datasetId, verdict }));
}

/** Full-height shading behind the hours of each incident, and a late start's catch-up hour. */
export function incidentShading(incidents: Incident[], offset = 0): Plot.Markish {
  const spans = incidents.flatMap((i) => {
    const span = {
      start: i.startHour,
      end: i.endHour,
      fill: i.direction === "down" ? colors.shadeDown : colors.shadeUp,
    };
    const catchup =
      i.catchupHour === null ? [] : [{ start: i.catchupHour, end: i.catchupHour, fill: colors.shadeUp }];
    return [span, ...catchup];
  });
  return Plot.rect(spans, {
    x1: (s: Span) => s.start + offset - 0.5,
    x2: (s: Span) => s.end + offset + 0.5,
    fill: (s: Span) => s.fill,
    fillOpacity: 0.75,
  });
}

interface Span {
  start: number;
  end: number;
  fill: string;
}

/** The normal band, the expected count and the four references. */
export function expectationMarks(rows: PlacedHour[], withReferences: boolean): Plot.Markish[] {
  const band = Plot.areaY(rows, {
    x: "x",
    y1: (r: PlacedHour) => defined(r.verdict.expectedLow),
    y2: (r: PlacedHour) => defined(r.verdict.expectedHigh),
    z: "datasetId",
    fill: colors.band,
    fillOpacity: 0.35,
  });
  const expected = Plot.lineY(rows, {
    x: "x",
    y: (r: PlacedHour) => defined(r.verdict.expected),
    z: "datasetId",
    stroke: colors.expected,
    strokeDasharray: "5,3",
    strokeWidth: 1.5,
  });
  const references = withReferences
    ? REFERENCE_NAMES.map((name) =>
        Plot.lineY(rows, {
          x: "x",
          y: (r: PlacedHour) => defined(r.verdict.references[name]),
          z: "datasetId",
          stroke: referenceColors[name],
          strokeWidth: 1,
          strokeOpacity: 0.9,
        }),
      )
    : [];
  return [band, ...references, expected];
}

/** Today's counts: a line, a dot per hour coloured by its status, a ring round each watch hour. */
export function todayMarks(rows: PlacedHour[]): Plot.Markish[] {
  return [
    Plot.lineY(rows, {
      x: "x",
      y: (r: PlacedHour) => defined(r.verdict.observed),
      z: "datasetId",
      stroke: colors.today,
      strokeWidth: 2.25,
    }),
    Plot.dot(rows, {
      x: "x",
      y: (r: PlacedHour) => defined(r.verdict.observed),
      r: (r: PlacedHour) => (r.verdict.status === "normal" ? 2.5 : 4.5),
      fill: (r: PlacedHour) => statusColor(r.verdict),
      stroke: "white",
      strokeWidth: 0.75,
      title: (r: PlacedHour) => hourTooltip(r),
    }),
    Plot.dot(
      rows.filter((r) => r.verdict.watch !== null),
      {
        x: "x",
        y: (r: PlacedHour) => defined(r.verdict.observed),
        r: 7,
        stroke: colors.watch,
        strokeWidth: 1.75,
      },
    ),
  ];
}

export function statusColor(h: HourVerdict): string {
  if (h.status === "spike") return colors.up;
  if (h.status === "drop" || h.status === "outage") return colors.down;
  return colors.today;
}

function hourTooltip(r: PlacedHour): string {
  const v = r.verdict;
  return (
    `${r.datasetId} ${hourLabel(v.hour)}: ${formatCount(v.observed)} observed, ` +
    `${formatCount(v.expected)} expected (normal ${formatCount(v.expectedLow)}–${formatCount(v.expectedHigh)}), ${v.status}` +
    (v.watch === null ? "" : `, watch: ${v.watch} every reference`)
  );
}

/** Legend entries in the order the marks are drawn. */
export function legendItems(
  withReferences: boolean,
  incidents: Incident[],
  hours: HourVerdict[] = [],
): LegendItem[] {
  const items: LegendItem[] = [
    { label: "today", color: colors.today, kind: "line" },
    { label: "expected", color: colors.expected, kind: "dash" },
    { label: "normal band", color: colors.band, kind: "area" },
  ];
  if (withReferences) {
    for (const name of REFERENCE_NAMES)
      items.push({ label: name, color: referenceColors[name], kind: "line" });
  }
  if (incidents.some((i) => i.direction === "down"))
    items.push({ label: "incident, below expected", color: colors.shadeDown, kind: "area" });
  if (incidents.some((i) => i.direction === "up" || i.catchupHour !== null))
    items.push({ label: "incident, above expected", color: colors.shadeUp, kind: "area" });
  if (hours.some((h) => h.watch !== null))
    items.push({ label: "watch hour (not flagged)", color: colors.watch, kind: "ring" });
  return items;
}
