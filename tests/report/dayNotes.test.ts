import { describe, expect, it } from "vitest";
import { dayShiftClause, expectedNote, watchCell } from "../../src/report/dayNotes.ts";
import { referenceNoteItems } from "../../src/report/referenceNotes.ts";
import { dataset, hourVerdict, lateStartDay } from "./fixtures.ts";
import { datasetOf } from "./realFindings.ts";

describe("expectedNote", () => {
  it("explains why checkout_2's expected 600 exceeds both reference days (526 and 488)", () => {
    const ds = datasetOf("checkout_2");
    expect(Math.round(ds.figures.expectedTotal)).toBe(600);
    expect(expectedNote(ds)).toBe(
      "Expected today is what the day would have sold without its incidents: the references, each scaled to " +
        "today's level on its normal hours, combined hour by hour; today's normal hours ran at 1.03 × yesterday " +
        "and 1.21 × the same day last week.",
    );
  });

  it("names the anchor reference when the whole day shifted", () => {
    const ds = dataset("slump");
    ds.dayShift = {
      direction: "down",
      anchor: "yesterday",
      levelVsYesterday: 0.6,
      levelVsSameDayLastWeek: 0.65,
    };
    expect(expectedNote(ds)).toBe(
      "Expected today is what the day would have sold without its incidents, taken from yesterday hour by hour " +
        "rather than from today's own level: the whole day ran 40 % below yesterday and 35 % below the same day " +
        "last week.",
    );
  });
});

describe("dayShiftClause", () => {
  it("is empty without a shift, or when an older analysis left the field out", () => {
    expect(dayShiftClause(null)).toBe("");
    expect(dayShiftClause(undefined)).toBe("");
  });
});

describe("watchCell", () => {
  it("lists the real watch hours of each day, or none", () => {
    expect(watchCell(datasetOf("checkout_2"))).toBe("08h above");
    expect(watchCell(datasetOf("checkout_1"))).toBe("07h below, 17h above");
    expect(watchCell(dataset("quiet", { 9: hourVerdict(9) }))).toBe("none");
  });
});

describe("expectedNote without a baseline", () => {
  it("claims no level against the references when no hour could be tested", () => {
    const ds = dataset(
      "no_refs",
      Object.fromEntries(
        Array.from({ length: 24 }, (_, h) => [h, hourVerdict(h, 22, "normal", { tested: false })]),
      ),
    );
    ds.referenceFits = [
      { reference: "yesterday", level: 1, mismatch: 0 },
      { reference: "same_day_last_week", level: 1, mismatch: 0 },
    ];
    ds.figures = { ...ds.figures, expectedTotal: 0 };
    expect(expectedNote(ds)).toBe(
      "There is no expected count today: the references expect (almost) no sales (0 for the whole day), so no " +
        "hour could be tested and there is no level to compare today's with.",
    );
  });
});

describe("referenceNoteItems", () => {
  it("leads each note with its reference and hours, marking those on incidents, on days with or without one", () => {
    const quiet = dataset("quiet");
    quiet.referenceNotes = [
      {
        reference: "same_day_last_week",
        hours: [3, 4, 5],
        text: "same_day_last_week was left out as broken",
      },
    ];
    expect(referenceNoteItems(quiet)).toEqual([
      "same_day_last_week at 03h–05h: same_day_last_week was left out as broken.",
    ]);
    const opening = lateStartDay(40);
    opening.referenceNotes = [{ reference: "yesterday", hours: [3, 9, 10], text: "yesterday was unusual." }];
    expect(referenceNoteItems(opening)).toEqual([
      "yesterday at 03h and 09h–10h (incident hours: 09h–10h): yesterday was unusual.",
    ]);
  });
});
