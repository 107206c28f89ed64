import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type { Day } from "../analysis/types.ts";
import { InputError, type InputProblem } from "./inputError.ts";
import { parseDay } from "./parseDay.ts";

/** The data folder of a build: DATA_DIR, else data/ under the working directory. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR || "data");
}

/**
 * Expand folders to their *.csv files (sorted by name) and keep files as given.
 * A folder without CSV files is an error: a build of nothing is never what
 * the analyst meant.
 */
export function listCsvFiles(paths: string[]): string[] {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      problems.push({
        code: "UNREADABLE_FILE",
        file: path,
        line: null,
        column: null,
        value: null,
        expected: "an existing CSV file or folder",
      });
    } else if (stat.isDirectory()) {
      const found = readdirSync(path)
        .filter((name) => name.toLowerCase().endsWith(".csv"))
        .sort();
      if (found.length === 0) {
        problems.push({
          code: "NO_DATA_FILES",
          file: path,
          line: null,
          column: null,
          value: null,
          expected: "at least one *.csv file in this folder",
        });
      }
      files.push(...found.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return files;
}

/** Read and validate every file; throws one InputError listing all problems. */
export function loadDays(paths: string[]): Day[] {
  const days: Day[] = [];
  const problems: InputProblem[] = [];
  for (const path of listCsvFiles(paths)) {
    const file = displayPath(path);
    const id = basename(path).replace(/\.csv$/i, "");
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      problems.push({
        code: "UNREADABLE_FILE",
        file,
        line: null,
        column: null,
        value: null,
        expected: `a readable file (${(error as Error).message})`,
      });
      continue;
    }
    const result = parseDay(id, file, text);
    problems.push(...result.problems);
    if (result.day) days.push(result.day);
  }
  if (problems.length > 0) throw new InputError(problems);
  return days;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? resolve(path) : rel;
}
