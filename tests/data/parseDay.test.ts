import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/data/inputError.ts";
import { loadDays } from "../../src/data/loadDays.ts";
import { parseDay } from "../../src/data/parseDay.ts";

const real = readFileSync("data/checkout_1.csv", "utf8");
const lines = real.trimEnd().split("\n");
const withLine = (n: number, text: string) => lines.map((l, i) => (i === n - 1 ? text : l)).join("\n");

describe("parseDay", () => {
  it("reads the real file into 24 sorted hours with today and the four references", () => {
    const { day, problems } = parseDay("checkout_1", "checkout_1.csv", real);
    expect(problems).toEqual([]);
    expect(day!.hours).toHaveLength(24);
    expect(day!.hours[9]).toMatchObject({ hour: 9, label: "09h", line: 11, today: 2 });
    expect(day!.hours[9]!.references).toEqual({
      yesterday: 9,
      same_day_last_week: 30,
      avg_last_week: 20,
      avg_last_month: 19.071428571428573,
    });
    expect(day!.hours.reduce((a, h) => a + h.today, 0)).toBe(526);
  });

  it("reports a negative count with file, line, column, value and what was expected", () => {
    const { day, problems } = parseDay("x", "x.csv", withLine(5, "03h,-1,0,0,0.43,0.46"));
    expect(day).toBeNull();
    expect(problems).toEqual([
      {
        code: "COUNT_INVALID",
        file: "x.csv",
        line: 5,
        column: "today",
        value: "-1",
        expected: "a count: a whole number from 0 to 1000000000",
      },
    ]);
  });

  it("reports every problem in a file, not only the first", () => {
    let text = withLine(3, "01h,3.5,5,1,1.86,1.93");
    text = text.replace("02h,1,0,0,0.2857142857142857", "02h,1,0,0,abc");
    text = text.replace("12h,51,39,39", "25h,51,39,39");
    const codes = parseDay("x", "x.csv", text).problems.map((p) => [p.code, p.line, p.column]);
    expect(codes).toEqual([
      ["COUNT_INVALID", 3, "today"],
      ["AVERAGE_INVALID", 4, "avg_last_week"],
      ["HOUR_LABEL_INVALID", 14, "time"],
      ["HOUR_MISSING", null, "time"],
    ]);
  });

  it("reports a missing hour as missing instead of reading it as zero", () => {
    const text = lines.filter((l) => !l.startsWith("15h")).join("\n");
    const { day, problems } = parseDay("x", "x.csv", text);
    expect(day).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "HOUR_MISSING", expected: expect.stringContaining("15h") });
  });

  it("rejects a duplicate hour, naming the line of the first", () => {
    const text = [...lines, "10h,1,1,1,1,1"].join("\n");
    expect(parseDay("x", "x.csv", text).problems).toEqual([
      expect.objectContaining({
        code: "HOUR_DUPLICATE",
        line: 26,
        value: "10h",
        expected: expect.stringContaining("line 12"),
      }),
    ]);
  });

  it("rejects a wrong header and an empty cell", () => {
    expect(parseDay("x", "x.csv", real.replace("avg_last_month", "avg_month")).problems[0]).toMatchObject({
      code: "HEADER_MISMATCH",
      line: 1,
    });
    expect(parseDay("x", "x.csv", withLine(8, "06h,,1,5,2.86,2.29")).problems[0]).toMatchObject({
      code: "COUNT_INVALID",
      line: 8,
      value: "",
    });
  });

  it("rejects a row with too few fields and reports broken CSV quoting", () => {
    expect(parseDay("x", "x.csv", withLine(4, "02h,1,0")).problems[0]).toMatchObject({
      code: "COLUMN_COUNT",
      line: 4,
    });
    expect(parseDay("x", "x.csv", withLine(4, '02h,"1,0,0,0.3,0.8')).problems[0]).toMatchObject({
      code: "CSV_SYNTAX",
    });
  });
});

describe("loadDays", () => {
  it("collects the problems of every file in one InputError", () => {
    const dir = mkdtempSync(join(tmpdir(), "days-"));
    writeFileSync(join(dir, "a.csv"), withLine(2, "00h,x,12,11,6.4,4.9"));
    writeFileSync(join(dir, "b.csv"), withLine(24, "22h,28,29,23,-15.4,15.6"));
    const error = (() => {
      try {
        loadDays([dir]);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error!.problems.map((p) => [p.file.endsWith("a.csv"), p.line, p.column])).toEqual([
      [true, 2, "today"],
      [false, 24, "avg_last_week"],
    ]);
    expect(error!.message).toMatch(
      /a\.csv, line 2, column today \[COUNT_INVALID\]: received "x"; expected a count/,
    );
  });

  it("refuses a folder without CSV files", () => {
    const dir = mkdtempSync(join(tmpdir(), "empty-"));
    expect(() => loadDays([dir])).toThrow(/NO_DATA_FILES/);
  });
});

describe("file names and dataset ids", () => {
  const write = (dir: string, name: string) => writeFileSync(join(dir, name), real);

  it("rejects a file name a page address cannot carry", () => {
    const dir = mkdtempSync(join(tmpdir(), "names-"));
    write(dir, "my day #1?.csv");
    expect(() => loadDays([dir])).toThrow(/my day #1\?\.csv \[FILE_NAME_INVALID\]: received "my day #1\?"/);
  });

  it("rejects two files that would be the same dataset", () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), "a-")), mkdtempSync(join(tmpdir(), "b-"))];
    write(a, "day.csv");
    write(b, "day.csv");
    expect(() => loadDays([join(a, "day.csv"), join(b, "day.csv")])).toThrow(/DATASET_ID_DUPLICATE/);
  });

  it("rejects a file given by name that is not a CSV, and a count past a billion", () => {
    const dir = mkdtempSync(join(tmpdir(), "txt-"));
    write(dir, "plain.txt");
    expect(() => loadDays([join(dir, "plain.txt")])).toThrow(/\[NOT_CSV\]/);
    const huge = parseDay("x", "x.csv", withLine(14, "12h,99999999999999999999,39,39,27.6,25.4"));
    expect(huge.problems[0]).toMatchObject({
      code: "COUNT_INVALID",
      line: 14,
      value: "99999999999999999999",
    });
  });
});
