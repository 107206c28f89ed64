// `npm run build` runs this first (npm's prebuild): the data folder is
// validated before Astro empties dist/, so a bad file never costs the
// analyst the last good delivery. The build itself then reads the files
// again and analyses them once.
import { InputError } from "../data/inputError.ts";
import { dataDirectory, loadDays } from "../data/loadDays.ts";

try {
  loadDays([dataDirectory()]);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(error.message + "\n");
  process.exitCode = 1;
}
