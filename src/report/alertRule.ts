// The hourly alert rule in words, with the configured values. The
// postmortem's detection section and the runbook's "is it real" step quote
// the same list, so they cannot drift apart.
import { config } from "../config.ts";
import type { DatasetFindings, HourVerdict } from "../analysis/types.ts";
import {
  checkoutsWord,
  formatChange,
  formatCount,
  formatPercent,
  formatScore,
  hourLabel,
  hourRange,
} from "./format.ts";
import { testedHourCount } from "./incidentFacts.ts";

/** The alert rule in five steps, each with its configured value. */
export function alertRuleItems(ds?: DatasetFindings): string[] {
  const budget = ds
    ? ` shared by the day's ${testedHourCount(ds)} tested hours`
    : " shared by the day's tested hours";
  return [
    `An hour is tested only when its expected count is at least ${formatCount(config.minExpected)} (minExpected).`,
    `It is flagged when its score, −log10 of the chance of a count at least this far from expected, passes the ` +
      `day's threshold: a false-alarm rate of ${config.alphaPerDay} per day (alphaPerDay)${budget}.`,
    `Its count must also differ from expected by at least ${formatPercent(config.minEffect)} (minEffect).`,
    `Several hours in a row are also tested as one window of up to ${config.maxWindowHours} hours, with its own threshold ` +
      `over all windows of the day; an hour beside a flagged hour is tested on its own at ${config.alphaPerDay}.`,
    `A flagged hour at or below ${formatPercent(config.outageShare)} of expected is an outage (outageShare); ` +
      `otherwise a drop below expected or a spike above.`,
  ];
}

/**
 * The evidence that fired an alert, quoting the test that decided: the
 * window's summed counts and its own threshold for a window, the hour's for
 * an hour alone, and for a neighbour that it was tested as the edge of an
 * incident. `bold` marks the counts (Slack's *bold*); plain by default.
 */
export function alertEvidence(h: HourVerdict, bold: (text: string) => string = (t) => t): string {
  const w = h.window;
  if (h.rule === "window" && w) {
    return (
      `${hourRange(w.start, w.end)} together: ${bold(formatCount(w.observed))} ${checkoutsWord(w.observed)} where ` +
      `${bold(formatCount(w.expected))} were expected, window score ${formatScore(w.score)} past the window ` +
      `threshold of ${w.threshold.toFixed(2)}`
    );
  }
  const counts = `${hourLabel(h.hour)}: ${bold(formatCount(h.observed))} ${checkoutsWord(h.observed)} where ${bold(formatCount(h.expected))} were expected`;
  const effect = h.ratio === null ? "" : ` (${formatChange(h.ratio - 1)})`;
  if (h.rule === "neighbour") {
    return (
      `${counts}${effect}, flagged as the edge of an incident: tested on its own at the per-hour false-alarm rate ` +
      `of ${config.alphaPerDay}, score ${formatScore(h.score)} past its threshold of ${h.threshold.toFixed(2)}`
    );
  }
  return `${counts}${effect}, score ${formatScore(h.score)} past the day's threshold of ${h.threshold.toFixed(2)}`;
}
