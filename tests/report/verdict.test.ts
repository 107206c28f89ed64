import { describe, expect, it } from "vitest";
import {
  datasetVerdict,
  hourExplanation,
  incidentSummary,
  incidentTitle,
  relationSentence,
} from "../../src/report/verdict.ts";
import { hourLabel } from "../../src/report/format.ts";
import { dataset, hourVerdict, openOutageDay } from "./fixtures.ts";
import { afternoonOutage, datasetOf, findings, morningIncident } from "./realFindings.ts";

describe("datasetVerdict on the real files", () => {
  it("names checkout_2's outage with its zero hours and P1", () => {
    const verdict = datasetVerdict(datasetOf("checkout_2"));
    expect(verdict).toMatch(/^checkout_2: P1 outage at /);
    expect(verdict).toContain("15h–17h");
    expect(verdict).toMatch(/\b0 checkouts\b/);
  });

  it("points out checkout_2's 08h, above every reference but not flagged", () => {
    expect(datasetVerdict(datasetOf("checkout_2"))).toMatch(
      /; worth a look, not an incident: 08h above every reference \(25 against 15 expected\)\.$/,
    );
  });

  it("names checkout_1's morning incident at 08h–09h", () => {
    expect(datasetVerdict(datasetOf("checkout_1"))).toMatch(
      /^checkout_1: P\d (late start|drop|outage) at 08h–09h/,
    );
  });
});

describe("datasetVerdict on hand-made days", () => {
  it("calls a day without incidents normal and gives its totals", () => {
    expect(datasetVerdict(dataset("quiet"))).toBe(
      "quiet: a normal day, none of the 24 tested hours was flagged; 480 checkouts against 480 expected.",
    );
  });

  it("says a whole-day slump first, with the reference the expected counts follow", () => {
    const slump = dataset("slump");
    slump.dayShift = {
      direction: "down",
      anchor: "same_day_last_week",
      levelVsYesterday: 0.52,
      levelVsSameDayLastWeek: 0.55,
    };
    expect(datasetVerdict(slump)).toBe(
      "slump: the whole day ran 48 % below yesterday and 45 % below the same day last week; expected counts " +
        "follow same_day_last_week; none of the 24 tested hours was flagged; 480 checkouts against 480 expected.",
    );
    const outage = openOutageDay();
    outage.dayShift = {
      direction: "up",
      anchor: "yesterday",
      levelVsYesterday: 1.4,
      levelVsSameDayLastWeek: 1.62,
    };
    expect(datasetVerdict(outage)).toMatch(
      /^late_night: the whole day ran 40 % above yesterday and 62 % above the same day last week; expected counts follow yesterday; P1 outage at 20h–23h/,
    );
  });

  it("lists hours to watch with their counts, and says when one lies outside its band", () => {
    const day = dataset("watchful", {
      7: hourVerdict(7, 12, "normal", { watch: "below" }),
      17: hourVerdict(17, 31, "normal", { watch: "above" }),
    });
    expect(datasetVerdict(day)).toBe(
      "watchful: a normal day, none of the 24 tested hours was flagged; 483 checkouts against 480 expected; " +
        "worth a look, not an incident: 07h below every reference (12 against 20 expected) and 17h above every " +
        "reference (31 against 20 expected, outside its normal band of 10–30).",
    );
  });

  it("counts incidents beyond the two it names", () => {
    const base = openOutageDay().incidents[0]!;
    const three = [20, 21, 22].map((h, n) => ({
      ...base,
      id: `x-${n}`,
      startHour: h,
      endHour: h,
      hours: [h],
      outageHours: [h],
    }));
    expect(datasetVerdict(dataset("busy", {}, three))).toContain(", and 1 more incident;");
  });
});

describe("hourExplanation", () => {
  it("explains an outage hour with observed, expected, references, score and threshold", () => {
    const { ds } = afternoonOutage();
    const text = hourExplanation(ds.hours[16]!);
    expect(text).toMatch(/^16h: 0 observed against \d+ expected \(normal band \d+–\d+; from the references /);
    expect(text).toContain(`passes the day's threshold of ${ds.hours[16]!.threshold.toFixed(2)}`);
    expect(text).toContain("an outage, at or below 10 % of expected");
  });

  it("says a near-empty night hour is below the minimum volume, so not tested", () => {
    const night = hourVerdict(3, 9, "normal", {
      expected: 1,
      expectedLow: 0,
      expectedHigh: 4,
      tested: false,
      score: 5,
      ratio: 9,
    });
    expect(hourExplanation(night)).toBe(
      "03h: 9 observed against 1 expected (normal band 0–4; from the references yesterday, same_day_last_week, " +
        "avg_last_week, avg_last_month). Not tested: the expected count is below the minimum volume of 3, so the hour " +
        "is shown but never flagged (its score of +5.00 would have passed the day's threshold of 3.38).",
    );
  });

  it("says a significant but small change stays normal, and names a left-out reference", () => {
    const hour = hourVerdict(12, 25, "normal", {
      score: 4,
      ratio: 1.25,
      used: ["same_day_last_week", "avg_last_week", "avg_last_month"],
      rejected: ["yesterday"],
    });
    const text = hourExplanation(hour);
    expect(text).toContain("leaving out yesterday");
    expect(text).toContain(
      "but the change of +25 % is smaller than the minimum effect of 30 %, so the hour is normal.",
    );
  });
});

describe("incident sentences", () => {
  it("titles and summarises checkout_2's outage with its window and zero core", () => {
    const { incident, ds } = afternoonOutage();
    expect(incidentTitle(incident)).toMatch(/^P1 outage in checkout_2, \d\dh–\d\dh$/);
    const summary = incidentSummary(incident, ds);
    expect(summary).toMatch(/^During \d\d:00–\d\d:00 UTC/);
    expect(summary).toContain(
      `${incident.impact.estimate} missing (range ${incident.impact.low}–${incident.impact.high})`,
    );
    expect(summary).toContain(`Counts were back to normal from ${hourLabel(incident.recoveryHour!)}.`);
  });

  it("does not claim recovery for an incident open at the end of the day", () => {
    const ds = openOutageDay();
    const summary = incidentSummary(ds.incidents[0]!, ds);
    expect(summary).toContain("Counts had not returned to normal by the end of the day (23h).");
    expect(summary).not.toContain("back to normal");
  });

  it("reads the morning incident of checkout_1 as starting at 08:00 UTC", () => {
    const { incident, ds } = morningIncident();
    expect(incidentSummary(incident, ds)).toMatch(
      /^During 08:00–10:00 UTC \(08h–09h\) checkout_1 recorded 2 checkouts/,
    );
  });
});

describe("relationSentence", () => {
  it("says checkout_1 is the day before checkout_2", () => {
    expect(findings.relations.map(relationSentence)).toEqual([
      "checkout_1 is the day before checkout_2: checkout_2's yesterday column equals checkout_1's today column hour for hour.",
    ]);
  });
});

describe("hourExplanation by the test that decided", () => {
  it("gives a window's own evidence when the window test flagged the hour", () => {
    const window = { start: 8, end: 9, observed: 12, expected: 40, score: -6.1, threshold: 4.2 };
    const hour = hourVerdict(8, 6, "drop", {
      rule: "window",
      window,
      score: -2.1,
      pValue: 0.008,
      ratio: 0.3,
      threshold: 4.2,
    });
    expect(hourExplanation(hour)).toContain(
      "Flagged with its window 08h–09h: together 12 observed against 40 expected, window score −6.10 past the window " +
        "threshold of 4.20; on its own, score −2.10",
    );
  });

  it("says a neighbour hour was tested at the day's false-alarm rate", () => {
    const hour = hourVerdict(14, 9, "drop", { rule: "neighbour", score: -2.5, ratio: 0.45, threshold: 2 });
    expect(hourExplanation(hour)).toContain(
      "Flagged beside an incident hour, where one hour is one question tested at the day's false-alarm rate of 0.01",
    );
  });

  it("points out a normal hour beyond every reference", () => {
    const hour = hourVerdict(8, 31, "normal", { watch: "above", score: 1.8, ratio: 1.55 });
    expect(hourExplanation(hour)).toContain(
      "Worth a look all the same: the count is above every reference the expected count rests on, with a chance below 5 %.",
    );
  });
});
