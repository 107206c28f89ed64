// The factual sections of a postmortem: what happened, how bad, how it
// would have been detected and how it recovered, all read off the Findings.
import { config } from "../config.ts";
import { REFERENCE_NAMES } from "../analysis/types.ts";
import type { DatasetFindings, HourVerdict, Incident } from "../analysis/types.ts";
import {
  formatChange,
  formatCount,
  formatPercent,
  formatScore,
  hourClock,
  hourLabel,
  hourRange,
  hourSet,
  hourWindow,
} from "./format.ts";
import { alertEvidence, alertRuleItems } from "./alertRule.ts";
import {
  afterRecovery,
  alertTrigger,
  backInBandHour,
  lastHourOf,
  neighbourHours,
  verdictAt,
} from "./incidentFacts.ts";
import { closedHoursPhrase, knownAtAlert, provisionalSeverity } from "./knownSoFar.ts";
import { section, type Section } from "./section.ts";
import {
  catchupPhrase,
  hasQuietHours,
  impactWord,
  kindName,
  notRecoveredPhrase,
  outageCorePhrase,
  shareOfDay,
  spanPhrase,
} from "./terms.ts";
import { incidentSummary, recoverySentence } from "./verdict.ts";

/** Summary: the incident in two or three sentences. */
export function summarySection(i: Incident, ds: DatasetFindings): Section {
  return section("Summary", [incidentSummary(i, ds)]);
}

/** Severity with the analysis' reason, and whether the incident is over in the data. */
export function severitySection(i: Incident, ds: DatasetFindings): Section {
  const status = i.recovered
    ? `Status: resolved in the data, counts back to normal from ${hourLabel(i.recoveryHour!)}.`
    : `Status: open, ${notRecoveredPhrase(i, ds)}.`;
  return section("Severity and status", [
    `Severity ${i.severity}: ${i.severityReason}. The runbook's severity table gives the rule for each level.`,
    status,
  ]);
}

/** Impact: observed against expected, the range missing or in excess with its basis, share of day. */
export function impactSection(i: Incident, ds: DatasetFindings): Section {
  const { estimate, low, high, basis, byReference } = i.impact;
  const word = impactWord(i.direction);
  const change = i.expected > 0 ? ` (${formatChange(i.observed / i.expected - 1)})` : "";
  const perReference = REFERENCE_NAMES.map((name) => `${name} ${formatCount(byReference[name])}`).join(", ");
  const { totals, changeVsYesterday } = ds.figures;
  const day =
    changeVsYesterday === null
      ? ""
      : `The day closed at ${formatCount(totals.today)} checkouts, ${formatChange(changeVsYesterday)} against yesterday's ` +
        `${formatCount(totals.yesterday)}.`;

  return section(
    "Impact",
    [
      `${hourWindow(i.startHour, i.endHour)} (${spanPhrase(i)})` +
        `${hasQuietHours(i) ? ". Over the flagged hours" : ""}: ` +
        `${formatCount(i.observed)} checkouts against ${formatCount(i.expected)} expected${change}.`,
      day,
    ],
    [
      `Checkouts ${word}: ${formatCount(estimate)}, range ${formatCount(low)}–${formatCount(high)}. Basis: ${basis}.`,
      `Against each reference alone, checkouts ${word}: ${perReference}.`,
      `Share of the day: ${formatPercent(shareOfDay(i, ds.figures.expectedTotal), 1)} of the ` +
        `${formatCount(ds.figures.expectedTotal)} checkouts expected for the whole day.`,
      outageCorePhrase(i, ds) ? `Outage core: ${outageCorePhrase(i, ds)}.` : "",
      i.catchupHour === null ? "" : catchupItem(i, ds),
    ],
  );
}

function catchupItem(i: Incident, ds: DatasetFindings): string {
  const h = verdictAt(ds, i.catchupHour)!;
  return (
    `Catch-up at ${hourLabel(h.hour)}: ${formatCount(h.observed)} checkouts against ${formatCount(h.expected)} ` +
    `expected; ${catchupPhrase(i)}.`
  );
}

/**
 * Detection: the alert rule from the configuration, applied to the hour
 * whose close fires the alert. Counts are hourly, so an alert can fire only
 * once an hour has closed.
 */
export function detectionSection(i: Incident, ds: DatasetFindings): Section {
  const { at, decidedBy } = alertTrigger(i, ds);
  const neighbours = neighbourHours(i, ds).filter((hour) => hour !== decidedBy.hour);
  // An alert fired once an outage hour has closed is an outage alert from the start.
  const firstOutage = i.outageHours.some((hour) => hour <= at)
    ? undefined
    : i.outageHours.find((hour) => hour > at);
  return section(
    "Detection",
    [
      `The alert would have fired at ${hourClock(at + 1)}, when ${hourLabel(at)} closed. ${alertEvidence(decidedBy)}.`,
      knownThen(i, ds),
      firstOutage === undefined
        ? ""
        : `It would have become an outage alert at ${hourClock(firstOutage + 1)}, when ${hourLabel(firstOutage)} closed ` +
          `at or below ${formatPercent(config.outageShare)} of expected.`,
      neighbours.length === 0
        ? ""
        : `${hourSet(neighbours)} joined the incident afterwards as neighbours of flagged hours, each tested on its own ` +
          `at the day's false-alarm rate of ${config.alphaPerDay}.`,
      `The alert rule, as configured:`,
    ],
    alertRuleItems(ds),
  );
}

/** What the responder knew at the alert, against the final figures known only once the incident was over. */
function knownThen(i: Incident, ds: DatasetFindings): string {
  const known = knownAtAlert(i, ds);
  const final =
    known.severity === i.severity
      ? `confirmed as ${i.severity} once the incident was over`
      : `raised to ${i.severity} once the incident was over (${i.severityReason})`;
  return `Known at that time: ${closedHoursPhrase(known)}; severity ${provisionalSeverity(known)}, ${final}.`;
}

/** Recovery as seen in the data: the first normal hour and whether counts came back into their band. */
export function recoverySection(i: Incident, ds: DatasetFindings): Section {
  const paragraphs = [recoverySentence(i, ds)];
  const recovery = verdictAt(ds, i.recoveryHour);
  const band = backInBandHour(i, ds);
  if (recovery && band !== recovery.hour) {
    paragraphs.push(
      `${hourLabel(recovery.hour)} tested as normal with ${formatCount(recovery.observed)} checkouts, yet below its ` +
        `band of ${formatCount(recovery.expectedLow)}–${formatCount(recovery.expectedHigh)}; ` +
        (band === null
          ? "no later hour came back inside its normal band."
          : `counts were back inside the normal band from ${hourLabel(band)}.`),
    );
  }
  const after = afterRecovery(i, ds);
  if (after.hours.length > 0) {
    paragraphs.push(
      `From ${hourLabel(after.hours[0]!.hour)} to the end of the day, ${after.inBand} of ${after.hours.length} ` +
        `hours were inside their normal band.`,
    );
  }
  if (i.kind === "late_start") paragraphs.push(lateStartRecovery(i, ds));
  return section("Recovery", paragraphs);
}

function lateStartRecovery(i: Incident, ds: DatasetFindings): string {
  if (i.catchupHour === null)
    return "No above-normal hour followed the late start: the missed demand did not come back later.";
  const phrase = catchupPhrase(i);
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} in the ${kindName(i.kind)}.`;
}
