// Where a page's PDF lives under dist/pdf/, shared by the layout (which links
// to it) and the export (which writes it), so the two can never disagree.

/** The whole delivery in one file, under dist/pdf/. */
export const DELIVERY_PDF = "delivery.pdf";

/**
 * A page's PDF file, relative to dist/pdf/, from its path relative to the
 * site root: "" → "summary.pdf", "runbook/" → "runbook.pdf",
 * "datasets/checkout_1/" → "datasets/checkout_1.pdf".
 */
export function pdfFileFor(sitePath: string): string {
  const trimmed = sitePath.replace(/index\.html$/, "").replace(/^\/+|\/+$/g, "");
  return `${trimmed || "summary"}.pdf`;
}
