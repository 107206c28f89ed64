// A fixed day for chart snapshots: independent of the detector, so a chart
// snapshot changes only when the chart code does.
import type { DatasetFindings, HourVerdict, Incident } from "../../src/analysis/types.ts";

const SHAPE = [2, 1, 1, 0, 0, 1, 3, 8, 16, 30, 45, 46, 41, 39, 39, 43, 40, 34, 29, 29, 27, 27, 24, 14];
const OUTAGE = [15, 16, 17];

function hour(h: number): HourVerdict {
  const expected = SHAPE[h]!;
  const observed = OUTAGE.includes(h) ? 0 : expected;
  return {
    hour: h,
    label: `${String(h).padStart(2, "0")}h`,
    observed,
    references: {
      yesterday: expected + 2,
      same_day_last_week: expected - 1,
      avg_last_week: expected * 0.7,
      avg_last_month: expected * 0.6,
    },
    expected,
    expectedLow: Math.floor(expected * 0.6),
    expectedHigh: Math.ceil(expected * 1.4 + 2),
    used: ["yesterday", "same_day_last_week", "avg_last_week", "avg_last_month"],
    rejected: [],
    deviation: observed - expected,
    ratio: expected > 0 ? observed / expected : null,
    pValue: OUTAGE.includes(h) ? 1e-15 : 0.5,
    score: OUTAGE.includes(h) ? -15 : 0.3,
    threshold: 3.2,
    tested: expected >= 3,
    status: OUTAGE.includes(h) ? "outage" : "normal",
    rule: OUTAGE.includes(h) ? "hour" : null,
    watch: h === 8 ? "above" : null,
    window: null,
  };
}

const outage: Incident = {
  id: "fixture-1",
  datasetId: "fixture",
  kind: "outage",
  direction: "down",
  severity: "P1",
  severityReason: "fixture",
  startHour: 15,
  endHour: 17,
  hours: OUTAGE,
  catchupHour: null,
  catchupExcess: 0,
  observed: 0,
  expected: 117,
  impact: {
    estimate: 117,
    low: 80,
    high: 150,
    basis: "fixture",
    byReference: { yesterday: 123, same_day_last_week: 114, avg_last_week: 82, avg_last_month: 70 },
  },
  peakHour: 15,
  recoveryHour: 18,
  recovered: true,
  outageHours: OUTAGE,
};

export const fixtureDay: DatasetFindings = {
  id: "fixture",
  file: "fixture.csv",
  hours: SHAPE.map((_, h) => hour(h)),
  incidents: [outage],
  figures: {
    totals: { today: 422, yesterday: 587, same_day_last_week: 515, avg_last_week: 377, avg_last_month: 323 },
    expectedTotal: 539,
    changeVsYesterday: -0.28,
    changeVsSameDayLastWeek: -0.18,
    missing: 117,
    excess: 0,
    shareLost: 0.217,
  },
  referenceNotes: [],
  referenceFits: [],
  dispersion: 0.01,
  dayShift: null,
};
