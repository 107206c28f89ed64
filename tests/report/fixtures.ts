// Hand-made Findings for edge cases the real files do not have: a normal
// day, an incident still open at the end of the day.
import type {
  DatasetFindings,
  Findings,
  HourStatus,
  HourVerdict,
  Incident,
} from "../../src/analysis/types.ts";
import { hourLabel } from "../../src/report/format.ts";

const REFERENCES = { yesterday: 20, same_day_last_week: 20, avg_last_week: 20, avg_last_month: 20 };

/** One hour expected at 20 with a 10–30 band; observed and status as given. */
export function hourVerdict(
  hour: number,
  observed = 20,
  status: HourStatus = "normal",
  extra: Partial<HourVerdict> = {},
): HourVerdict {
  const expected = 20;
  return {
    hour,
    label: hourLabel(hour),
    observed,
    references: REFERENCES,
    expected,
    expectedLow: 10,
    expectedHigh: 30,
    used: ["yesterday", "same_day_last_week", "avg_last_week", "avg_last_month"],
    rejected: [],
    deviation: observed - expected,
    ratio: observed / expected,
    pValue: status === "normal" ? 0.4 : 1e-12,
    score: status === "normal" ? 0.4 : -12,
    threshold: 3.38,
    tested: true,
    status,
    rule: status === "normal" ? null : "hour",
    watch: null,
    window: null,
    ...extra,
  };
}

/** A day of 24 normal hours, 480 checkouts against 480 expected, with overrides by hour. */
export function dataset(
  id: string,
  overrides: Record<number, HourVerdict> = {},
  incidents: Incident[] = [],
): DatasetFindings {
  const hours = Array.from({ length: 24 }, (_, h) => overrides[h] ?? hourVerdict(h));
  const today = hours.reduce((a, h) => a + h.observed, 0);
  const missing = incidents.filter((i) => i.direction === "down").reduce((a, i) => a + i.impact.estimate, 0);
  return {
    id,
    file: `${id}.csv`,
    hours,
    incidents,
    referenceNotes: [],
    referenceFits: [],
    dispersion: 0.01,
    dayShift: null,
    figures: {
      totals: { today, yesterday: 480, same_day_last_week: 480, avg_last_week: 480, avg_last_month: 480 },
      expectedTotal: 480,
      changeVsYesterday: today / 480 - 1,
      changeVsSameDayLastWeek: today / 480 - 1,
      missing,
      excess: 0,
      shareLost: missing / 480,
    },
  };
}

/** An outage from 20h to the end of the day (23h) with no recovery: 0 checkouts where 80 were expected. */
export function openOutageDay(): DatasetFindings {
  const hours = [20, 21, 22, 23];
  const incident: Incident = {
    id: "late_night-1",
    datasetId: "late_night",
    kind: "outage",
    direction: "down",
    severity: "P1",
    severityReason: "4 hours without sales (16.7 % of the day's expected volume missing)",
    startHour: 20,
    endHour: 23,
    hours,
    catchupHour: null,
    outageHours: hours,
    observed: 0,
    expected: 80,
    impact: { estimate: 80, low: 66, high: 95, basis: "test interval", byReference: REFERENCES_GAP },
    peakHour: 20,
    recoveryHour: null,
    recovered: false,
  };
  const overrides = Object.fromEntries(hours.map((h) => [h, hourVerdict(h, 0, "outage")]));
  return dataset("late_night", overrides, [incident]);
}

const REFERENCES_GAP = { yesterday: 80, same_day_last_week: 80, avg_last_week: 80, avg_last_month: 80 };

/** Findings holding the given datasets and no relation between them. */
export function findingsOf(...datasets: DatasetFindings[]): Findings {
  return {
    detector: { name: "fixture", version: "0", settings: {} },
    generatedAt: "2026-01-01T00:00:00.000Z",
    datasets,
    relations: [],
  };
}
