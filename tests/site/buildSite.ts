// Runs the real `astro build` into a temporary folder, with DATA_DIR set when
// given, and reads pages back as text for assertions.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface BuiltSite {
  outDir: string;
  output: string;
  page(path: string): string;
  text(path: string): string;
  findings(): import("../../src/analysis/types.ts").Findings;
  remove(): void;
}

export function buildSite(dataDir?: string): BuiltSite {
  const outDir = mkdtempSync(join(tmpdir(), "site-build-"));
  const run = runBuild(outDir, dataDir);
  if (run.status !== 0) throw new Error(`astro build failed (${run.status}):\n${run.output}`);

  const page = (path: string) => readFileSync(join(outDir, path, "index.html"), "utf8");
  return {
    outDir,
    output: run.output,
    page,
    text: (path) => visibleText(page(path)),
    findings: () => JSON.parse(readFileSync(join(outDir, "findings.json"), "utf8")),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

/** Run `astro build` into `outDir`; returns the exit status and everything it printed. */
export function runBuild(outDir: string, dataDir?: string): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  if (dataDir) env.DATA_DIR = dataDir;
  else delete env.DATA_DIR;

  const astro = join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
  const run = spawnSync(process.execPath, [astro, "build", "--outDir", outDir], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The text a reader sees: tags, scripts and styles removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
