import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatCount,
  formatPercent,
  formatProbability,
  formatScore,
  formatSigned,
  hourLabel,
  hourRange,
  hourSet,
  hourWindow,
} from "../../src/report/format.ts";

describe("number formats", () => {
  it("rounds counts and groups thousands the en-GB way", () => {
    expect(formatCount(1234.6)).toBe("1,235");
    expect(formatCount(-0.2)).toBe("0");
    expect(formatCount(-19.4)).toBe("\u221219");
  });

  it("writes percentages with a space and a true minus sign", () => {
    expect(formatPercent(-0.188)).toBe("\u221219 %");
    expect(formatPercent(0.2315, 1)).toBe("23.2 %");
    expect(formatChange(0.0057)).toBe("+1 %");
    expect(formatChange(0.001)).toBe("0 %");
  });

  it("signs counts and scores", () => {
    expect(formatSigned(3)).toBe("+3");
    expect(formatSigned(-19.4)).toBe("\u221219");
    expect(formatSigned(0)).toBe("0");
    expect(formatScore(-17.741)).toBe("\u221217.74");
    expect(formatScore(0.86)).toBe("+0.86");
  });

  it("writes tiny probabilities as powers of ten", () => {
    expect(formatProbability(1.8e-18)).toBe("1.8 × 10⁻¹⁸");
    expect(formatProbability(0.469)).toBe("0.469");
  });
});

describe("hour formats", () => {
  it("labels hours as the CSV does and ranges them", () => {
    expect(hourLabel(8)).toBe("08h");
    expect(hourRange(15, 17)).toBe("15h–17h");
    expect(hourRange(8, 8)).toBe("08h");
    expect(hourSet([9, 8, 12])).toBe("08h–09h and 12h");
  });

  it("gives the clock window of inclusive hours in the configured time zone", () => {
    expect(hourWindow(15, 17)).toBe("15:00–18:00 UTC");
    expect(hourWindow(23, 23)).toBe("23:00–24:00 UTC");
  });
});
