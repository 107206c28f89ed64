// Contributing factors and hypotheses. The data show when and how much,
// never why: every cause here is marked "Hypothesis:" and paired with the
// evidence in the data that makes it more or less likely.
import type { DatasetFindings, Findings, Incident } from "../analysis/types.ts";
import { formatChange, formatCount, hourClock, hourLabel, hourRange, hourSet } from "./format.ts";
import { previousDay, sameHourIncidents } from "./incidentFacts.ts";
import { notesOnIncident } from "./referenceNotes.ts";
import { section, type Section } from "./section.ts";
import { catchupPhrase, kindName } from "./terms.ts";

/** Contributing factors and hypotheses, per incident kind, with reference notes and the previous day. */
export function factorsSection(i: Incident, ds: DatasetFindings, findings: Findings): Section {
  return section(
    "Contributing factors and hypotheses",
    [
      "The counts show when and how much, not why. Each hypothesis below is to be confirmed or ruled out " +
        "with the owning team before the postmortem is closed.",
    ],
    [...kindHypotheses(i, ds), ...referenceFactors(i, ds), ...previousDayFactors(i, ds, findings)],
  );
}

function kindHypotheses(i: Incident, ds: DatasetFindings): string[] {
  const start = hourClock(i.startHour);
  switch (i.kind) {
    case "outage":
      return [
        `Hypothesis: payment provider or POS connectivity failure. Sales fell to ${outageLevel(i, ds)} at ` +
          `${hourSet(i.outageHours)}, the pattern of a shared dependency failing rather than fewer customers.`,
        `Hypothesis: a deployment or configuration change shortly before ${start}.`,
        ...edgeHours(i),
      ];
    case "drop":
      return [
        `Hypothesis: partial degradation (some terminals, stores or one payment method failing): counts fell ` +
          `${formatChange(i.observed / Math.max(i.expected, 1) - 1)} but not to zero.`,
        `Hypothesis: slow checkouts (latency in payment authorisation) limiting throughput from ${start}.`,
        `Hypothesis: a deployment or configuration change shortly before ${start}.`,
      ];
    case "spike":
      return [
        `Hypothesis: a promotion or campaign starting at ${start}.`,
        `Hypothesis: a retry storm or duplicate transactions, counted twice after payment timeouts.`,
        catchupFactor(i, ds),
      ];
    case "late_start":
      return [
        `Hypothesis: stores or POS terminals opened late (staffing, opening procedure, terminals failing to start or sync).`,
        `Hypothesis: opening hours changed for the day (schedule, holiday) without the references knowing.`,
        i.catchupHour === null
          ? "Evidence: no above-normal hour followed, so the demand was probably lost rather than delayed."
          : `Evidence: ${catchupPhrase(i)}, which suggests customers were delayed, not lost.`,
      ];
  }
}

function outageLevel(i: Incident, ds: DatasetFindings): string {
  const observed = ds.hours.filter((h) => i.outageHours.includes(h.hour)).reduce((a, h) => a + h.observed, 0);
  return observed === 0 ? "zero" : `${formatCount(observed)} checkouts in all`;
}

/** Partial hours around an outage's core suggest a gradual onset or recovery. */
function edgeHours(i: Incident): string[] {
  const edges = i.hours.filter((h) => !i.outageHours.includes(h));
  if (edges.length === 0) return [];
  return [
    `Evidence: ${hourSet(edges)} sold below expected but not nothing, so the failure came or went gradually ` +
      `(terminals failing or recovering one by one, a rollout or rollback) rather than at one switch.`,
  ];
}

/** A spike right after a down incident of the same day may be the trade that was held back. */
function catchupFactor(i: Incident, ds: DatasetFindings): string {
  const before = ds.incidents.filter((o) => o.direction === "down" && o.endHour < i.startHour).at(-1);
  if (!before)
    return `Hypothesis: catch-up after an earlier incident is unlikely: no down incident precedes it in ${ds.id}.`;
  return (
    `Hypothesis: catch-up after the ${kindName(before.kind)} at ${hourRange(before.startHour, before.endHour)}, ` +
    `trade held back then and made up at ${hourLabel(i.startHour)}.`
  );
}

/** Reference notes on the incident's hours: an expectation resting on a weak reference would mislead. */
function referenceFactors(i: Incident, ds: DatasetFindings): string[] {
  return notesOnIncident(i, ds).map(({ note, hours }) => {
    const outside = note.hours.filter((h) => !hours.includes(h));
    const also =
      outside.length > 0 ? ` The note also covers ${hourSet(outside)}, outside this incident.` : "";
    return (
      `Reference: ${note.text}${also} Compared with ${note.reference} alone, the gap at ${hourSet(hours)} ` +
      `would look different; the expected count rests on all references for this reason.`
    );
  });
}

/** The same hours on the previous day, when a relation links the files. */
function previousDayFactors(i: Incident, ds: DatasetFindings, findings: Findings): string[] {
  const previous = previousDay(ds, findings.datasets, findings.relations);
  return sameHourIncidents(i, previous).map(
    (o) =>
      `Previous day: ${previous!.id} had a ${o.severity} ${kindName(o.kind)} at ${hourRange(o.startHour, o.endHour)} too. ` +
      `Hypothesis: a cause that repeats at these hours (a schedule, a batch job, an opening routine) rather than a one-off.`,
  );
}
