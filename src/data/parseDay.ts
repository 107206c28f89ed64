import { parse } from "csv-parse/sync";
import { REFERENCE_NAMES, type Day, type HourRow, type ReferenceName } from "../analysis/types.ts";
import type { InputProblem } from "./inputError.ts";

export const EXPECTED_HEADER = ["time", "today", ...REFERENCE_NAMES] as const;
const HOUR_LABEL = /^([01]\d|2[0-3])h$/;
// Plain decimal notation only: "1e3", "0x10" or "Infinity" are not counts.
const DECIMAL = /^\d+(\.\d+)?$/;

interface ParseResult {
  day: Day | null;
  problems: InputProblem[];
}

/**
 * Parse and validate one day of hourly checkout counts. Every problem in the
 * file is returned, not only the first; `day` is null when there is any.
 */
export function parseDay(id: string, file: string, text: string): ParseResult {
  const problems: InputProblem[] = [];
  const report = (p: Omit<InputProblem, "file">) => problems.push({ file, ...p });

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message: string; lines?: number };
    report({
      code: "CSV_SYNTAX",
      line: e.lines ?? null,
      column: null,
      value: null,
      expected: `valid CSV (${e.message})`,
    });
    return { day: null, problems };
  }

  const [header, ...rows] = records;
  if (!header) {
    report({
      code: "EMPTY_FILE",
      line: null,
      column: null,
      value: "",
      expected: `a header line "${EXPECTED_HEADER.join(",")}" and 24 rows`,
    });
    return { day: null, problems };
  }
  if (header.record.join(",") !== EXPECTED_HEADER.join(",")) {
    report({
      code: "HEADER_MISMATCH",
      line: header.info.lines,
      column: null,
      value: header.record.join(","),
      expected: EXPECTED_HEADER.join(","),
    });
    return { day: null, problems };
  }

  const byHour = new Map<number, HourRow>();
  for (const { record, info } of rows) {
    const row = parseRow(record, info.lines, report);
    if (!row) continue;
    const seen = byHour.get(row.hour);
    if (seen) {
      report({
        code: "HOUR_DUPLICATE",
        line: row.line,
        column: "time",
        value: row.label,
        expected: `each hour once (${row.label} is already on line ${seen.line})`,
      });
      continue;
    }
    byHour.set(row.hour, row);
  }

  for (let hour = 0; hour < 24; hour++) {
    if (!byHour.has(hour) && !rowsMentionHour(rows, hour)) {
      report({
        code: "HOUR_MISSING",
        line: null,
        column: "time",
        value: null,
        expected: `a row for ${hourLabel(hour)} (every hour 00h..23h once)`,
      });
    }
  }

  if (problems.length > 0) return { day: null, problems };
  const hours = [...byHour.values()].sort((a, b) => a.hour - b.hour);
  return { day: { id, file, hours }, problems };
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}h`;
}

// A row with a valid hour label but a bad value is reported for its value,
// not a second time as a missing hour.
function rowsMentionHour(rows: { record: string[] }[], hour: number): boolean {
  return rows.some((r) => r.record[0] === hourLabel(hour));
}

type Report = (p: Omit<InputProblem, "file">) => void;

function parseRow(record: string[], line: number, report: Report): HourRow | null {
  if (record.length !== EXPECTED_HEADER.length) {
    report({
      code: "COLUMN_COUNT",
      line,
      column: null,
      value: record.join(","),
      expected: `${EXPECTED_HEADER.length} fields (${EXPECTED_HEADER.join(",")}), got ${record.length}`,
    });
    return null;
  }
  const [label = "", todayText = "", ...referenceTexts] = record;
  let valid = true;

  const match = HOUR_LABEL.exec(label);
  if (!match) {
    report({
      code: "HOUR_LABEL_INVALID",
      line,
      column: "time",
      value: label,
      expected: "an hour label from 00h to 23h",
    });
    valid = false;
  }

  const today = parseCount(todayText, line, "today", report);
  const references = {} as Record<ReferenceName, number>;
  REFERENCE_NAMES.forEach((name, i) => {
    const text = referenceTexts[i] ?? "";
    const value = name.startsWith("avg_")
      ? parseAverage(text, line, name, report)
      : parseCount(text, line, name, report);
    if (value === null) valid = false;
    else references[name] = value;
  });

  if (!valid || today === null || !match) return null;
  return { hour: Number(match[1]), label, line, today, references };
}

// No till sells a billion times an hour: a larger figure is a unit or
// export error, and beyond 2^53 it could not even be held exactly.
const MAX_COUNT = 1_000_000_000;

function parseCount(text: string, line: number, column: string, report: Report): number | null {
  if (/^\d+$/.test(text) && Number(text) <= MAX_COUNT) return Number(text);
  report({
    code: "COUNT_INVALID",
    line,
    column,
    value: text,
    expected: "a count: a whole number from 0 to 1000000000",
  });
  return null;
}

function parseAverage(text: string, line: number, column: string, report: Report): number | null {
  if (DECIMAL.test(text) && Number(text) <= MAX_COUNT) return Number(text);
  report({
    code: "AVERAGE_INVALID",
    line,
    column,
    value: text,
    expected: "an average: a decimal number from 0 to 1000000000 such as 6.43",
  });
  return null;
}
