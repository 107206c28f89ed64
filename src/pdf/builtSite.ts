// The built site as the PDF export reads it: its pages in reading order (the
// order of the site's own navigation), their titles and main content, and the
// findings they were built from.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Findings } from "../analysis/types.ts";
import { pdfFileFor } from "./pdfPath.ts";

export interface BuiltPage {
  /** Path relative to the site root: "", "runbook/", "datasets/checkout_1/". */
  path: string;
  /** The page's URL path as the site links it, base included: "/runbook/". */
  urlPath: string;
  /** Short, unique and safe in ids and file names: "runbook", "datasets-checkout_1". */
  slug: string;
  /** The page's PDF, relative to dist/pdf/. */
  pdfFile: string;
  title: string;
  /** The page's built HTML. */
  html: string;
}

export interface BuiltSite {
  distDir: string;
  /** Astro's base, with a trailing slash: "/" or "/reports/". */
  base: string;
  pages: BuiltPage[];
  findings: Findings;
  /** Stylesheets every page links, in order of first use. */
  stylesheets: string[];
}

/** Read dist/: fails with what to do when the site has not been built. */
export function readBuiltSite(distDir: string): BuiltSite {
  const indexFile = join(distDir, "index.html");
  if (!existsSync(indexFile)) {
    throw new Error(`No built site in ${distDir}: ${indexFile} is missing. Run \`npm run build\` first.`);
  }
  const { document } = parseHTML(readFileSync(indexFile, "utf8"));
  const base = document.querySelector(".site-name")?.getAttribute("href") ?? "/";
  const navLinks = [
    base,
    ...[...document.querySelectorAll(".site-nav a[href]")].map((a) => a.getAttribute("href")!),
  ];
  const urlPaths = [...new Set(navLinks)];

  const pages = urlPaths.map((urlPath) => readPage(distDir, base, urlPath));
  const findings: Findings = JSON.parse(readFileSync(join(distDir, "findings.json"), "utf8"));
  const stylesheets = [...new Set(pages.flatMap((p) => stylesheetsOf(p.html)))];
  return { distDir, base, pages, findings, stylesheets };
}

function readPage(distDir: string, base: string, urlPath: string): BuiltPage {
  const path = decodeURIComponent(urlPath.slice(base.length));
  const html = readFileSync(join(distDir, path, "index.html"), "utf8");
  const { document } = parseHTML(html);
  const title = document.querySelector("main h1")?.textContent?.trim() ?? path;

  const pdfFile = pdfFileFor(path);
  const slug = pdfFile.replace(/\.pdf$/, "").replace(/[^A-Za-z0-9_-]+/g, "-");
  return { path, urlPath, slug, pdfFile, title, html };
}

function stylesheetsOf(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('link[rel="stylesheet"][href]')].map((l) => l.getAttribute("href")!);
}
