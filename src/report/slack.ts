// Slack messages for each phase of an incident, in Slack mrkdwn (*bold*,
// bullet lines, `code`), filled with the incident's real figures. The
// "resolved" phase claims resolution only when the data show a recovery.
import { config } from "../config.ts";
import type { DatasetFindings, HourVerdict, Incident } from "../analysis/types.ts";
import {
  checkoutsWord,
  formatCount,
  formatPercent,
  formatScore,
  hourClock,
  hourLabel,
  hourRange,
  hourSet,
  hourWindow,
} from "./format.ts";
import { alertEvidence } from "./alertRule.ts";
import { alertHour, alertTrigger, backInBandHour, lastHourOf, verdictAt } from "./incidentFacts.ts";
import { closedHoursPhrase, knownSoFar, provisionalSeverity, type KnownSoFar } from "./knownSoFar.ts";
import { leadingHypothesis } from "./runbookSteps.ts";
import { catchupPhrase, impactWord, kindName, notRecoveredPhrase, outageCore, shareOfDay } from "./terms.ts";

export type SlackPhase = "investigating" | "identified" | "monitoring" | "resolved";

/** One ready-to-paste message. */
export interface SlackMessage {
  phase: SlackPhase;
  title: string;
  text: string;
}

/** The four messages of an incident: investigating, identified, monitoring and resolved. */
export function slackMessages(i: Incident, ds: DatasetFindings): SlackMessage[] {
  return [investigating(i, ds), identified(i, ds), monitoring(i, ds), resolved(i, ds)];
}

const bullets = (lines: string[]) =>
  lines
    .filter(Boolean)
    .map((line) => `• ${line}`)
    .join("\n");
const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const tag = (i: Incident) => `[${i.severity}]`;
const severityLine = (i: Incident) => `*Severity:* ${i.severity}, ${i.severityReason}`;

// Investigating and identified are posted while the incident runs: they
// carry only the hours closed by then and a provisional severity. The
// final window, impact and severity wait for monitoring and resolved.
function investigating(i: Incident, ds: DatasetFindings): SlackMessage {
  const { at, decidedBy } = alertTrigger(i, ds);
  const known = knownSoFar(i, ds, at);
  const direction = i.direction === "down" ? "below" : "above";
  return {
    phase: "investigating",
    title: `Investigating: ${ds.id} ${direction} expected since ${hourClock(known.hours[0] ?? at)}`,
    text:
      `:rotating_light: *[${known.severity}] Investigating: \`${ds.id}\` checkouts ${direction} expected*\n` +
      bullets([
        `Alert at *${hourClock(at + 1)}*: ${alertEvidence(decidedBy, (t) => `*${t}*`)}`,
        known.hours.length > 1 ? `*So far:* ${closedHoursPhrase(known)}` : "",
        `*Severity:* ${provisionalSeverity(known)}`,
        `Checking now: ${leadingHypothesis(i.kind)}`,
        `Next update when the next hour closes, at ${hourClock(at + 2)}`,
      ]),
  };
}

/** Posted one hour after the alert, when the next hour has closed. */
function identified(i: Incident, ds: DatasetFindings): SlackMessage {
  const upTo = alertHour(i, ds) + 1;
  const known = knownSoFar(i, ds, upTo);
  // An outage is named once an outage hour has closed; before that it reads as a drop.
  const kind = i.kind === "outage" && known.outageHours.length === 0 ? "drop" : i.kind;
  const since = hourLabel(known.hours[0]!);
  return {
    phase: "identified",
    title: `Identified: ${known.severity} ${kindName(kind)} in ${ds.id} since ${since}`,
    text:
      `:mag: *[${known.severity}] Identified: ${kindName(kind)} in \`${ds.id}\` since ${since}*\n` +
      bullets([
        `*At ${hourClock(upTo + 1)}*, ${hourLabel(upTo)} closed. *So far:* ${closedHoursPhrase(known)}`,
        outageSoFar(known, ds),
        `*Checkouts ${impactWord(i.direction)} so far:* ${formatCount(known.gap)}; the range follows when counts are back`,
        `*Severity:* ${provisionalSeverity(known)}`,
        `*Leading hypothesis, to be confirmed:* ${leadingHypothesis(i.kind)}`,
      ]),
  };
}

/** The outage hours closed so far, when they are not all of the hours so far. */
function outageSoFar(known: KnownSoFar, ds: DatasetFindings): string {
  if (known.outageHours.length === 0 || known.outageHours.length === known.hours.length) return "";
  const core = ds.hours.filter((h) => known.outageHours.includes(h.hour));
  const observed = core.reduce((a, h) => a + h.observed, 0);
  const expected = core.reduce((a, h) => a + h.expected, 0);
  return (
    `*Outage hours* (at or below ${formatPercent(config.outageShare)} of expected) ${hourSet(known.outageHours)}: ` +
    `*${formatCount(observed)}* ${checkoutsWord(observed)} where *${formatCount(expected)}* were expected`
  );
}

function coreLine(i: Incident, ds: DatasetFindings): string {
  const core = outageCore(i, ds);
  // When every hour of the incident is an outage hour the window line says it all.
  if (!core || core.hours.length === i.hours.length) return "";
  const contiguous = core.hours.at(-1)! - core.hours[0]! === core.hours.length - 1;
  const where = contiguous
    ? `${hourWindow(core.hours[0]!, core.hours.at(-1)!)} (${hourSet(core.hours)})`
    : hourSet(core.hours);
  return `*Outage:* *${formatCount(core.observed)}* checkouts in ${where} where *${formatCount(core.expected)}* were expected`;
}

function catchupLine(i: Incident, ds: DatasetFindings): string {
  const phrase = catchupPhrase(i);
  return phrase ? `*Catch-up:* ${phrase}` : "";
}

function monitoring(i: Incident, ds: DatasetFindings): SlackMessage {
  const recovery = verdictAt(ds, i.recoveryHour);
  if (!recovery) {
    const last = verdictAt(ds, lastHourOf(ds))!;
    return {
      phase: "monitoring",
      title: `Monitoring: no recovery in ${ds.id} yet`,
      text:
        `:hourglass: *${tag(i)} Monitoring: \`${ds.id}\` not back to normal*\n` +
        bullets([
          `${capitalise(notRecoveredPhrase(i, ds))}; last hour ${hourLabel(last.hour)}: *${formatCount(last.observed)}* ` +
            `${checkoutsWord(last.observed)} where *${formatCount(last.expected)}* were expected`,
          // The day's data ends at 23h: no later hour will close in these files.
          last.hour >= 23
            ? "Mitigation still in progress; the next update comes with the next day's data"
            : "Mitigation still in progress; next update when the next hour closes",
        ]),
    };
  }
  const band = backInBandHour(i, ds);
  return {
    phase: "monitoring",
    title: `Monitoring: ${ds.id} back to normal at ${hourLabel(recovery.hour)}`,
    text:
      `:eyes: *${tag(i)} Monitoring: \`${ds.id}\` counts back at ${hourLabel(recovery.hour)}*\n` +
      bullets([
        `${hourLabel(recovery.hour)}: *${formatCount(recovery.observed)}* checkouts where *${formatCount(recovery.expected)}* ` +
          `were expected (normal band ${formatCount(recovery.expectedLow)}–${formatCount(recovery.expectedHigh)})`,
        band !== null && band !== recovery.hour ? `Back inside the normal band from ${hourLabel(band)}` : "",
        catchupLine(i, ds),
        `*Incident:* ${hourWindow(i.startHour, i.endHour)} (${hourRange(i.startHour, i.endHour)}): ` +
          `*${formatCount(i.observed)}* checkouts where *${formatCount(i.expected)}* were expected`,
        severityLine(i),
        "Watching the next hour before resolving",
      ]),
  };
}

function resolved(i: Incident, ds: DatasetFindings): SlackMessage {
  const impact =
    `*${formatCount(i.impact.estimate)}* checkouts ${impactWord(i.direction)} ` +
    `(range ${formatCount(i.impact.low)}–${formatCount(i.impact.high)}), ` +
    `${formatPercent(shareOfDay(i, ds.figures.expectedTotal), 1)} of the day's expected volume`;
  if (i.recoveryHour === null) {
    return {
      phase: "resolved",
      title: `Not resolved: ${ds.id} still open at end of day`,
      text:
        `:warning: *${tag(i)} Not resolved: ${kindName(i.kind)} in \`${ds.id}\` still open at the end of the day*\n` +
        bullets([
          `${capitalise(notRecoveredPhrase(i, ds))}; do not close the incident`,
          `*So far:* ${impact}`,
          severityLine(i),
          "Hand over to the next on-call engineer with the next day's first hours to watch",
        ]),
    };
  }
  return {
    phase: "resolved",
    title: `Resolved: ${i.severity} ${kindName(i.kind)} in ${ds.id}`,
    text:
      `:white_check_mark: *${tag(i)} Resolved: ${kindName(i.kind)} in \`${ds.id}\`*\n` +
      bullets([
        `*Window:* ${hourWindow(i.startHour, i.endHour)} (${hourRange(i.startHour, i.endHour)}); ` +
          `back to normal at ${hourLabel(i.recoveryHour)}`,
        coreLine(i, ds),
        catchupLine(i, ds),
        `*Impact:* *${formatCount(i.observed)}* checkouts where *${formatCount(i.expected)}* were expected; ${impact}`,
        severityLine(i),
        "Postmortem with timeline, hypotheses and action items to follow",
      ]),
  };
}
