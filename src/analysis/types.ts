// The Findings object: one per build, serialisable, read by every page, the
// CLI and the tests. Field names are the contract of findings.json (see
// ../shared/eval/README.md for the part the scorer reads).

export const REFERENCE_NAMES = [
  "yesterday",
  "same_day_last_week",
  "avg_last_week",
  "avg_last_month",
] as const;
export type ReferenceName = (typeof REFERENCE_NAMES)[number];

export type HourStatus = "normal" | "drop" | "outage" | "spike";
export type IncidentKind = "outage" | "drop" | "spike" | "late_start";
export type Direction = "down" | "up";
export type Severity = "P1" | "P2" | "P3";

/** One validated CSV row. */
export interface HourRow {
  hour: number; // 0..23
  label: string; // "00h".."23h"
  line: number; // line in the CSV file, for messages
  today: number;
  references: Record<ReferenceName, number>;
}

/** One validated CSV file: exactly 24 hours, sorted. */
export interface Day {
  id: string;
  file: string;
  hours: HourRow[];
}

/** Which test flagged an hour: alone, as part of a window, or beside an incident. */
export type FlagRule = "hour" | "window" | "neighbour";

/** A window of consecutive hours tested as one summed count. */
export interface WindowEvidence {
  start: number;
  end: number;
  observed: number;
  expected: number;
  score: number;
  threshold: number;
}

/** What the test of one hour concluded, with its evidence. */
export interface HourVerdict {
  hour: number;
  label: string;
  observed: number;
  references: Record<ReferenceName, number>;
  expected: number; // expected count for this hour
  expectedLow: number; // plausible range of a normal count (prediction band)
  expectedHigh: number;
  used: ReferenceName[]; // the references the expected count rests on
  rejected: ReferenceName[]; // a single-day reference left out: it disagreed with the others
  deviation: number; // observed - expected
  ratio: number | null; // observed / expected, null when expected is 0
  pValue: number; // one-sided tail probability in the observed direction
  score: number; // -log10(pValue), signed: negative below expected
  threshold: number; // |score| needed to flag after multiple-test correction
  tested: boolean; // false when the hour is below the minimum volume
  status: HourStatus;
  rule: FlagRule | null; // which test flagged the hour
  /** Not flagged, but beyond every reference used: worth a look (see watchHours.ts). */
  watch: "above" | "below" | null;
  window: WindowEvidence | null; // the window test, when it decided
}

export interface Range {
  estimate: number;
  low: number;
  high: number;
  basis: string;
  /** The same figure against each reference alone, scaled to today's level. */
  byReference: Record<ReferenceName, number>;
}

export interface Incident {
  id: string; // e.g. "checkout_2-1"
  datasetId: string;
  kind: IncidentKind;
  direction: Direction;
  severity: Severity;
  severityReason: string;
  startHour: number;
  endHour: number; // inclusive
  hours: number[];
  catchupHour: number | null; // late start: the above-normal hour after
  catchupExcess: number; // checkouts above expected in the catch-up hour; 0 without one
  outageHours: number[]; // hours with (almost) no sales, the core of an outage
  observed: number; // sum over the incident hours
  expected: number;
  /** Transactions missing (down) or in excess (up), always >= 0. */
  impact: Range;
  peakHour: number; // hour with the strongest score
  recoveryHour: number | null; // first normal hour after the incident
  recovered: boolean;
}

export interface ReferenceTotals {
  today: number;
  yesterday: number;
  same_day_last_week: number;
  avg_last_week: number;
  avg_last_month: number;
}

export interface DayFigures {
  totals: ReferenceTotals;
  expectedTotal: number;
  changeVsYesterday: number | null; // fraction, e.g. -0.19
  changeVsSameDayLastWeek: number | null;
  missing: number; // sum of down-incident impact estimates
  excess: number; // sum of up-incident impact estimates
  shareLost: number; // missing / expectedTotal
}

/** A reference that was itself unusual on hours we flag or report. */
export interface ReferenceNote {
  reference: ReferenceName;
  hours: number[];
  text: string;
}

/**
 * The whole day's level stands apart from both single-day references
 * (yesterday and the same day last week) by more than the minimum effect:
 * a slump or surge of the whole day, or an outage so long that today's own
 * hours cannot give its level. The expected counts are then anchored on
 * the nearer of the two references instead of on today.
 */
export interface DayShift {
  direction: Direction;
  anchor: ReferenceName; // the single-day reference the expected counts follow
  levelVsYesterday: number; // today's day total over yesterday's (1 = same)
  levelVsSameDayLastWeek: number; // today's day total over same_day_last_week's
}

export interface DatasetFindings {
  id: string;
  file: string;
  hours: HourVerdict[];
  incidents: Incident[];
  figures: DayFigures;
  referenceNotes: ReferenceNote[];
  referenceFits: { reference: ReferenceName; level: number; mismatch: number }[];
  dispersion: number; // day-to-day overdispersion used by the tests
  dayShift: DayShift | null;
}

export interface Relation {
  kind: "consecutive";
  earlierId: string;
  laterId: string;
  text: string;
}

export interface Findings {
  detector: { name: string; version: string; settings: Record<string, unknown> };
  generatedAt: string; // ISO time of the build
  datasets: DatasetFindings[];
  relations: Relation[];
}
