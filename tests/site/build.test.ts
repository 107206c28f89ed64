// The delivery site end to end: two real builds, one on data/ and one on a
// copy where checkout_2's outage sits at other hours. The second proves the
// pages tell the data's story and nothing is typed by hand.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetFindings } from "../../src/analysis/types.ts";
import { hourRange } from "../../src/report/format.ts";
import { buildSite, runBuild, type BuiltSite } from "./buildSite.ts";

const BUILD_TIMEOUT = 180_000;
const PAGES = ["", "incidents", "runbook", "sql", "slack", "methods"];
const INCIDENT_PAGES = ["", "incidents", "slack"];
const DATASET_PAGES = ["datasets/checkout_1", "datasets/checkout_2"];

function dataset(site: BuiltSite, id: string): DatasetFindings {
  const found = site.findings().datasets.find((d) => d.id === id);
  if (!found) throw new Error(`no dataset ${id} in findings.json`);
  return found;
}

function statusAt(ds: DatasetFindings, hours: number[]): string[] {
  return hours.map((h) => ds.hours[h]!.status);
}

describe("the site built from data/", () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite();
  }, BUILD_TIMEOUT);
  afterAll(() => site?.remove());

  it("has the five pages, the methods page and a page per dataset, each with an inline SVG chart", () => {
    for (const path of [...PAGES, ...DATASET_PAGES]) {
      const html = site.page(path);
      expect(html, path).toMatch(/<svg[^>]*role="img"/);
      expect(html, path).toContain("<figcaption>");
    }
  });

  it("reads and analyses the CSV files once for the whole build", () => {
    const announcements = site.output.match(/checkout data: \d+ file\(s\)/g) ?? [];
    expect(announcements).toHaveLength(1);
  });

  it("publishes findings.json with checkout_2 out of service from 15h to 17h", () => {
    const checkout2 = dataset(site, "checkout_2");
    expect(statusAt(checkout2, [15, 16, 17])).toEqual(["outage", "outage", "outage"]);
    expect(checkout2.hours.slice(15, 18).map((h) => h.observed)).toEqual([0, 0, 0]);
    const outage = checkout2.incidents.find(
      (i) => i.direction === "down" && i.startHour <= 15 && i.endHour >= 17,
    );
    expect(outage).toBeDefined();
  });

  it("shows the data's day totals on the summary", () => {
    const text = site.text("");
    expect(dataset(site, "checkout_1").figures.totals).toMatchObject({ today: 526, yesterday: 523 });
    expect(dataset(site, "checkout_2").figures.totals).toMatchObject({ today: 427, yesterday: 526 });
    expect(text).toMatch(/today 526 427/);
    expect(text).toMatch(/yesterday 523 526/);
  });

  it("brings checkout_2's 08h, above every reference but not flagged, to the summary and its dataset page", () => {
    const watch = "worth a look, not an incident: 08h above every reference (25 against 15 expected).";
    expect(site.text("")).toContain(watch);
    expect(site.text("")).toMatch(/hours to watch 07h below, 17h above 08h above/);
    expect(site.text("datasets/checkout_2")).toContain(watch);
  });

  it("says under the headline figures why checkout_2 expected 600, above both reference days", () => {
    const note =
      "Expected today is what the day would have sold without its incidents: the references, each scaled to " +
      "today's level on its normal hours, combined hour by hour; today's normal hours ran at 1.03 × yesterday " +
      "and 1.21 × the same day last week.";
    expect(site.text("")).toMatch(
      /expected today 600 .*1\.03 × yesterday and 1\.21 × the same day last week\./,
    );
    expect(site.text("datasets/checkout_2")).toContain(note);
  });

  it("names every incident's hours on the summary, the incident report and the Slack page", () => {
    for (const ds of site.findings().datasets) {
      for (const i of ds.incidents) {
        const window = hourRange(i.startHour, i.endHour);
        for (const path of INCIDENT_PAGES) expect(site.text(path), `${path}: ${i.id}`).toContain(window);
      }
    }
  });

  it("shows the Slack messages as plain text, with copy buttons hidden until script runs", () => {
    const html = site.page("slack");
    const buttons = html.match(/<button[^>]*data-copy[^>]*>/g) ?? [];
    const messages = html.match(/<pre id="msg-[^"]+"><code>/g) ?? [];
    const incidents = site.findings().datasets.reduce((n, d) => n + d.incidents.length, 0);
    expect(messages).toHaveLength(incidents * 4);
    expect(buttons).toHaveLength(messages.length);
    for (const button of buttons) expect(button).toMatch(/\shidden/);
  });

  it("shows the two consecutive days on one timeline", () => {
    expect(site.findings().relations).toMatchObject([{ earlierId: "checkout_1", laterId: "checkout_2" }]);
    expect(site.page("")).toContain("48 consecutive hours");
  });
});

describe("the site built from another data folder", () => {
  let site: BuiltSite;
  let dataDir: string;
  beforeAll(() => {
    dataDir = moveOutage([11, 12, 13]);
    site = buildSite(dataDir);
  }, BUILD_TIMEOUT);
  afterAll(() => {
    site?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("finds the outage at its new hours and none at the old ones", () => {
    const checkout2 = dataset(site, "checkout_2");
    expect(statusAt(checkout2, [11, 12, 13])).toEqual(["outage", "outage", "outage"]);
    expect(statusAt(checkout2, [15, 16, 17])).toEqual(["normal", "normal", "normal"]);
  });

  it("names the new hours on the pages, taken from the findings", () => {
    const outage = dataset(site, "checkout_2").incidents.find((i) => i.kind === "outage");
    expect(outage).toMatchObject({ startHour: 11, endHour: 13 });
    for (const path of [...INCIDENT_PAGES, "datasets/checkout_2"]) {
      expect(site.text(path), path).toContain("11h–13h");
      expect(site.text(path), path).not.toContain("15h–17h");
    }
  });
});

describe("a build from invalid data", () => {
  it(
    "fails and names every problem with its file, line and column",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "invalid-data-"));
      const outDir = mkdtempSync(join(tmpdir(), "site-build-"));
      copyFileSync("data/checkout_1.csv", join(dir, "checkout_1.csv"));
      const lines = readFileSync("data/checkout_2.csv", "utf8")
        .replace("\n05h,2,", "\n05h,-2,")
        .replace("\n07h,", "\n07x,");
      writeFileSync(join(dir, "checkout_2.csv"), lines);
      try {
        const run = runBuild(outDir, dir);
        expect(run.status).not.toBe(0);
        expect(run.output).toContain("Invalid checkout data (3 problems)");
        expect(run.output).toMatch(/checkout_2\.csv, line 7, column today \[COUNT_INVALID\]: received "-2"/);
        expect(run.output).toMatch(
          /checkout_2\.csv, line 9, column time \[HOUR_LABEL_INVALID\]: received "07x"/,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT,
  );
});

/**
 * Copy data/ to a temporary folder and move checkout_2's outage: zeros at
 * `hours`, and the outage hours (with the weak hours on either side) given
 * yesterday's counts, which are plausible for that time of day.
 */
function moveOutage(hours: number[]): string {
  const dir = mkdtempSync(join(tmpdir(), "moved-outage-"));
  copyFileSync("data/checkout_1.csv", join(dir, "checkout_1.csv"));
  const lines = readFileSync("data/checkout_2.csv", "utf8").split("\n");
  const edited = lines.map((line) => {
    const cells = line.split(",");
    const hour = Number.parseInt(cells[0] ?? "", 10);
    if (!/^\d\dh$/.test(cells[0] ?? "")) return line;
    if (hours.includes(hour)) cells[1] = "0";
    else if (hour >= 14 && hour <= 18) cells[1] = cells[2]!;
    return cells.join(",");
  });
  writeFileSync(join(dir, "checkout_2.csv"), edited.join("\n"));
  return dir;
}
