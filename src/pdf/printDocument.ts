// One HTML document to print: the main content of the chosen pages, one
// section each, with ids made unique per page and links between pages turned
// into links inside the document, so they still work in the PDF. The whole
// delivery adds a title page and a table of contents in front.
import { parseHTML } from "linkedom";
import type { BuiltPage, BuiltSite } from "./builtSite.ts";
import { titlePageHtml, tocHtml, type TocEntry } from "./frontMatter.ts";
import { escapeAttribute, escapeText } from "./html.ts";

export interface PrintOptions {
  /** Add the title page and the table of contents (the whole delivery). */
  frontMatter: boolean;
  /** When the PDF is made, for the title page. */
  printedAt: Date;
  /** Page numbers of the sections, in order, for the table of contents. */
  tocPages?: number[];
}

/** Every id a page's main content defines. */
type IdsBySlug = Map<string, Set<string>>;

export function printDocumentHtml(site: BuiltSite, pages: BuiltPage[], options: PrintOptions): string {
  const ids: IdsBySlug = new Map(pages.map((p) => [p.slug, idsOf(p)]));
  const sections = pages.map((page) => sectionHtml(pages, ids, page)).join("\n");
  const title =
    pages.length === 1 ? `${pages[0]!.title} · Checkout anomaly report` : "Checkout anomaly delivery";

  const entries: TocEntry[] = pages.map((p, i) => ({
    title: p.title,
    target: sectionId(p),
    page: options.tocPages?.[i],
  }));
  const front = options.frontMatter ? titlePageHtml(site, options.printedAt) + tocHtml(entries) : "";
  const links = site.stylesheets
    .map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeText(title)}</title>
${links}
</head>
<body class="print-document">
${front}
${sections}
</body>
</html>`;
}

export function sectionId(page: BuiltPage): string {
  return `page-${page.slug}`;
}

function idsOf(page: BuiltPage): Set<string> {
  const { document } = parseHTML(page.html);
  return new Set([...document.querySelectorAll("main [id]")].map((e) => e.getAttribute("id")!));
}

function sectionHtml(pages: BuiltPage[], ids: IdsBySlug, page: BuiltPage): string {
  const { document } = parseHTML(page.html);
  const main = document.querySelector("main");
  if (!main) throw new Error(`${page.urlPath} has no <main>: is it a page of this site?`);

  main.querySelectorAll("script, .copy").forEach((e) => e.remove());
  main.querySelectorAll("th").forEach(breakAtUnderscores);
  const prefix = (id: string) => `${page.slug}--${id}`;
  for (const element of main.querySelectorAll("*")) {
    rewriteIdReferences(element, ids.get(page.slug)!, prefix);
  }
  for (const a of main.querySelectorAll("a[href]")) {
    const target = linkTarget(pages, ids, page, a.getAttribute("href")!);
    if (target === undefined) unlink(a);
    else if (target !== null) a.setAttribute("href", target);
  }
  return `<section class="print-page" id="${sectionId(page)}" data-page="${escapeAttribute(page.path)}">\n${main.innerHTML}\n</section>`;
}

/** Prefix ids and every reference to them: #fragments, url(#id), aria and label attributes. */
function rewriteIdReferences(element: Element, own: Set<string>, prefix: (id: string) => string): void {
  for (const { name, value } of [...element.attributes]) {
    let next = value;
    if (name === "id") next = prefix(value);
    else if (["aria-labelledby", "aria-describedby", "aria-controls", "for", "headers"].includes(name)) {
      next = value
        .split(/\s+/)
        .map((id) => (own.has(id) ? prefix(id) : id))
        .join(" ");
    } else if (
      (name === "href" || name === "xlink:href") &&
      value.startsWith("#") &&
      element.tagName.toLowerCase() !== "a"
    ) {
      next = own.has(value.slice(1)) ? `#${prefix(value.slice(1))}` : value;
    } else if (value.includes("url(#")) {
      next = value.replace(/url\(#([^)]+)\)/g, (all, id: string) =>
        own.has(id) ? `url(#${prefix(id)})` : all,
      );
    }
    if (next !== value) element.setAttribute(name, next);
  }
}

/**
 * Where a link of `page` points inside the printed document: a "#id", null to
 * leave it as it is (another site), or undefined when the target is not in the
 * document (another page, or a file such as findings.json): the link becomes text.
 */
function linkTarget(
  pages: BuiltPage[],
  ids: IdsBySlug,
  page: BuiltPage,
  href: string,
): string | null | undefined {
  const origin = "http://site.invalid";
  const url = new URL(href, origin + page.urlPath);
  if (url.origin !== origin) return null;

  const path = url.pathname.replace(/index\.html$/, "");
  const target = pages.find((p) => p.urlPath === path || p.urlPath === `${path}/`);
  if (!target) return undefined;

  const fragment = decodeURIComponent(url.hash.slice(1));
  const known = fragment !== "" && fragment !== "main" && ids.get(target.slug)!.has(fragment);
  return known ? `#${target.slug}--${fragment}` : `#${sectionId(target)}`;
}

/** Let column names like same_day_last_week wrap after each underscore. */
function breakAtUnderscores(th: Element): void {
  if (th.children.length > 0 || !th.textContent?.includes("_")) return;
  th.innerHTML = escapeText(th.textContent).replace(/_/g, "_<wbr>");
}

function unlink(a: Element): void {
  const span = a.ownerDocument.createElement("span");
  span.className = "unlinked";
  span.innerHTML = a.innerHTML;
  a.replaceWith(span);
}
