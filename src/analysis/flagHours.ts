import { config, type Config } from "../config.ts";
import { testCount } from "./hourTest.ts";
import type { FlagRule, HourStatus, WindowEvidence } from "./types.ts";

/** What flagging needs to know of one hour. */
export interface HourEvidence {
  hour: number;
  observed: number;
  expected: number;
  extraVariance: number; // predictive variance beyond Poisson
  score: number; // the hour's own signed score
}

export interface HourFlag {
  status: HourStatus;
  rule: FlagRule | null; // which test flagged the hour
  window: WindowEvidence | null; // the window test, when it decided
  tested: boolean;
  threshold: number; // the threshold of the rule that decided (hour rule when normal)
}

// The two searches over the day (hours alone, windows) split the day's
// budget, so a normal day raises an alarm with a chance of at most
// alphaPerDay. The edge test needs no share: it only runs beside an hour
// already flagged, so it cannot start a false alarm on a normal day.
const SEARCH_ALPHA = (settings: Config) => settings.alphaPerDay / 2;

// An hour joins a significant window only if it leans the same way on its own.
const WINDOW_MEMBER_P = 0.05;

/**
 * Statuses for the 24 hours of a day, by three tests. The first two search
 * the day and share its false-alarm budget `alphaPerDay` half and half.
 * Only hours expected to reach `minExpected` sales can be flagged:
 * 1. each hour alone, Bonferroni-corrected over the tested hours;
 * 2. every window of 2..maxWindowHours consecutive hours summed,
 *    Bonferroni-corrected over the windows: several modest shortfalls in a
 *    row (a late start, a slow drop) are significant together first;
 * 3. the hours next to an incident, one at a time at alphaPerDay: once an
 *    incident is established, its edges and a catch-up hour are one
 *    specific question each, not a search over the day.
 */
export function flagHours(hours: HourEvidence[], settings: Config = config): HourFlag[] {
  const tested = hours.map((h) => h.expected >= settings.minExpected);
  const hourThreshold = -Math.log10(SEARCH_ALPHA(settings) / Math.max(1, tested.filter(Boolean).length));
  const flags: HourFlag[] = hours.map((h, i) => ({
    status: statusOf(h, hourThreshold, tested[i]!, settings),
    rule: null,
    window: null,
    tested: tested[i]!,
    threshold: hourThreshold,
  }));
  flags.forEach((f) => (f.rule = f.status === "normal" ? null : "hour"));

  flagWindows(hours, flags, settings);
  flagNeighbours(hours, flags, settings);
  return flags;
}

export function statusOf(h: HourEvidence, threshold: number, tested: boolean, settings: Config): HourStatus {
  if (!tested || Math.abs(h.score) < threshold) return "normal";
  const effect = h.observed / h.expected - 1;
  if (Math.abs(effect) < settings.minEffect) return "normal";
  if (effect > 0) return "spike";
  return h.observed <= settings.outageShare * h.expected ? "outage" : "drop";
}

function flagWindows(hours: HourEvidence[], flags: HourFlag[], settings: Config): void {
  const windows: WindowEvidence[] = [];
  // Up to maxWindowHours: a morning's late start or an afternoon's slump,
  // still short against a day.
  for (let length = 2; length <= settings.maxWindowHours; length++) {
    for (let start = 0; start + length <= hours.length; start++) {
      // A window must stand on hours not already flagged alone, or one
      // strong hour would drag its ordinary neighbours in with it.
      if (flags.slice(start, start + length).some((f) => f.status !== "normal")) continue;
      const span = hours.slice(start, start + length);
      const expected = span.reduce((a, h) => a + h.expected, 0);
      if (expected < settings.minExpected) continue;
      const observed = span.reduce((a, h) => a + h.observed, 0);
      const extra = span.reduce((a, h) => a + h.extraVariance, 0);
      windows.push({
        start,
        end: start + length - 1,
        observed,
        expected,
        score: windowScore(observed, expected, extra),
        threshold: 0,
      });
    }
  }
  const threshold = -Math.log10(SEARCH_ALPHA(settings) / Math.max(1, windows.length));

  for (const w of windows) {
    w.threshold = threshold;
    if (Math.abs(w.score) < threshold || Math.abs(w.observed / w.expected - 1) < settings.minEffect) continue;
    for (let hour = w.start; hour <= w.end; hour++) {
      const h = hours[hour]!;
      if (flags[hour]!.status !== "normal" || !flags[hour]!.tested || !leansWith(h, w.score, settings))
        continue;
      flags[hour] = {
        ...flags[hour]!,
        status: statusOf(h, 0, true, settings),
        rule: "window",
        window: w,
        threshold,
      };
    }
  }
}

// Within 2.5 standard deviations no window can pass its threshold (a tail
// probability of 1e-4 or less): skip the exact sum, keep the sign.
const CLEARLY_NORMAL_Z = 2.5;

function windowScore(observed: number, expected: number, extraVariance: number): number {
  const z = (observed - expected) / Math.sqrt(expected + extraVariance);
  if (Math.abs(z) < CLEARLY_NORMAL_Z) return Math.sign(z) * 0;
  return testCount(observed, expected, extraVariance).score;
}

/** The hour deviates on its own in the window's direction, by the effect floor. */
function leansWith(h: HourEvidence, windowScore: number, settings: Config): boolean {
  const sameWay = Math.sign(h.score) === Math.sign(windowScore);
  const p = 10 ** -Math.abs(h.score);
  return sameWay && p < WINDOW_MEMBER_P && Math.abs(h.observed / h.expected - 1) >= settings.minEffect;
}

function flagNeighbours(hours: HourEvidence[], flags: HourFlag[], settings: Config): void {
  const threshold = -Math.log10(settings.alphaPerDay);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < hours.length; i++) {
      if (flags[i]!.status !== "normal") continue;
      const beside = [flags[i - 1], flags[i + 1]].some((f) => f && f.status !== "normal" && f.rule !== null);
      if (!beside) continue;
      const status = statusOf(hours[i]!, threshold, flags[i]!.tested, settings);
      if (status === "normal") continue;
      flags[i] = { ...flags[i]!, status, rule: "neighbour", threshold };
      changed = true;
    }
  }
}
