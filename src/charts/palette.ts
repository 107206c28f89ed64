// Colours shared by the charts, their HTML legends and the site stylesheet.
import type { ReferenceName } from "../analysis/types.ts";

export const colors = {
  today: "#1f3a5f",
  expected: "#5b6b7f",
  band: "#9fb3c8",
  down: "#c0392b",
  up: "#d68910",
  shadeDown: "#f5c6c0",
  shadeUp: "#fbe3b5",
  midnight: "#8a94a3",
  watch: "#111111",
} as const;

export const referenceColors: Record<ReferenceName, string> = {
  yesterday: "#7b5ea7",
  same_day_last_week: "#2e8b74",
  avg_last_week: "#b07d48",
  avg_last_month: "#a0a7b4",
};

/** How a legend swatch is drawn: a line, a dashed line, a filled box, a dot. */
export type SwatchKind = "line" | "dash" | "area" | "bar" | "dot" | "ring";

export interface LegendItem {
  label: string;
  color: string;
  kind: SwatchKind;
}
