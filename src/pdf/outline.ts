// Reads a PDF's outline (bookmarks) with pdf-lib: titles, the page each entry
// opens, and nested entries. The export uses it to number the table of
// contents; the tests use it to check one entry per page of the site.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";

export interface OutlineEntry {
  title: string;
  /** 1-based page number the entry opens, or undefined when it has no page destination. */
  page: number | undefined;
  children: OutlineEntry[];
}

export interface PdfOutline {
  pageCount: number;
  entries: OutlineEntry[];
}

export async function readOutline(pdf: Uint8Array): Promise<PdfOutline> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageNumbers = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const entries = outlines ? siblings(doc, outlines.get(PDFName.of("First")), pageNumbers) : [];
  return { pageCount: doc.getPageCount(), entries };
}

function siblings(
  doc: PDFDocument,
  first: PDFObject | undefined,
  pageNumbers: Map<string, number>,
): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (let ref = first; ref;) {
    const item = doc.context.lookup(ref, PDFDict);
    entries.push({
      title: textOf(item.get(PDFName.of("Title"))),
      page: pageOf(doc, item, pageNumbers),
      children: siblings(doc, item.get(PDFName.of("First")), pageNumbers),
    });
    ref = item.get(PDFName.of("Next"));
  }
  return entries;
}

function textOf(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : "";
}

/** The page of an item's /Dest, or of its GoTo action's /D; named destinations are looked up. */
function pageOf(doc: PDFDocument, item: PDFDict, pageNumbers: Map<string, number>): number | undefined {
  const action = item.lookupMaybe(PDFName.of("A"), PDFDict);
  let dest: PDFObject | undefined = item.get(PDFName.of("Dest")) ?? action?.get(PDFName.of("D"));
  if (dest instanceof PDFRef) dest = doc.context.lookup(dest);
  if (dest instanceof PDFString || dest instanceof PDFHexString || dest instanceof PDFName) {
    dest = namedDestination(doc, dest instanceof PDFName ? dest.decodeText() : dest.decodeText());
  }
  if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of("D"));
  if (!(dest instanceof PDFArray)) return undefined;

  const page = dest.get(0);
  return page instanceof PDFRef ? pageNumbers.get(page.toString()) : undefined;
}

function namedDestination(doc: PDFDocument, name: string): PDFObject | undefined {
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  const direct = dests?.lookup(PDFName.of(name));
  if (direct) return direct;

  const names = doc.catalog
    .lookupMaybe(PDFName.of("Names"), PDFDict)
    ?.lookupMaybe(PDFName.of("Dests"), PDFDict);
  return names ? searchNameTree(doc, names, name) : undefined;
}

function searchNameTree(doc: PDFDocument, node: PDFDict, name: string): PDFObject | undefined {
  const pairs = node.lookupMaybe(PDFName.of("Names"), PDFArray);
  for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
    if (textOf(pairs.lookup(i)) === name) return pairs.lookup(i + 1);
  }
  const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const found = searchNameTree(doc, kids.lookup(i, PDFDict), name);
    if (found) return found;
  }
  return undefined;
}
