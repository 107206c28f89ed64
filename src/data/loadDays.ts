import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type { Day } from "../analysis/types.ts";
import { InputError, type InputErrorCode, type InputProblem } from "./inputError.ts";
import { parseDay } from "./parseDay.ts";

// A dataset id becomes a page address and a file name: characters that
// mean something in a URL (#, ?, %) or a path, and control characters,
// would give a page no link can reach.
const UNSAFE_ID = /[#?%/\\\u0000-\u001f\u007f]/;

/** The data folder of a build: DATA_DIR, else data/ under the working directory. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR || "data");
}

/** A problem with a whole file or folder, not with one of its lines. */
function fileProblem(
  code: InputErrorCode,
  file: string,
  expected: string,
  value: string | null = null,
): InputProblem {
  return { code, file, line: null, column: null, value, expected };
}

/**
 * Expand folders to their *.csv files (sorted by name) and keep files as
 * given. A folder without CSV files is an error, and so is a file given by
 * name that is not a .csv: a build of nothing, or of the wrong thing, is
 * never what the analyst meant.
 */
export function listCsvFiles(paths: string[]): string[] {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      problems.push(fileProblem("UNREADABLE_FILE", path, "an existing CSV file or folder"));
    } else if (stat.isDirectory()) {
      const found = readdirSync(path).filter(isCsv).sort();
      if (found.length === 0)
        problems.push(fileProblem("NO_DATA_FILES", path, "at least one *.csv file in this folder"));
      files.push(...found.map((name) => join(path, name)));
    } else if (!isCsv(path)) {
      problems.push(fileProblem("NOT_CSV", path, "a file whose name ends in .csv"));
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
  const seen = new Map<string, string>();
  for (const path of listCsvFiles(paths)) {
    const file = displayPath(path);
    const id = basename(path).replace(/\.csv$/i, "");
    problems.push(...idProblems(id, file, seen.get(id)));
    seen.set(id, seen.get(id) ?? file);

    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      problems.push(fileProblem("UNREADABLE_FILE", file, `a readable file (${(error as Error).message})`));
      continue;
    }
    const result = parseDay(id, file, text);
    problems.push(...result.problems);
    if (result.day) days.push(result.day);
  }
  if (problems.length > 0) throw new InputError(problems);
  return days;
}

function idProblems(id: string, file: string, firstFile: string | undefined): InputProblem[] {
  const problems: InputProblem[] = [];
  if (UNSAFE_ID.test(id)) {
    problems.push(
      fileProblem(
        "FILE_NAME_INVALID",
        file,
        "a file name without #, ?, % or control characters (rename the file)",
        id,
      ),
    );
  }
  if (firstFile !== undefined) {
    const other = firstFile === file ? "this file was given twice" : `${firstFile} has the same name`;
    problems.push(fileProblem("DATASET_ID_DUPLICATE", file, `a dataset id used once; ${other}`, id));
  }
  return problems;
}

function isCsv(name: string): boolean {
  return name.toLowerCase().endsWith(".csv");
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? resolve(path) : rel;
}
