// Verdict sentences: what a day, an hour, an incident or a relation between
// files comes to, in words a reviewer can check against the numbers.
import { config } from "../config.ts";
import { REFERENCE_NAMES } from "../analysis/types.ts";
import type { DatasetFindings, HourVerdict, Incident, Relation } from "../analysis/types.ts";
import {
  formatChange,
  formatCount,
  formatPercent,
  formatProbability,
  formatScore,
  hourLabel,
  hourRange,
  hourWindow,
} from "./format.ts";
import { dayLevelClause, watchClause, withoutBaseline, withoutBaselineClause } from "./dayNotes.ts";
import { bySeverity, catchupPhrase, impactPhrase, kindName, outageCorePhrase, shareOfDay } from "./terms.ts";

// Up to three incidents are all named; beyond that the three most severe
// are named and the rest counted, so the sentence stays readable.
const NAMED_INCIDENTS = 3;

/**
 * One sentence for a dataset: a whole-day shift of level when there is one,
 * its most severe incidents or that no hour was flagged, and the hours
 * worth a look that were not flagged.
 */
export function datasetVerdict(ds: DatasetFindings): string {
  if (withoutBaseline(ds) && ds.incidents.length === 0) return `${ds.id}: ${withoutBaselineClause(ds)}.`;
  const level = dayLevelClause(ds);
  const watch = watchClause(ds);
  const clauses = [
    level,
    ds.incidents.length === 0 ? quietClause(ds, level !== "") : incidentsClause(ds),
    watch,
  ];
  return `${ds.id}: ${clauses.filter(Boolean).join("; ")}.`;
}

function quietClause(ds: DatasetFindings, shifted: boolean): string {
  const { totals, expectedTotal } = ds.figures;
  const tested = ds.hours.filter((h) => h.tested).length;
  return (
    `${shifted ? "" : "a normal day, "}none of the ${tested} tested hours was flagged; ` +
    `${formatCount(totals.today)} checkouts against ${formatCount(expectedTotal)} expected`
  );
}

function incidentsClause(ds: DatasetFindings): string {
  const { missing, shareLost } = ds.figures;

  const ranked = bySeverity(ds.incidents);
  const named = ranked.slice(0, NAMED_INCIDENTS).map((i) => incidentClause(i, ds));
  const rest = ranked.length - named.length;
  const others = rest > 0 ? `, and ${rest} more ${rest === 1 ? "incident" : "incidents"}` : "";
  const loss =
    missing > 0
      ? `; ${formatCount(missing)} checkouts missing in all, ${formatPercent(shareLost, 1)} of the day's expected volume`
      : "";
  const list =
    rest > 0 || named.length < 2 ? named.join(", ") : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return `${list}${others}${loss}`;
}

function incidentClause(i: Incident, ds: DatasetFindings): string {
  const core = outageCorePhrase(i, ds);
  const overall = `${formatCount(i.observed)} checkouts where ${formatCount(i.expected)} were expected`;
  const figures = core ? `${core}; ${overall} over the incident` : overall;
  const catchup = catchupPhrase(i);
  return (
    `${i.severity} ${kindName(i.kind)} at ${hourRange(i.startHour, i.endHour)} ` +
    `(${figures}, ${impactPhrase(i)}${catchup ? `; ${catchup}` : ""})`
  );
}

/**
 * Why an hour has its status: observed against expected, the references the
 * expectation rests on, the score against the day's threshold, and the rule
 * that decided (minimum volume, threshold, minimum effect, outage share).
 */
export function hourExplanation(h: HourVerdict): string {
  return (
    `${hourLabel(h.hour)}: ${formatCount(h.observed)} observed against ${formatCount(h.expected)} expected ` +
    `(normal band ${formatCount(h.expectedLow)}–${formatCount(h.expectedHigh)}; ${basisPhrase(h)}). ` +
    decisionSentence(h)
  );
}

function basisPhrase(h: HourVerdict): string {
  const outside =
    h.rejected.length > 0 ? `, leaving out ${h.rejected.join(", ")}, which disagreed with the others` : "";
  return `from the references ${h.used.join(", ")}${outside}`;
}

function decisionSentence(h: HourVerdict): string {
  const score =
    `Score ${formatScore(h.score)} (chance of a count this ${h.score < 0 ? "low" : "high"}: ` +
    `${formatProbability(h.pValue)})`;
  const threshold = `the day's threshold of ${h.threshold.toFixed(2)}`;
  const effect = h.ratio === null ? "" : `the change of ${formatChange(h.ratio - 1)}`;
  const minEffect = `the minimum effect of ${formatPercent(config.minEffect)}`;

  if (h.status !== "normal") return flaggedSentence(h, score, effect, minEffect);
  if (!h.tested) {
    const would =
      Math.abs(h.score) >= h.threshold
        ? ` (its score of ${formatScore(h.score)} would have passed ${threshold})`
        : "";
    return (
      `Not tested: the expected count is below the minimum volume of ${formatCount(config.minExpected)}, ` +
      `so the hour is shown but never flagged${would}.`
    );
  }
  const watch = h.watch === null ? "" : ` ${watchSentence(h)}`;
  if (Math.abs(h.score) < h.threshold)
    return `${score} is within ${threshold}, so the hour is normal.${watch}`;
  return `${score} passes ${threshold}, but ${effect} is smaller than ${minEffect}, so the hour is normal.${watch}`;
}

/** Which of the three tests flagged the hour, with that test's own evidence. */
function flaggedSentence(h: HourVerdict, score: string, effect: string, minEffect: string): string {
  const w = h.window;
  if (h.rule === "window" && w) {
    return (
      `Flagged with its window ${hourRange(w.start, w.end)}: together ${formatCount(w.observed)} observed against ` +
      `${formatCount(w.expected)} expected, window score ${formatScore(w.score)} past the window threshold of ` +
      `${w.threshold.toFixed(2)}; on its own, ${score.charAt(0).toLowerCase()}${score.slice(1)} leans the same way and ` +
      `${effect} exceeds ${minEffect}: ${statusReason(h)}.`
    );
  }
  if (h.rule === "neighbour") {
    return (
      `Flagged beside an incident hour, where one hour is one question tested at the day's false-alarm rate ` +
      `of ${config.alphaPerDay}: ${score} passes its threshold of ${h.threshold.toFixed(2)} and ${effect} exceeds ` +
      `${minEffect}: ${statusReason(h)}.`
    );
  }
  return `${score} passes the day's threshold of ${h.threshold.toFixed(2)} and ${effect} exceeds ${minEffect}: ${statusReason(h)}.`;
}

function watchSentence(h: HourVerdict): string {
  return (
    `Worth a look all the same: the count is ${h.watch} every reference the expected count rests on, ` +
    `with a chance below ${formatPercent(config.watchP)}.`
  );
}

function statusReason(h: HourVerdict): string {
  const share = formatPercent(config.outageShare);
  if (h.status === "outage") return `an outage, at or below ${share} of expected`;
  if (h.status === "drop") return `a drop, below expected but above the outage level of ${share}`;
  return "a spike, above expected";
}

/** Short title of an incident: "P1 outage in checkout_2, 14h–18h". */
export function incidentTitle(i: Incident): string {
  return `${i.severity} ${kindName(i.kind)} in ${i.datasetId}, ${hourRange(i.startHour, i.endHour)}`;
}

/** Two or three sentences: window, observed against expected, impact, recovery. */
export function incidentSummary(i: Incident, ds: DatasetFindings): string {
  const what =
    `During ${hourWindow(i.startHour, i.endHour)} ` +
    `(${hourRange(i.startHour, i.endHour)}) ${ds.id} recorded ${formatCount(i.observed)} checkouts ` +
    `where ${formatCount(i.expected)} were expected: ${article(i)} ${kindName(i.kind)} with ${impactPhrase(i)}, ` +
    `${formatPercent(shareOfDay(i, ds.figures.expectedTotal), 1)} of the day's expected volume.`;
  const core = outageCorePhrase(i, ds);
  const coreSentence = core ? ` At its core, ${core}.` : "";
  const phrase = catchupPhrase(i);
  const catchup = phrase ? ` ${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.` : "";
  return `${what}${coreSentence}${catchup} ${recoverySentence(i, ds)}`;
}

/** Whether and when counts came back, as seen in the data. */
export function recoverySentence(i: Incident, ds: DatasetFindings): string {
  if (i.recoveryHour === null) {
    const lastHour = ds.hours.at(-1)?.hour ?? i.endHour;
    return `Counts had not returned to normal by the end of the day (${hourLabel(lastHour)}).`;
  }
  return `Counts were back to normal from ${hourLabel(i.recoveryHour)}.`;
}

function article(i: Incident): string {
  return i.kind === "outage" ? "an" : "a";
}

/** How two datasets relate, from the relation's fields: which day came first and why we know. */
export function relationSentence(r: Relation): string {
  return (
    `${r.earlierId} is the day before ${r.laterId}: ${r.laterId}'s yesterday column equals ` +
    `${r.earlierId}'s today column hour for hour.`
  );
}
