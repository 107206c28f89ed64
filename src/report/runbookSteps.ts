// What differs between alert kinds in the runbook: how the alert looks, the
// extra check that rules out a false one, how to mitigate and what to
// suspect first. The steps shared by every kind live in runbook.ts.
import { config } from "../config.ts";
import type { IncidentKind } from "../analysis/types.ts";
import { formatPercent } from "./format.ts";

/** The words of one alert kind in the runbook. */
export interface KindSteps {
  title: string;
  signal: string;
  checks: string[];
  mitigate: string[];
  recoveredWhen: string;
}

/** The cause to check first for each kind; Slack and the runbook name the same one. */
export function leadingHypothesis(kind: IncidentKind): string {
  switch (kind) {
    case "outage":
      return "payment provider or POS connectivity failure, or a deployment just before the start";
    case "drop":
      return "partial degradation: some terminals, stores or one payment method failing";
    case "spike":
      return "a promotion, or a retry storm counting transactions twice";
    case "late_start":
      return "stores or POS terminals opening late";
  }
}

/** Kind-specific runbook steps, with thresholds from the configuration. */
export function kindSteps(kind: IncidentKind): KindSteps {
  const outage = formatPercent(config.outageShare);
  const effect = formatPercent(config.minEffect);
  switch (kind) {
    case "outage":
      return {
        title: `Outage: checkouts at or below ${outage} of expected`,
        signal: `A tested hour closed at or below ${outage} of its expected count.`,
        checks: [
          "Rule out the feed before the shops: the hour must be present in the file (a missing hour is reported as " +
            "missing, never as 0) and the export must be fresh; a stalled export and stalled sales both read 0.",
          "Query `zero_hours` on the SQL appendix page: the raw check, without the model, of hours with no sale " +
            "at all where the references say the hour is busy (an outage hour with a few sales is not listed there).",
        ],
        mitigate: [
          "Check the payment provider's status page and the POS error logs for the window.",
          "If a deployment or configuration change preceded the start, roll it back.",
          "If one provider is down, switch terminals to the fallback provider or offline mode.",
        ],
        recoveredWhen: `the hour closes above ${outage} of expected and, better, inside its normal band`,
      };
    case "drop":
      return {
        title: "Drop: checkouts well below expected",
        signal: `A tested hour closed at least ${effect} below expected, but above ${outage} of it.`,
        checks: [
          "Query `hour_vs_references` on the SQL appendix page: a real drop is low against every reference, " +
            "not only against one that was itself unusual.",
        ],
        mitigate: [
          "Find which stores, terminals or payment methods sold less and take the failing ones out of service.",
          "Compare authorisation latency and decline rates with the same hour of the day before.",
        ],
        recoveredWhen: "the hour tests as normal and its count is inside its normal band",
      };
    case "spike":
      return {
        title: "Spike: checkouts well above expected",
        signal: `A tested hour closed at least ${effect} above expected.`,
        checks: [
          "Look for duplicates: the same amount, card and terminal within seconds points to retries, not customers.",
          "Query `anomalous_hours` on the SQL appendix page to see whether the spike follows a down hour (catch-up).",
        ],
        mitigate: [
          "If duplicates: stop the retrying client and start refunds of the double charges.",
          "If a promotion: confirm the systems carry the load; nothing else to do.",
        ],
        recoveredWhen: "the hour tests as normal and its count is back inside its normal band",
      };
    case "late_start":
      return {
        title: "Late start: the day's opening hours below expected",
        signal:
          "The first tested hours of the morning closed far below expected, before trading had started normally.",
        checks: [
          "Query `hour_vs_references` on the SQL appendix page for the opening hours: if yesterday was low too, " +
            "the opening time may have changed for good.",
        ],
        mitigate: ["Call the stores that have not opened; check terminal start-up and sync logs."],
        recoveredWhen:
          "the first normal hour of the morning closes, often after an above-normal catch-up hour",
      };
  }
}
