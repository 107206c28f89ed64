// The severity table of the runbook, read from config.severity, the same
// settings severityOf in src/analysis/incidents.ts applies to each incident.
import { config } from "../config.ts";
import type { Severity } from "../analysis/types.ts";
import { formatPercent, hourClock } from "./format.ts";

/** One row of the severity table: the rule that gives the level and the response it calls for. */
export interface SeverityRow {
  severity: Severity;
  rule: string;
  response: string;
}

/** Severity rules P1–P3, read from config.severity, with the response each calls for. */
export function severityTable(): SeverityRow[] {
  const p1 = formatPercent(config.severity.p1ShareLost, 1);
  const p2 = formatPercent(config.severity.p2ShareLost, 1);
  const outageHours = config.severity.p1OutageHours;
  // A surge is one level below a loss of the same share, so at most P2.
  const spikeLevel: Severity = "P2";
  const oneOutageHour: Severity = outageHours > 1 ? "P2" : "P1";
  const share = "of the day's expected volume";
  const spikeRule = (level: Severity) =>
    level === spikeLevel ? `; or a spike with checkouts in excess at least ${p1} ${share}` : "";

  return [
    {
      severity: "P1",
      rule:
        `${outageHours} or more outage hours (at or below ${formatPercent(config.outageShare)} of expected) ` +
        `costing at least ${p2} ${share}, or ` +
        `checkouts missing at least ${p1} ${share}${spikeRule("P1")}.`,
      response:
        "Page the on-call engineer now, at any hour; open an incident channel, post the investigating " +
        "message, and update as each hour closes.",
    },
    {
      severity: "P2",
      rule:
        `${oneOutageHour === "P2" ? "One outage hour, or " : ""}` +
        `checkouts missing at least ${p2} ${share}${spikeRule("P2")}.`,
      response:
        "Post in the owning team's channel now; page the on-call engineer if the next hour is flagged too.",
    },
    {
      severity: "P3",
      rule: `Checkouts missing below ${p2} ${share}; or a spike with checkouts in excess below ${p1} ${share}.`,
      response: `Open a ticket for the next business day (from ${hourClock(config.businessHours.start)}); no page.`,
    },
  ];
}
