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
  /** Severity: P1 for an outage or a loss above p1ShareLost of the day. */
  severity: { p1ShareLost: 0.05, p2ShareLost: 0.015 },
  /** Hours reviewers treat as trading hours, used in words and in the runbook. */
  businessHours: { start: 9, end: 22 },
  timezone: "UTC",
  locale: "en-GB",
} as const;

export type Config = typeof config;
