import { config } from "../config.ts";
import { loadDays } from "../data/loadDays.ts";
import { dayFigures } from "./dayFigures.ts";
import { detectDay } from "./detectDay.ts";
import { normalBand } from "./hourTest.ts";
import { buildIncidents } from "./incidents.ts";
import { referenceNotes } from "./referenceNotes.ts";
import { findRelations } from "./relations.ts";
import { watchDirection } from "./watchHours.ts";
import type { Day, DatasetFindings, Findings, HourVerdict } from "./types.ts";

export const DETECTOR = { name: "reference-ensemble negative-binomial test", version: "1" };

/** The whole analysis of a set of days: the one Findings object of a build. */
export function analyzeDays(days: Day[], now = new Date()): Findings {
  return {
    detector: { ...DETECTOR, settings: { ...config } },
    generatedAt: now.toISOString(),
    datasets: days.map(analyzeDay),
    relations: findRelations(days),
  };
}

/** Read the CSV files or folders in `paths` and analyse them. */
export function analyzePaths(paths: string[], now = new Date()): Findings {
  return analyzeDays(loadDays(paths), now);
}

export function analyzeDay(day: Day): DatasetFindings {
  const detection = detectDay(day);
  const expectedTotal = detection.hours.reduce((a, h) => a + h.estimate.expected, 0);
  const incidents = buildIncidents(day.id, detection.hours, expectedTotal, detection.shift);

  const hours = detection.hours.map((h, i): HourVerdict => {
    const row = day.hours[i]!;
    const expected = h.estimate.expected;
    const band = normalBand(expected, h.extraVariance);
    return {
      hour: h.hour,
      label: row.label,
      observed: h.observed,
      references: row.references,
      expected,
      expectedLow: band.low,
      expectedHigh: band.high,
      used: h.estimate.used,
      rejected: h.estimate.rejected,
      deviation: h.observed - expected,
      ratio: expected > 0 ? h.observed / expected : null,
      pValue: h.test.pValue,
      score: h.test.score,
      threshold: h.threshold,
      tested: h.tested,
      status: h.status,
      rule: h.rule,
      watch: watchDirection(h),
      window: h.window,
    };
  });

  return {
    id: day.id,
    file: day.file,
    hours,
    incidents,
    figures: dayFigures(day, expectedTotal, incidents),
    referenceNotes: referenceNotes(detection.hours, incidents),
    referenceFits: detection.fits,
    dispersion: detection.dispersion,
    dayShift: detection.shift,
  };
}
