// The one configuration read by the analysis, the runbook, the alert rules
// and the Slack texts. Change a threshold here and every page follows.

export const config = {
  /** Family-wise false-alarm rate per day, shared by the 24 hourly tests. */
  alphaPerDay: 0.01,
  /** Hours whose expected count is below this are shown but never flagged. */
  minExpected: 3,
  /** Smallest relative change worth an alert: |observed/expected - 1|. */
  minEffect: 0.3,
  /** An hour at or below this share of expected counts as an outage. */
  outageShare: 0.1,
  /**
   * Severity. A loss: P1 from p1OutageHours outage hours (at or below
   * outageShare of expected) that cost at least p2ShareLost of the day's
   * expected volume, or from a loss of p1ShareLost; P2 from any outage hour
   * or a loss of p2ShareLost. A surge is one level lower than a loss of the same share
   * (sales were made; the risk is duplicates or load), never P1.
   */
  severity: { p1ShareLost: 0.05, p2ShareLost: 0.015, p1OutageHours: 2 },
  /** Unflagged hours beyond every reference with a one-sided p below this are marked to watch. */
  watchP: 0.05,
  /** Longest run of consecutive hours tested together as one window. */
  maxWindowHours: 6,
  /** Hours reviewers treat as trading hours, used in words and in the runbook. */
  businessHours: { start: 9, end: 22 },
  timezone: "UTC",
  locale: "en-GB",
} as const;

export type Config = typeof config;
