// `npm run pdf` (after `npm run build`): dist/pdf/<page>.pdf for every page
// and dist/pdf/delivery.pdf for the whole delivery, printed by chromium.
// Options: --format A4|Letter (default A4), --dist <folder> (default dist).
// Without a browser: says how to get one, exit code 2, dist/ untouched.
import { join, relative } from "node:path";
import { BrowserMissingError } from "../pdf/browser.ts";
import { exportPdfs, type PaperFormat } from "../pdf/exportPdf.ts";

const FORMATS: PaperFormat[] = ["A4", "Letter"];

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const value = args[at]!.includes("=") ? args[at]!.split("=")[1] : args[at + 1];
  if (!value) throw new Error(`--${name} needs a value`);
  return value;
}

try {
  const distDir = option("dist", "dist");
  const format = option("format", "A4") as PaperFormat;
  if (!FORMATS.includes(format))
    throw new Error(`--format is "${format}"; expected one of ${FORMATS.join(", ")}`);

  const result = await exportPdfs(distDir, { format });
  const folder = relative(process.cwd(), join(distDir, "pdf")) || ".";
  process.stdout.write(
    `wrote ${result.files.length - 1} page PDFs and the delivery (${result.deliveryPages} ${format} pages) to ${folder}/\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof BrowserMissingError ? 2 : 1;
}
