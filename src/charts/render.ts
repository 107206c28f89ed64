// Plot to an SVG string during the build: linkedom stands in for the
// browser's document, so the pages carry finished charts and need no script.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { LegendItem } from "./palette.ts";

/** A finished chart: inline SVG plus the words that stand in for it. */
export interface Chart {
  svg: string;
  title: string;
  description: string;
  legend: LegendItem[];
}

const { document } = parseHTML("<!doctype html><html><body></body></html>");

/**
 * Render Plot options to an SVG string with a text alternative inside it:
 * role="img" with <title> and <desc> children. Plot and linkedom
 * escape every text they write, so data text never becomes markup.
 */
export function renderSvg(options: Plot.PlotOptions, title: string, description: string): string {
  const node = Plot.plot({
    ...options,
    document: document as unknown as Document,
    className: "chart",
    style: { fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
  });
  const svg = node.tagName.toLowerCase() === "svg" ? node : node.querySelector("svg");
  if (!svg) throw new Error("Plot returned no <svg> element");

  // The accessible name comes from <title>, not an aria-label attribute:
  // linkedom escapes text content fully but attribute values only in part.
  svg.setAttribute("role", "img");
  const titleNode = document.createElementNS("http://www.w3.org/2000/svg", "title");
  titleNode.textContent = title;
  const descNode = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  descNode.textContent = description;
  svg.prepend(titleNode, descNode);
  return svg.outerHTML;
}

/** Finite numbers pass; anything else becomes null so Plot leaves a gap, never a zero. */
export function defined(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
