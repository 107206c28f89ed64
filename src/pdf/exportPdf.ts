// `npm run pdf`: prints every page of the built site, and the whole delivery
// as one document, with chromium. Everything is written to a temporary folder
// and moved to dist/pdf/ only when all of it succeeded, so a failed run leaves
// dist/ as it was.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser } from "playwright-core";
import { chromiumPath, launchChromium } from "./browser.ts";
import { readBuiltSite, type BuiltPage, type BuiltSite } from "./builtSite.ts";
import { readOutline } from "./outline.ts";
import { DELIVERY_PDF } from "./pdfPath.ts";
import { printDocumentHtml, type PrintOptions } from "./printDocument.ts";
import { serveStatic, type StaticServer } from "./staticServer.ts";

export type PaperFormat = "A4" | "Letter";

export interface ExportOptions {
  format?: PaperFormat;
  printedAt?: Date;
}

export interface ExportResult {
  /** Written files, relative to dist/pdf/, the delivery last. */
  files: string[];
  deliveryPages: number;
}

export async function exportPdfs(distDir: string, options: ExportOptions = {}): Promise<ExportResult> {
  chromiumPath();
  const site = readBuiltSite(distDir);
  const staging = mkdtempSync(join(tmpdir(), "pdf-export-"));
  const server = await serveStatic(distDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const printer = new Printer(browser, server, options.format ?? "A4");
    const printedAt = options.printedAt ?? new Date();

    const files: string[] = [];
    for (const page of site.pages) {
      const pdf = await printer.print(printDocumentHtml(site, [page], { frontMatter: false, printedAt }));
      writeInto(staging, page.pdfFile, pdf);
      files.push(page.pdfFile);
    }
    const delivery = await printDelivery(printer, site, printedAt);
    writeInto(staging, DELIVERY_PDF, delivery.pdf);
    files.push(DELIVERY_PDF);

    moveIntoPlace(staging, join(distDir, "pdf"));
    return { files, deliveryPages: delivery.pageCount };
  } finally {
    await browser?.close();
    await server.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * The whole delivery, printed twice: the first print tells on which page each
 * section starts (from the outline chromium writes for the h1 headings), the
 * second puts those numbers into the table of contents.
 */
async function printDelivery(printer: Printer, site: BuiltSite, printedAt: Date) {
  const options: PrintOptions = { frontMatter: true, printedAt };
  let pdf = await printer.print(printDocumentHtml(site, site.pages, options));
  for (let pass = 0; pass < 3; pass++) {
    const tocPages = await sectionPages(pdf, site.pages);
    if (sameNumbers(tocPages, options.tocPages)) break;
    options.tocPages = tocPages;
    pdf = await printer.print(printDocumentHtml(site, site.pages, options));
  }
  return { pdf, pageCount: (await readOutline(pdf)).pageCount };
}

async function sectionPages(pdf: Uint8Array, pages: BuiltPage[]): Promise<number[]> {
  const { entries } = await readOutline(pdf);
  const numbers = entries.map((e) => e.page);
  if (numbers.length !== pages.length || numbers.some((n) => n === undefined)) {
    const titles = entries.map((e) => e.title).join(", ");
    throw new Error(
      `the delivery's outline should hold one entry per page (${pages.length}), found ${entries.length}: ${titles}`,
    );
  }
  return numbers as number[];
}

function sameNumbers(a: number[], b: number[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((n, i) => n === b[i]);
}

/** One tab of chromium that prints HTML documents served next to the site's files. */
class Printer {
  private count = 0;
  constructor(
    private browser: Browser,
    private server: StaticServer,
    private format: PaperFormat,
  ) {}

  async print(html: string): Promise<Uint8Array> {
    const path = `/__print/${this.count++}.html`;
    this.server.mount(path, html);
    const page = await this.browser.newPage();
    try {
      await page.goto(this.server.origin + path, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({
        format: this.format,
        printBackground: true,
        outline: true,
        tagged: true,
      });
    } finally {
      await page.close();
    }
  }
}

function writeInto(folder: string, file: string, bytes: Uint8Array): void {
  const path = join(folder, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** Replace `target` with `staging`'s files; copies when they sit on different file systems. */
function moveIntoPlace(staging: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
    // mkdtemp makes the folder private (0700); the PDFs are for every reader
    // of the site, whoever serves it.
    chmodSync(target, 0o755);
  } catch {
    cpSync(staging, target, { recursive: true });
  }
}
