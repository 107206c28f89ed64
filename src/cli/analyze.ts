// `npm run analyze -- <csv files or folders>`: the Findings as JSON on
// stdout, without building the site. Invalid input: every problem on
// stderr and exit code 1.
import { analyzePaths } from "../analysis/analyze.ts";
import { dataDirectory } from "../data/loadDays.ts";
import { InputError } from "../data/inputError.ts";

const args = process.argv.slice(2);
try {
  const findings = analyzePaths(args.length > 0 ? args : [dataDirectory()]);
  process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(error.message + "\n");
  process.exitCode = 1;
}
