// The runbook: response steps per alert kind, with the thresholds of the
// same configuration the analysis uses, so the page cannot disagree with
// the alerts it describes.
import type { IncidentKind } from "../analysis/types.ts";
import { alertRuleItems } from "./alertRule.ts";
import { kindSteps, leadingHypothesis } from "./runbookSteps.ts";
import { section, type Section } from "./section.ts";
import { severityTable } from "./severityTable.ts";

export { severityTable, type SeverityRow } from "./severityTable.ts";

const KINDS: IncidentKind[] = ["outage", "drop", "spike", "late_start"];

/** For each alert kind, its title and the sections: is it real, how bad, mitigate, verify, escalate, follow up. */
export function runbookSections(): { kind: IncidentKind; title: string; sections: Section[] }[] {
  return KINDS.map((kind) => ({ kind, title: kindSteps(kind).title, sections: kindSections(kind) }));
}

function kindSections(kind: IncidentKind): Section[] {
  const steps = kindSteps(kind);
  return [
    section(
      "Is it real?",
      [
        steps.signal,
        "Run `npm run analyze -- data/<dataset>.csv` and read the hour's `status`, `observed`, `expected`, " +
          "`score` and `threshold`: the alert rule is the analysis itself, applied as follows.",
      ],
      [...alertRuleItems(), ...steps.checks],
    ),
    section(
      "How bad?",
      [
        "The incident's severity follows from its outage hours and from the checkouts missing or in excess as a " +
          "share of the day's expected volume:",
      ],
      severityTable().map((row) => `${row.severity}: ${row.rule}`),
    ),
    section("Mitigate", [`Check first: ${leadingHypothesis(kind)}.`], steps.mitigate),
    section(
      "Verify recovery",
      [`Recovered when ${steps.recoveredWhen}.`],
      [
        "On the dataset page, today's line in the day chart is back inside the normal band.",
        "In the hour-by-hour table the hours after the incident read `normal`.",
        "Query `anomalous_hours` on the SQL appendix page returns no hour after the incident's last hour.",
      ],
    ),
    section(
      "Escalate",
      [],
      severityTable().map((row) => `${row.severity}: ${row.response}`),
    ),
    section("Follow up", [], followUpItems()),
  ];
}

function followUpItems(): string[] {
  return [
    "Post the resolved message from the Slack templates page only once the data show a normal hour; " +
      "if the day ended without one, post the open-incident message instead.",
    "Write the postmortem from the incident report page; confirm or rule out each hypothesis with the owning team.",
    "Query `incident_window` on the SQL appendix page for the figures to reconcile with the payment provider.",
    "Give each action item an owner role and a date before the review closes.",
  ];
}
