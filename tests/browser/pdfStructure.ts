// Reads where things landed in a tagged PDF: for every structure element of
// a kind (chromium tags <figure> and role="img" charts as Figure, <table> as
// Table), the pages on which its marked content paints something. A chart or
// table cut by a page boundary paints on two pages.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
} from "pdf-lib";

export interface PlacedElement {
  kind: string;
  /** 1-based pages on which the element paints. */
  pages: number[];
  /** Text of the element's first painted marked content, to name it in messages. */
  index: number;
}

/** Every element of `kinds` ("Figure", "Table") in reading order, with its pages. */
export async function placedElements(pdf: Uint8Array, kinds: string[]): Promise<PlacedElement[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages();
  const pageNumber = new Map(pages.map((p, i) => [p.ref.toString(), i + 1]));
  const painted = new Map(pages.map((p, i) => [i + 1, paintedMarkedContent(doc, p.node)]));
  const root = doc.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!root) throw new Error("the PDF is not tagged: print it with tagged: true");

  const found: PlacedElement[] = [];
  const walk = (node: PDFObject | undefined, page: number | undefined): Set<number> => {
    const object = node instanceof PDFRef ? doc.context.lookup(node) : node;
    const spans = new Set<number>();
    const paintsOn = (mcid: number, on: number | undefined) => {
      if (on !== undefined && painted.get(on)?.has(mcid)) spans.add(on);
    };
    if (object instanceof PDFNumber) paintsOn(object.asNumber(), page);
    if (object instanceof PDFArray)
      object.asArray().forEach((kid) => walk(kid, page).forEach((p) => spans.add(p)));
    if (!(object instanceof PDFDict)) return spans;

    const pg = object.get(PDFName.of("Pg"));
    const here = pg ? pageNumber.get(pg.toString()) : page;
    const type = object.get(PDFName.of("Type"))?.toString();
    if (type === "/MCR") {
      const mcid = object.get(PDFName.of("MCID"));
      if (mcid instanceof PDFNumber) paintsOn(mcid.asNumber(), here);
      return spans;
    }
    if (type === "/OBJR") return spans;

    const kind = object.get(PDFName.of("S"))?.toString().slice(1) ?? "";
    const slot = kinds.includes(kind) ? found.push({ kind, pages: [], index: found.length }) - 1 : -1;
    walk(object.get(PDFName.of("K")), here).forEach((p) => spans.add(p));
    if (slot >= 0) found[slot]!.pages = [...spans].sort((a, b) => a - b);
    return spans;
  };
  walk(root.get(PDFName.of("K")), undefined);
  return found;
}

/** MCIDs of a page whose marked content shows text, paints a path or draws an image. */
function paintedMarkedContent(doc: PDFDocument, page: PDFDict): Set<number> {
  const contents = page.get(PDFName.of("Contents"));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  const text = refs
    .map((ref) => doc.context.lookup(ref))
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString("latin1"))
    .join("\n");

  const painted = new Set<number>();
  const open: (number | undefined)[] = [];
  for (const line of text.split("\n")) {
    const begin = /\/MCID (\d+)\s*>>\s*BDC\s*$/.exec(line);
    if (begin) open.push(Number(begin[1]));
    else if (/\b(BDC|BMC)\s*$/.test(line)) open.push(undefined);
    else if (/^\s*EMC\s*$/.test(line)) open.pop();
    else if (/(\bTJ|\bTj|\bDo|\s[fFSsBb]\*?)\s*$/.test(line)) {
      open.forEach((mcid) => mcid !== undefined && painted.add(mcid));
    }
  }
  return painted;
}
