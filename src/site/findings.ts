// The one Findings object of a build. Every page imports `findings()`; the
// CSV files are read and analysed on the first call only.
import { analyzePaths } from "../analysis/analyze.ts";
import type { DatasetFindings, Findings, Incident } from "../analysis/types.ts";
import { InputError } from "../data/inputError.ts";
import { dataDirectory } from "../data/loadDays.ts";

let memo: Findings | undefined;

/**
 * Load and analyse the data folder of this build (DATA_DIR, else data/).
 * Invalid input ends the build with every problem (file, line, column) and
 * nothing else: a stack trace through Astro's renderer would only bury
 * what the analyst has to fix.
 */
export function findings(): Findings {
  if (memo) return memo;
  const folder = dataDirectory();
  try {
    memo = analyzePaths([folder]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`\n${error.message}`);
    process.exit(1);
  }
  announce(folder, memo);
  return memo;
}

/** The data folder the findings came from, for methods and SQL pages. */
export function dataFolder(): string {
  return dataDirectory();
}

/** Every incident with its dataset, in dataset then time order. */
export function allIncidents(): { incident: Incident; dataset: DatasetFindings }[] {
  return findings().datasets.flatMap((dataset) =>
    dataset.incidents.map((incident) => ({ incident, dataset })),
  );
}

function announce(folder: string, f: Findings): void {
  const incidents = f.datasets.reduce((n, d) => n + d.incidents.length, 0);
  const ids = f.datasets.map((d) => d.id).join(", ");
  // Astro is mid-line (route name, then its timing) when the first page asks.
  console.log(
    `\ncheckout data: ${f.datasets.length} file(s) from ${folder} (${ids}); ${incidents} incident(s)`,
  );
}
