// The severity table of the runbook. The share thresholds come from
// config.severity; the two facts severityOf keeps in its code (how many
// outage hours make a P1, the highest level a spike reaches) are read by
// asking severityOf itself, so the table follows any change to it.
import { config } from "../config.ts";
import { severityOf } from "../analysis/incidents.ts";
import type { Severity } from "../analysis/types.ts";
import { formatPercent, hourClock } from "./format.ts";

/** One row of the severity table: the rule that gives the level and the response it calls for. */
export interface SeverityRow {
  severity: Severity;
  rule: string;
  response: string;
}

// Longest run of outage hours worth probing: a whole day.
const DAY_HOURS = 24;

/** Fewest outage hours that make an incident P1 whatever its share of the day. */
export function outageHoursForP1(): number | null {
  for (let hours = 1; hours <= DAY_HOURS; hours++) {
    if (severityOf("outage", 0, hours).severity === "P1") return hours;
  }
  return null;
}

/** The highest level a spike can reach, however large its excess. */
export function highestSpikeSeverity(): Severity {
  return severityOf("spike", 1, 0).severity;
}

/** Severity rules P1–P3, derived from config.severity and severityOf, with the response each calls for. */
export function severityTable(): SeverityRow[] {
  const p1 = formatPercent(config.severity.p1ShareLost, 1);
  const p2 = formatPercent(config.severity.p2ShareLost, 1);
  const outageHours = outageHoursForP1();
  const spikeLevel = highestSpikeSeverity();
  const oneOutageHour = severityOf("outage", 0, 1).severity;
  const share = "of the day's expected volume";
  const spikeRule = (level: Severity) =>
    level === spikeLevel ? `; or a spike with checkouts in excess at least ${p1} ${share}` : "";

  return [
    {
      severity: "P1",
      rule: `${outageHours === null ? "" : `${outageHours} or more outage hours (at or below ${formatPercent(config.outageShare)} of expected), or `}` +
        `checkouts missing at least ${p1} ${share}${spikeRule("P1")}.`,
      response: "Page the on-call engineer now, at any hour; open an incident channel, post the investigating " +
        "message, and update as each hour closes.",
    },
    {
      severity: "P2",
      rule: `${oneOutageHour === "P2" ? "One outage hour, or " : ""}` +
        `checkouts missing at least ${p2} ${share}${spikeRule("P2")}.`,
      response: "Post in the owning team's channel now; page the on-call engineer if the next hour is flagged too.",
    },
    {
      severity: "P3",
      rule: `Checkouts missing below ${p2} ${share}; or a spike with checkouts in excess below ${p1} ${share}.`,
      response: `Open a ticket for the next business day (from ${hourClock(config.businessHours.start)}); no page.`,
    },
  ];
}
