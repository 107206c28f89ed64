// Number, hour and time formats shared by every sentence of the delivery.
// Percentages are written "19 %" with a space, as the analysis writes them
// in its own reasons and notes, so the two never sit side by side in two
// styles. Negative values use the minus sign (U+2212), not a hyphen.
import { config } from "../config.ts";

const MINUS = "\u2212";
const countFormat = new Intl.NumberFormat(config.locale, { maximumFractionDigits: 0 });

/** Rounds to the nearest integer and groups digits: 1234.6 → "1,235". */
/** "checkout" or "checkouts", by the rounded count: 1 checkout, 0 checkouts. */
export function checkoutsWord(n: number): string {
  return Math.round(n) === 1 ? "checkout" : "checkouts";
}

export function formatCount(n: number): string {
  const rounded = Math.round(n);
  return withMinus(countFormat.format(Object.is(rounded, -0) ? 0 : rounded));
}

/** A fraction as a percentage, unsigned when positive: -0.188 → "−19 %", 0.23 → "23 %". */
export function formatPercent(fraction: number, digits = 0): string {
  return `${formatDecimal(fraction * 100, digits)} %`;
}

/** A change as a signed percentage: 0.0057 → "+1 %", -0.188 → "−19 %". */
export function formatChange(fraction: number, digits = 0): string {
  const text = formatPercent(fraction, digits);
  return text.startsWith(MINUS) || /^0(\.0+)? %$/.test(text) ? text : `+${text}`;
}

/** A count with its sign: 3 → "+3", -19.4 → "−19", 0 → "0". */
export function formatSigned(n: number): string {
  const text = formatCount(n);
  return text === "0" || text.startsWith(MINUS) ? text : `+${text}`;
}

/** A test score with its sign and two decimals: -17.741 → "−17.74". */
export function formatScore(score: number): string {
  const text = formatDecimal(score, 2);
  return score > 0 ? `+${text}` : text;
}

/** A small probability in scientific notation: 1.8e-18 → "1.8 × 10^−18". */
export function formatProbability(p: number): string {
  if (p >= 0.001) return formatDecimal(p, 3);
  const [mantissa, exponent] = p.toExponential(1).split("e");
  return `${mantissa} × 10${superscript(String(Number(exponent)))}`;
}

// Plain text everywhere (HTML, Slack, PDF) reads an exponent only as
// superscript characters: "10⁻⁷", not "10^-7".
const SUPERSCRIPTS: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

function superscript(digits: string): string {
  return [...digits].map((c) => SUPERSCRIPTS[c] ?? c).join("");
}

/** The label of an hour as in the CSV files: 8 → "08h". */
export function hourLabel(h: number): string {
  return `${String(h).padStart(2, "0")}h`;
}

/** Hours as labels: (15, 17) → "15h–17h"; (8, 8) → "08h". */
export function hourRange(start: number, end: number): string {
  return start === end ? hourLabel(start) : `${hourLabel(start)}–${hourLabel(end)}`;
}

/** A set of hours as ranges: [15, 16, 17] → "15h–17h"; [8, 9, 12] → "08h–09h and 12h". */
export function hourSet(hours: number[]): string {
  const runs: [number, number][] = [];
  for (const h of [...hours].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && h === last[1] + 1) last[1] = h;
    else runs.push([h, h]);
  }
  const parts = runs.map(([start, end]) => hourRange(start, end));
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** Clock window covering whole hours: (15, 17) → "15:00–18:00 UTC". */
export function hourWindow(start: number, endInclusive: number): string {
  return `${clockTime(start)}–${clockTime(endInclusive + 1)} ${config.timezone}`;
}

/** The start of an hour as a clock time: 16 → "16:00 UTC" (24 → "24:00 UTC"). */
export function hourClock(h: number): string {
  return `${clockTime(h)} ${config.timezone}`;
}

function clockTime(h: number): string {
  return `${String(h).padStart(2, "0")}:00`;
}

function formatDecimal(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? text.replace("-", "") : withMinus(text);
}

function withMinus(text: string): string {
  return text.replace("-", MINUS);
}
