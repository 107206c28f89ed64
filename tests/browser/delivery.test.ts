// The built site and its PDFs in a real browser (Debian's chromium through
// playwright-core), served on 127.0.0.1 like a reader would get them. No
// browser fails every test here with the install hint; nothing is skipped.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName } from "pdf-lib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium } from "../../src/pdf/browser.ts";
import { readBuiltSite, type BuiltPage } from "../../src/pdf/builtSite.ts";
import { exportPdfs } from "../../src/pdf/exportPdf.ts";
import { readOutline } from "../../src/pdf/outline.ts";
import { serveStatic, type StaticServer } from "../../src/pdf/staticServer.ts";
import { runBuild } from "../site/buildSite.ts";
import { placedElements } from "./pdfStructure.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SETUP_TIMEOUT = 300_000;

/**
 * Build into a fresh folder under the repository's tmp/ (git-ignored): astro
 * keeps its prerender chunks inside an outDir within the project, whereas for
 * an outDir elsewhere it shares .astro/.prerender with every concurrent build.
 */
function buildIntoProjectTmp(): { outDir: string; remove(): void } {
  mkdirSync(join(ROOT, "tmp"), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, "tmp", "browser-site-"));
  const run = runBuild(outDir);
  if (run.status !== 0) throw new Error(`astro build failed (${run.status}):\n${run.output}`);
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
const TEST_TIMEOUT = 120_000;

describe("the delivery in chromium", () => {
  let site: { outDir: string; remove(): void };
  let pages: BuiltPage[];
  let server: StaticServer;
  let browser: Browser;
  let delivery: Uint8Array;

  beforeAll(async () => {
    chromiumPath(); // throws with the install hint when there is no browser
    site = buildIntoProjectTmp();
    await exportPdfs(site.outDir);
    pages = readBuiltSite(site.outDir).pages;
    delivery = readFileSync(join(site.outDir, "pdf", "delivery.pdf"));
    server = await serveStatic(site.outDir);
    browser = await launchChromium();
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  const open = async (
    path: string,
    javaScriptEnabled = true,
  ): Promise<{ page: Page; problems: string[] }> => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
    page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(server.origin + path, { waitUntil: "load" });
    return { page, problems };
  };

  it("reads the eight pages of the site in the order of its navigation", () => {
    expect(pages.map((p) => p.path)).toEqual([
      "",
      "incidents/",
      "runbook/",
      "sql/",
      "slack/",
      "methods/",
      "datasets/checkout_1/",
      "datasets/checkout_2/",
    ]);
  });

  it(
    "loads every page without a console error or a failed request",
    async () => {
      for (const p of pages) {
        const { page, problems } = await open(p.urlPath);
        expect(problems, p.urlPath).toEqual([]);
        expect(await page.locator("main h1").count(), p.urlPath).toBe(1);
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    "shows every chart with JavaScript disabled, as inline SVG with a size",
    async () => {
      for (const p of pages) {
        const charts = (p.html.match(/<svg[^>]*role="img"/g) ?? []).length;
        expect(charts, p.urlPath).toBeGreaterThan(0);

        const { page } = await open(p.urlPath, false);
        const boxes = await page
          .locator('main svg[role="img"]')
          .evaluateAll((svgs) =>
            svgs.map((svg) => svg.getBoundingClientRect()).map((r) => ({ width: r.width, height: r.height })),
          );
        expect(boxes, p.urlPath).toHaveLength(charts);
        for (const box of boxes) expect(box.width * box.height, p.urlPath).toBeGreaterThan(10_000);
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    "copies a Slack message with its button, and hides the buttons without JavaScript",
    async () => {
      const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
      const page = await context.newPage();
      await page.goto(server.origin + "/slack/", { waitUntil: "load" });
      const button = page.locator("button[data-copy]").first();
      const message = await page.locator(`pre#${await button.getAttribute("data-copy")}`).textContent();
      await button.click();
      await expect.poll(() => button.textContent()).toBe("Copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
      expect(message).toContain("checkout_1");
      await context.close();

      const { page: plain } = await open("/slack/", false);
      expect(await plain.locator("button[data-copy]:visible").count()).toBe(0);
      expect(await plain.locator("pre code").count()).toBeGreaterThan(0);
      await plain.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    "resolves every internal link to a page or file, and every fragment to an element there",
    async () => {
      const targets = new Set<string>();
      for (const p of pages) {
        const { page } = await open(p.urlPath, false);
        const hrefs = await page
          .locator("a[href]")
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        hrefs.filter((h) => h.startsWith(server.origin)).forEach((h) => targets.add(h));
        await page.context().close();
      }
      expect(targets.size).toBeGreaterThan(pages.length);

      const broken: string[] = [];
      for (const target of targets) {
        const url = new URL(target);
        const response = await fetch(url.origin + url.pathname);
        if (!response.ok) broken.push(`${target}: HTTP ${response.status}`);
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !(await response.text()).includes(`id="${fragment}"`))
          broken.push(`${target}: no element #${fragment}`);
      }
      expect(broken).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it("links every page to its own PDF, which exists", () => {
    for (const p of pages) {
      expect(p.html, p.urlPath).toContain(`href="/pdf/${encodeURI(p.pdfFile)}"`);
      expect(existsSync(join(site.outDir, "pdf", p.pdfFile)), p.pdfFile).toBe(true);
    }
  });

  it("gives the delivery PDF one outline entry per page, in order, each opening where its section starts", async () => {
    const { entries, pageCount } = await readOutline(delivery);
    expect(entries.map((e) => e.title)).toEqual(pages.map((p) => p.title));

    const starts = entries.map((e) => e.page!);
    expect(starts[0]).toBe(3); // after the title page and the contents
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(pageCount).toBeGreaterThan(starts.at(-1)!);
  });

  it("numbers the contents with the pages the outline opens, and its links jump inside the PDF", async () => {
    const { entries } = await readOutline(delivery);
    const doc = await PDFDocument.load(delivery);
    const links = doc.getPages().flatMap((page) => {
      const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
      return annots ? annots.asArray().map((a) => doc.context.lookup(a, PDFDict)) : [];
    });
    const internal = links.filter(
      (l) => l.has(PDFName.of("Dest")) || l.lookupMaybe(PDFName.of("A"), PDFDict)?.has(PDFName.of("D")),
    );
    const uris = links.map(
      (l) => l.lookupMaybe(PDFName.of("A"), PDFDict)?.get(PDFName.of("URI"))?.toString() ?? "",
    );

    expect(internal.length).toBeGreaterThan(pages.length);
    expect(uris.filter((u) => u.includes("127.0.0.1"))).toEqual([]);
    const contents = (await textOfPage(delivery, 2)).replace(/\s+/g, " ");
    for (const e of entries) expect(contents).toContain(`${e.title} ${e.page}`);
  });

  // The hour-by-hour tables (data-print-flow) are the one exception: 24 hours
  // with their explanations fit one page only at an unreadable size (~6pt),
  // so they continue across pages. For them the check is that the header
  // row is printed again at the top of every page the table reaches.
  it(
    "cuts no chart and no table by a page boundary, except tables that flow with their header repeated",
    async () => {
      const files = [
        {
          file: "delivery.pdf",
          flowing: flowingTables(
            pages.map((p) => p.html),
            1,
          ),
        }, // after the title page's table
        ...pages.map((p) => ({ file: p.pdfFile, flowing: flowingTables([p.html]) })),
      ];
      let flowed = 0;
      for (const { file, flowing } of files) {
        const pdf = readFileSync(join(site.outDir, "pdf", file));
        const placed = await placedElements(pdf, ["Figure", "Table"]);
        const tables = placed.filter((e) => e.kind === "Table");
        const flows = (e: (typeof placed)[number]) => e.kind === "Table" && flowing.has(tables.indexOf(e));
        expect(placed.length, file).toBeGreaterThan(0);
        expect(
          placed.filter((e) => e.pages.length !== 1 && !flows(e)),
          file,
        ).toEqual([]);
        for (const table of placed.filter(flows)) {
          for (const page of table.pages) {
            expect(await textOfPage(pdf, page, true), `${file} page ${page}`).toMatch(HOUR_TABLE_HEADER);
          }
          flowed += table.pages.length > 1 ? 1 : 0;
        }
      }
      expect(flowed).toBeGreaterThan(0); // the exemption is exercised, not vacuous
    },
    TEST_TIMEOUT,
  );

  it("keeps every chart and table of the site in the delivery", async () => {
    const placed = await placedElements(delivery, ["Figure", "Table"]);
    const charts = pages.reduce((n, p) => n + (p.html.match(/<svg[^>]*role="img"/g) ?? []).length, 0);
    const tables = pages.reduce((n, p) => n + (p.html.match(/<table/g) ?? []).length, 0);
    expect(placed.filter((e) => e.kind === "Figure").length).toBeGreaterThanOrEqual(charts);
    expect(placed.filter((e) => e.kind === "Table").length).toBe(tables + 1); // + the title page's datasets
  });
});

/** The header row of the hour-by-hour table, as pdftotext -layout reads it. */
const HOUR_TABLE_HEADER = /^\s*hour\s+observed\s+expected\s+band\s+yesterday\s/m;

/** Indices, among all tables of `htmls` in order (after `before` others), of those marked data-print-flow. */
function flowingTables(htmls: string[], before = 0): Set<number> {
  const tags = htmls.join("\n").match(/<table\b[^>]*>/g) ?? [];
  return new Set(tags.flatMap((tag, i) => (/\sdata-print-flow\b/.test(tag) ? [before + i] : [])));
}

/** The text of one page, by poppler's pdftotext (pdf-lib reads no text). */
async function textOfPage(pdf: Uint8Array, page: number, layout = false): Promise<string> {
  const { execFileSync } = await import("node:child_process");
  const args = [...(layout ? ["-layout"] : []), "-f", String(page), "-l", String(page), "-", "-"];
  return execFileSync("pdftotext", args, {
    input: pdf,
    encoding: "utf8",
  });
}
