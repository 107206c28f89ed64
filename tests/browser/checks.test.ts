// The checks the delivery tests rely on, proved able to fail, and the export
// without a browser: it says how to get one and leaves dist/ as it was.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../src/pdf/browser.ts";
import { placedElements } from "./pdfStructure.ts";

const ROOT = join(import.meta.dirname, "..", "..");

describe("the page-boundary check", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => browser?.close());

  const print = async (html: string) => {
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = await page.pdf({ format: "A4", tagged: true });
    await page.close();
    return pdf;
  };
  const chart = (label: string) =>
    `<svg role="img" width="600" height="420" viewBox="0 0 600 420"><rect width="600" height="420" fill="#ddd"/><text x="20" y="40">${label}</text></svg>`;

  it("finds a chart split from its second half on the next page", async () => {
    const split = `<figure style="break-inside: auto">${chart("top")}${chart("bottom")}${chart("more")}<figcaption>caption</figcaption></figure>`;
    const placed = await placedElements(await print(split), ["Figure"]);
    expect(placed[0]!.pages).toEqual([1, 2]);
  });

  it("finds a table whose rows run onto the next page", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `<tr><td>row ${i}</td></tr>`).join("");
    const placed = await placedElements(await print(`<table><tbody>${rows}</tbody></table>`), ["Table"]);
    expect(placed[0]!.pages.length).toBeGreaterThan(1);
  });

  it("finds nothing split when each chart fits its page", async () => {
    const whole = `<figure style="break-inside: avoid">${chart("one")}</figure><figure style="break-inside: avoid">${chart("two")}</figure><figure style="break-inside: avoid">${chart("three")}</figure>`;
    const placed = await placedElements(await print(whole), ["Figure"]);
    expect(placed.filter((e) => e.kind === "Figure" && e.pages.length !== 1)).toEqual([]);
    expect(placed.length).toBeGreaterThanOrEqual(3);
  });
});

describe("npm run pdf without a browser", () => {
  it("says how to install chromium, exits 2 and leaves dist/ as it was", () => {
    const dist = mkdtempSync(join(tmpdir(), "pdf-nobrowser-"));
    cpSync(join(ROOT, "data"), join(dist, "untouched"), { recursive: true });
    const before = listing(dist);

    const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
    const run = spawnSync(process.execPath, [tsx, "src/cli/pdf.ts", "--dist", dist], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
      encoding: "utf8",
    });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('CHROMIUM_PATH is "/nonexistent/chromium"');
    expect(run.stderr).toContain("bash scripts/install-system-deps.sh");
    expect(listing(dist)).toEqual(before);
    rmSync(dist, { recursive: true, force: true });
  }, 60_000);
});

function listing(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((f) => `${f} ${statSync(join(folder, f)).mtimeMs}`)
    .sort();
}
