// The hourly alert rule in words, with the configured values. The
// postmortem's detection section and the runbook's "is it real" step quote
// the same list, so they cannot drift apart.
import { config } from "../config.ts";
import type { DatasetFindings } from "../analysis/types.ts";
import { formatCount, formatPercent } from "./format.ts";
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
