// Action items and lessons of a postmortem. Owners are roles, never names:
// the delivery is reused by whoever holds the role.
import { config } from "../config.ts";
import type { DatasetFindings, Incident, IncidentKind } from "../analysis/types.ts";
import { formatCount, formatPercent, hourClock, hourLabel, hourWindow } from "./format.ts";
import { alertHour } from "./incidentFacts.ts";
import { notesOnIncident } from "./referenceNotes.ts";
import { section, type Section } from "./section.ts";
import { impactWord, kindName } from "./terms.ts";

/** Action items: concrete steps, each with the role that owns it. */
export function actionsSection(i: Incident, ds: DatasetFindings): Section {
  const window = hourWindow(i.startHour, i.endHour);
  const alertAt = hourClock(alertHour(i, ds) + 1);
  return section(
    "Action items",
    [],
    [
      ...kindActions(i.kind, window, hourClock(i.startHour)),
      `Finance analyst: reconcile the ${formatCount(i.impact.estimate)} checkouts ${impactWord(i.direction)} ` +
        `(range ${formatCount(i.impact.low)}–${formatCount(i.impact.high)}) in ${ds.id} with the payment provider's settlement report.`,
      `Monitoring analyst: confirm the alert fired at ${alertAt} and reached the on-call engineer; ` +
        `if not, fix the routing before the next business day.`,
      `Incident commander: hold the postmortem review, confirm or rule out each hypothesis and record the cause here.`,
    ],
  );
}

function kindActions(kind: IncidentKind, window: string, start: string): string[] {
  switch (kind) {
    case "outage":
      return [
        `Payments on-call engineer: collect the payment provider's status and the POS error logs for ${window}.`,
        `Release manager: list deployments and configuration changes in the hour before ${start}.`,
        `POS platform team: add a health check that pages when a store group records no checkout for a full hour in business hours.`,
      ];
    case "drop":
      return [
        `Store operations: find which stores, terminals or payment methods sold less during ${window}.`,
        `Payments on-call engineer: compare authorisation latency and decline rates in ${window} with the day before.`,
        `Release manager: list deployments and configuration changes in the hour before ${start}.`,
      ];
    case "spike":
      return [
        `Payments on-call engineer: check ${window} for duplicate transactions (same amount, card and terminal within seconds).`,
        `Marketing lead: confirm whether a promotion or campaign started around ${start}.`,
        `POS platform team: confirm the systems carried the load without errors or timeouts.`,
      ];
    case "late_start":
      return [
        `Store operations: confirm the opening times of the stores on the day and the reason for the late opening.`,
        `POS platform team: check terminal start-up and sync logs for ${window}.`,
      ];
  }
}

/** Lessons: what this incident teaches about detection and about reading the references. */
export function lessonsSection(i: Incident, ds: DatasetFindings): Section {
  const at = alertHour(i, ds);
  const affected = ds.hours
    .filter((h) => h.hour >= i.startHour && h.hour <= at)
    .reduce((a, h) => a + h.expected, 0);
  return section(
    "Lessons",
    [],
    [
      `Hourly counts set the pace of detection: the first alert comes at ${hourClock(at + 1)}, when ` +
        `${hourLabel(at)} has closed, after ${formatCount(affected)} expected checkouts were already affected.`,
      notesOnIncident(i, ds).length > 0
        ? "A single reference can mislead: one of the references was itself unusual on these hours, which is why the " +
          "expected count rests on all the references rather than on any one of them."
        : "",
      kindLesson(i),
    ],
  );
}

function kindLesson(i: Incident): string {
  const business = `${hourClock(config.businessHours.start)} and ${hourClock(config.businessHours.end)}`;
  const outage = formatPercent(config.outageShare);
  switch (i.kind) {
    case "outage":
      return i.outageHours.length < i.hours.length
        ? `The ${kindName(i.kind)} was wider than its outage hours: a rule that waits for an hour at or below ` +
            `${outage} of expected sees only ${i.outageHours.length} of its ${i.hours.length} hours.`
        : `An hour at or below ${outage} of its expected count between ${business} deserves a page at once, whatever its score.`;
    case "drop":
      return "A partial loss is easy to dismiss hour by hour; the score against the expected count keeps it visible.";
    case "spike":
      return "Above-normal counts deserve a look too: duplicates and overload start as good news.";
    case "late_start":
      return "Opening hours are where fixed thresholds fail: a small expected count can still hide a late opening.";
  }
}
