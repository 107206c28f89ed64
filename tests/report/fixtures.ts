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
    catchupExcess: 0,
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

/** A down incident of the given hours, with the figures summed from the fixture's hour verdicts. */
function downIncident(ds: DatasetFindings, fields: Partial<Incident> & { hours: number[] }): Incident {
  const flagged = ds.hours.filter((h) => fields.hours.includes(h.hour));
  const observed = flagged.reduce((a, h) => a + h.observed, 0);
  const expected = flagged.reduce((a, h) => a + h.expected, 0);
  const gap = expected - observed;
  return {
    id: `${ds.id}-1`,
    datasetId: ds.id,
    kind: "drop",
    direction: "down",
    severity: "P2",
    severityReason: "fixture",
    startHour: fields.hours[0]!,
    endHour: fields.hours.at(-1)!,
    catchupHour: null,
    outageHours: flagged.filter((h) => h.status === "outage").map((h) => h.hour),
    observed,
    expected,
    impact: {
      estimate: gap,
      low: gap - 5,
      high: gap + 5,
      basis: "fixture",
      byReference: { yesterday: gap, same_day_last_week: gap, avg_last_week: gap, avg_last_month: gap },
    },
    peakHour: fields.hours[0]!,
    recoveryHour: fields.hours.at(-1)! + 1,
    recovered: true,
    ...fields,
    catchupExcess: fields.catchupExcess ?? catchupExcessOf(ds, fields.catchupHour ?? null),
  };
}

/** As the analysis computes it: the catch-up hour's checkouts above expected, 0 without one. */
function catchupExcessOf(ds: DatasetFindings, hour: number | null): number {
  const h = hour === null ? undefined : ds.hours.find((v) => v.hour === hour);
  return h ? Math.max(0, Math.round(h.observed - h.expected)) : 0;
}

/**
 * A night outage found by the window test: 00h (0 of 9 expected) is not
 * significant alone, but 00h–01h together, 0 where 12 were expected, pass
 * the window threshold. 01h (0 of 3) does not lean with the window on its
 * own, so it stays normal; the window closes with it.
 */
export function windowNightDay(): DatasetFindings {
  const window = { start: 0, end: 1, observed: 0, expected: 12, score: -4.28, threshold: 4.1 };
  const ds = dataset("night", {
    0: hourVerdict(0, 0, "outage", {
      expected: 9,
      ratio: 0,
      score: -3.4,
      threshold: 4.1,
      rule: "window",
      window,
    }),
    1: hourVerdict(1, 0, "normal", { expected: 3, ratio: 0, score: -1.21, threshold: 3.56 }),
  });
  ds.incidents = [downIncident(ds, { kind: "outage", hours: [0], recoveryHour: 1 })];
  return ds;
}

/** A late start at 08h–09h (0 of 40 expected) followed by a catch-up at 10h with `catchup` checkouts over 20 expected. */
export function lateStartDay(catchup: number): DatasetFindings {
  const ds = dataset("opening", {
    8: hourVerdict(8, 0, "outage"),
    9: hourVerdict(9, 0, "outage"),
    10: hourVerdict(10, catchup, "spike", { score: 8 }),
  });
  ds.incidents = [
    downIncident(ds, {
      kind: "late_start",
      hours: [8, 9],
      catchupHour: 10,
      recoveryHour: 11,
      severity: "P1",
    }),
  ];
  return ds;
}

/**
 * An outage from 00h to 23h whose night hours 02h–07h were too quiet to
 * test: 18 flagged hours in a span of 24, open at the end of the day.
 */
export function quietNightOutageDay(): DatasetFindings {
  const flagged = Array.from({ length: 24 }, (_, h) => h).filter((h) => h < 2 || h > 7);
  const quiet = (h: number) =>
    hourVerdict(h, 0, "normal", { expected: 1, tested: false, ratio: 0, score: -0.4 });
  const ds = dataset("all_day", {
    ...Object.fromEntries(flagged.map((h) => [h, hourVerdict(h, 0, "outage")])),
    ...Object.fromEntries([2, 3, 4, 5, 6, 7].map((h) => [h, quiet(h)])),
  });
  ds.incidents = [
    downIncident(ds, {
      kind: "outage",
      hours: flagged,
      severity: "P1",
      recoveryHour: null,
      recovered: false,
    }),
  ];
  return ds;
}
