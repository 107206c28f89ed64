// The front of the whole delivery: a title page saying what data it rests on
// and when it was made, and a table of contents linking every section.
import type { DatasetFindings, Findings } from "../analysis/types.ts";
import { config } from "../config.ts";
import type { BuiltSite } from "./builtSite.ts";
import { escapeAttribute, escapeText } from "./html.ts";

export interface TocEntry {
  title: string;
  /** Id of the section in the printed document. */
  target: string;
  /** Page number in the PDF, once known. */
  page?: number;
}

export function titlePageHtml(site: BuiltSite, printedAt: Date): string {
  const f = site.findings;
  const rows = datasetsInOrder(f).map(datasetRow).join("\n");
  const relations = f.relations.map((r) => `<li>${escapeText(r.text)}</li>`).join("");
  const dateOfData = relations
    ? `<p>The files carry no calendar date. What the data itself shows:</p><ul>${relations}</ul>`
    : `<p>The files carry no calendar date, and no dataset is the day before another.</p>`;

  return `<section class="print-title-page">
<p class="print-kicker">Checkout monitoring · anomaly delivery</p>
<p class="print-title">Checkout anomaly report</p>
<p class="print-subtitle">Hourly POS checkout counts: what was anomalous, the incidents, and what to do about them.</p>
<table class="print-datasets">
<caption>Datasets, in the order of the days</caption>
<thead><tr><th>Dataset</th><th>File</th><th class="num">Checkouts</th><th class="num">Incidents</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="print-label">Date of the data</p>
${dateOfData}
<dl class="print-provenance">
<div><dt>Analysis run</dt><dd>${escapeText(formatTime(new Date(f.generatedAt)))}</dd></div>
<div><dt>PDF generated</dt><dd>${escapeText(formatTime(printedAt))}</dd></div>
<div><dt>Detector</dt><dd>${escapeText(`${f.detector.name}, version ${f.detector.version}`)}</dd></div>
</dl>
</section>`;
}

export function tocHtml(entries: TocEntry[]): string {
  const items = entries
    .map((e) => {
      const page = e.page === undefined ? "" : String(e.page);
      return `<li><a href="#${escapeAttribute(e.target)}"><span class="toc-title">${escapeText(e.title)}</span><span class="toc-page">${page}</span></a></li>`;
    })
    .join("\n");
  return `<nav class="print-toc" aria-label="Contents">
<p class="print-toc-heading">Contents</p>
<ol>
${items}
</ol>
</nav>`;
}

/** Datasets with each day before the day it precedes (findings.relations); others keep their order. */
export function datasetsInOrder(f: Findings): DatasetFindings[] {
  const next = new Map(f.relations.map((r) => [r.earlierId, r.laterId]));
  const later = new Set(f.relations.map((r) => r.laterId));
  const byId = new Map(f.datasets.map((d) => [d.id, d]));
  const ordered: DatasetFindings[] = [];

  for (const first of f.datasets.filter((d) => !later.has(d.id))) {
    for (let id: string | undefined = first.id; id && !ordered.some((d) => d.id === id); id = next.get(id)) {
      ordered.push(byId.get(id)!);
    }
  }
  return [...ordered, ...f.datasets.filter((d) => !ordered.includes(d))];
}

function datasetRow(d: DatasetFindings): string {
  const total = d.figures.totals.today.toLocaleString(config.locale);
  return `<tr><th>${escapeText(d.id)}</th><td><code>${escapeText(d.file)}</code></td><td class="num">${total}</td><td class="num">${d.incidents.length}</td></tr>`;
}

function formatTime(time: Date): string {
  const text = time.toLocaleString(config.locale, {
    timeZone: config.timezone,
    dateStyle: "long",
    timeStyle: "short",
  });
  return `${text} ${config.timezone}`;
}
