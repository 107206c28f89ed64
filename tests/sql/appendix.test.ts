import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzePaths } from "../../src/analysis/analyze.ts";
import type { Findings } from "../../src/analysis/types.ts";
import { config } from "../../src/config.ts";
import { runAppendix, type AppendixQuery } from "../../src/sql/appendix.ts";

const DATA = resolve("data");
// The analysis takes seconds on a cold start; the appendix itself well under one.
const SETUP_TIMEOUT = 30_000;

/** The rows of one query as objects keyed by column name. */
function records(queries: AppendixQuery[], id: string): Record<string, string | number | null>[] {
  const query = queries.find((q) => q.id === id);
  if (!query) throw new Error(`no query ${id}`);
  return query.rows.map((row) => Object.fromEntries(query.columns.map((c, i) => [c, row[i] ?? null])));
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

let findings: Findings;
let queries: AppendixQuery[];

beforeAll(async () => {
  findings = analyzePaths([DATA]);
  queries = await runAppendix(DATA, findings);
}, SETUP_TIMEOUT);

describe("the SQL appendix on the real files", () => {
  it("runs the five queries, each with a title, a purpose and its SQL", () => {
    expect(queries.map((q) => q.id)).toEqual([
      "daily_totals",
      "hour_vs_references",
      "anomalous_hours",
      "incident_window",
      "zero_hours",
    ]);
    for (const q of queries) {
      expect(q.title).not.toBe("");
      expect(q.purpose.length).toBeGreaterThan(20);
      expect(q.sql).toMatch(/^(SELECT|WITH)/);
      expect(q.sql).not.toContain("$");
    }
  });

  it("gives daily totals equal to the analysis's day figures", () => {
    const totals = records(queries, "daily_totals");
    expect(totals.map((t) => [t.dataset, t.today, t.yesterday])).toEqual([
      ["checkout_1", 526, 523],
      ["checkout_2", 427, 526],
    ]);
    for (const dataset of findings.datasets) {
      const row = totals.find((t) => t.dataset === dataset.id)!;
      const figures = dataset.figures;
      expect(row.hours).toBe(24);
      expect(row.today).toBe(figures.totals.today);
      expect(row.yesterday).toBe(figures.totals.yesterday);
      expect(row.same_day_last_week).toBe(figures.totals.same_day_last_week);
      expect(row.avg_last_week).toBe(round(figures.totals.avg_last_week, 1));
      expect(row.avg_last_month).toBe(round(figures.totals.avg_last_month, 1));
      expect(row.change_vs_yesterday_pct).toBe(round(figures.changeVsYesterday! * 100, 1));
      expect(row.change_vs_same_day_last_week_pct).toBe(round(figures.changeVsSameDayLastWeek! * 100, 1));
    }
  });

  it("shows every hour against every reference, with ratios", () => {
    const hours = records(queries, "hour_vs_references");
    expect(hours).toHaveLength(48);
    const outageHour = hours.find((h) => h.dataset === "checkout_2" && h.time === "15h")!;
    expect(outageHour).toMatchObject({ today: 0, yesterday: 51, ratio_yesterday: 0, same_day_last_week: 42 });
    const quietHour = hours.find((h) => h.dataset === "checkout_2" && h.time === "04h")!;
    expect(quietHour.ratio_yesterday).toBeNull(); // yesterday had 0: no ratio
  });

  it("returns exactly the hours the analysis flags, with its statuses", () => {
    const flagged = findings.datasets.flatMap((d) =>
      d.hours.filter((h) => h.status !== "normal").map((h) => [d.id, h.label, h.status, h.observed]),
    );
    const anomalous = records(queries, "anomalous_hours").map((r) => [r.dataset, r.time, r.status, r.today]);
    expect(anomalous).toEqual(flagged);
    expect(anomalous).toEqual(
      expect.arrayContaining([
        ["checkout_2", "15h", "outage", 0],
        ["checkout_2", "16h", "outage", 0],
        ["checkout_2", "17h", "outage", 0],
      ]),
    );
  });

  it("sums each incident window to the incident's observed and expected counts", () => {
    const incidents = findings.datasets.flatMap((d) => d.incidents);
    const windows = records(queries, "incident_window");
    expect(windows.map((w) => w.incident)).toEqual(incidents.map((i) => i.id));
    for (const incident of incidents) {
      const window = windows.find((w) => w.incident === incident.id)!;
      expect(window.observed).toBe(incident.observed);
      expect(window.expected).toBe(round(incident.expected, 1));
      const shortfall = incident.direction === "down" ? window.missing : window.excess;
      expect(shortfall).toBe(incident.impact.estimate);
    }
    // The checkout_2 outage lies inside one window, whatever the analysis
    // groups around it; labels are zero-padded, so they compare as hours.
    const outage = windows.find(
      (w) => w.dataset === "checkout_2" && String(w.first_hour) <= "15h" && String(w.last_hour) >= "17h",
    );
    expect(outage).toMatchObject({ excess: null });
    expect(outage!.missing).toBeGreaterThan(0);
  });

  it("finds the zero-count hours where references expected sales, not the quiet night hours", () => {
    const zero = records(queries, "zero_hours");
    const keys = zero.map((z) => `${z.dataset} ${z.time}`);
    expect(keys).toEqual(expect.arrayContaining(["checkout_2 15h", "checkout_2 16h", "checkout_2 17h"]));
    // Night hours with 0 sales exist in both files (03h, 04h) but are ordinary.
    expect(keys).not.toContain("checkout_2 03h");
    expect(keys).not.toContain("checkout_2 04h");
    expect(keys).not.toContain("checkout_1 04h");
    for (const row of zero) expect(row.reference_median).toBeGreaterThanOrEqual(config.minExpected);
  });

  it("writes the volume threshold from the configuration into the SQL it shows", () => {
    const sql = queries.find((q) => q.id === "zero_hours")!.sql;
    expect(sql).toContain(`reference_median >= ${config.minExpected}`);
  });
});

describe("the SQL appendix on a folder whose name holds a single quote", () => {
  let root: string;
  let folder: string;
  let quotedFindings: Findings;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "sql-appendix-"));
    folder = join(root, "o'brien's data");
    cpSync(DATA, folder, { recursive: true });
    // One field quoted and Windows line ends, as a spreadsheet export may
    // write it beside Unix files: legal CSV.
    const north = readFileSync(join(DATA, "checkout_1.csv"), "utf8")
      .replace("12h,51,", '12h,"51",')
      .replace(/\n/g, "\r\n");
    writeFileSync(join(folder, "store 'north'.csv"), north);
    quotedFindings = analyzePaths([folder]);
  }, SETUP_TIMEOUT);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reads every file, quoted fields and CRLF too, naming each dataset after its file", async () => {
    const result = await runAppendix(folder, quotedFindings);
    const totals = records(result, "daily_totals").map((t) => [t.dataset, t.today, t.yesterday]);
    expect(totals).toEqual([
      ["checkout_1", 526, 523],
      ["checkout_2", 427, 526],
      ["store 'north'", 526, 523],
    ]);
  });

  it("refuses findings computed from another folder", async () => {
    await expect(runAppendix(folder, findings)).rejects.toThrow(/store 'north'/);
  });
});

describe("the SQL appendix on a day whose incident spans quiet untested hours", () => {
  let folder: string;
  let spanFindings: Findings;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "span-"));
    // checkout_1 with no sale at all: one outage from 00h to 23h whose quiet
    // night hours are too small to test and so are not part of its sums.
    const dead = readFileSync(join(DATA, "checkout_1.csv"), "utf8").replace(/^(\d\dh),\d+,/gm, "$1,0,");
    writeFileSync(join(folder, "dead.csv"), dead);
    spanFindings = analyzePaths([folder]);
  }, SETUP_TIMEOUT);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("sums the incident's flagged hours only, as the analysis does", async () => {
    const [incident] = spanFindings.datasets[0]!.incidents;
    expect(incident!.hours.length).toBeLessThan(incident!.endHour - incident!.startHour + 1);
    const [window] = records(await runAppendix(folder, spanFindings), "incident_window");
    expect(window!.flagged_hours).toBe(incident!.hours.length);
    expect(window!.observed).toBe(0);
    expect(window!.expected).toBe(round(incident!.expected, 1));
    expect(window!.missing).toBe(incident!.impact.estimate);
  });
});
