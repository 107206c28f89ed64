import { describe, expect, it } from "vitest";
import { toCell } from "../../src/sql/cells.ts";
import { inlineParameters, readQueryFile } from "../../src/sql/queryFile.ts";

describe("readQueryFile", () => {
  it("takes the first comment line as title, the rest of the header as purpose", () => {
    const file = "-- Daily totals\n-- The day's total\n-- per dataset.\nSELECT 1\nFROM t;\n";
    expect(readQueryFile(file)).toEqual({
      title: "Daily totals",
      purpose: "The day's total per dataset.",
      sql: "SELECT 1\nFROM t;",
    });
  });

  it("keeps comments inside the statement", () => {
    expect(readQueryFile("-- T\nSELECT 1 -- why\n").sql).toBe("SELECT 1 -- why");
  });

  it("rejects a file without a header comment", () => {
    expect(() => readQueryFile("SELECT 1")).toThrow(/header comment/);
  });
});

describe("inlineParameters", () => {
  it("writes each $name as its number", () => {
    expect(inlineParameters("WHERE x >= $min_expected AND y < $share", { min_expected: 3, share: 0.1 })).toBe(
      "WHERE x >= 3 AND y < 0.1",
    );
  });

  it("refuses a parameter it has no number for", () => {
    expect(() => inlineParameters("WHERE x >= $unknown", {})).toThrow(/\$unknown/);
    expect(() => inlineParameters("WHERE x >= $bad", { bad: Number.NaN })).toThrow(/\$bad/);
  });
});

describe("toCell", () => {
  it("turns DuckDB's BIGINT sums into plain numbers and keeps text and nulls", () => {
    expect(toCell(526n)).toBe(526);
    expect(toCell(0.46)).toBe(0.46);
    expect(toCell("15h")).toBe("15h");
    expect(toCell(null)).toBeNull();
  });
});
