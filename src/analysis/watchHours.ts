import { config, type Config } from "../config.ts";
import type { HourDetection } from "./detectDay.ts";

/**
 * An hour to watch: not flagged, yet beyond every reference it rests on,
 * by at least the effect floor, with a one-sided p below `watchP`. Such an
 * hour is not evidence of an incident (the day's 24 tests would produce
 * one now and then by chance) but a reviewer reading the table should not
 * have to find it alone.
 *
 * @example 25 sales where the references, at today's level, say 8 to 17
 */
export function watchDirection(h: HourDetection, settings: Config = config): "above" | "below" | null {
  if (h.status !== "normal" || !h.tested) return null;
  if (10 ** -Math.abs(h.test.score) >= settings.watchP) return null;
  const expected = h.estimate.expected;
  if (Math.abs(h.observed / expected - 1) < settings.minEffect) return null;

  const used = h.estimate.used.map((name) => h.estimate.scaled[name]);
  if (h.observed > Math.max(...used)) return "above";
  if (h.observed < Math.min(...used)) return "below";
  return null;
}
