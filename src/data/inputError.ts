// Problems found in input files. Each carries a stable code and the place
// (file, line, column) so the build can print every problem at once and a
// caller can read the fields instead of parsing the message.

export type InputErrorCode =
  | "NO_DATA_FILES"
  | "NOT_CSV"
  | "FILE_NAME_INVALID"
  | "DATASET_ID_DUPLICATE"
  | "UNREADABLE_FILE"
  | "CSV_SYNTAX"
  | "EMPTY_FILE"
  | "HEADER_MISMATCH"
  | "COLUMN_COUNT"
  | "HOUR_LABEL_INVALID"
  | "HOUR_DUPLICATE"
  | "HOUR_MISSING"
  | "COUNT_INVALID"
  | "AVERAGE_INVALID";

export interface InputProblem {
  code: InputErrorCode;
  file: string;
  line: number | null; // 1-based line in the file; null for whole-file problems
  column: string | null; // column name from the header
  value: string | null; // the value as received
  expected: string; // what would have been valid
}

export function describeProblem(p: InputProblem): string {
  const place = [p.file, p.line === null ? null : `line ${p.line}`, p.column && `column ${p.column}`]
    .filter(Boolean)
    .join(", ");
  const received = p.value === null ? "" : `: received ${JSON.stringify(p.value)}`;
  return `${place} [${p.code}]${received}; expected ${p.expected}`;
}

/** Thrown once per load with every problem found, not only the first. */
export class InputError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    const lines = problems.map((p) => `  - ${describeProblem(p)}`);
    const noun = problems.length === 1 ? "problem" : "problems";
    super(
      `Invalid checkout data (${problems.length} ${noun}):\n${lines.join("\n")}\n` +
        "Fix the file(s) above, or point DATA_DIR at another folder.",
    );
    this.name = "InputError";
    this.problems = problems;
  }
}
