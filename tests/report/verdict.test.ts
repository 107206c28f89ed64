import { describe, expect, it } from "vitest";
import {
  datasetVerdict,
  hourExplanation,
  incidentSummary,
  incidentTitle,
  relationSentence,
} from "../../src/report/verdict.ts";
import { hourLabel } from "../../src/report/format.ts";
import { dataset, hourVerdict, lateStartDay, openOutageDay } from "./fixtures.ts";
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

describe("datasetVerdict on days the QA round found misread", () => {
  it("says a day cannot be judged when no hour could be tested", () => {
    const untestable = (h: number) =>
      hourVerdict(h, 22, "normal", {
        expected: 0,
        expectedLow: 0,
        expectedHigh: 0,
        tested: false,
        ratio: null,
      });
    const day = dataset(
      "no_refs",
      Object.fromEntries(Array.from({ length: 24 }, (_, h) => [h, untestable(h)])),
    );
    day.figures = {
      ...day.figures,
      totals: { today: 528, yesterday: 0, same_day_last_week: 0, avg_last_week: 0, avg_last_month: 0 },
      expectedTotal: 0,
      changeVsYesterday: null,
      changeVsSameDayLastWeek: null,
    };
    expect(datasetVerdict(day)).toBe(
      "no_refs: the day cannot be judged: the references expect (almost) no sales (0 for the whole day), so no " +
        "hour reached the minimum of 3 expected checkouts to be tested; 528 checkouts today.",
    );
  });

  it("mentions a whole day 25 % below both single-day references, short of a day shift", () => {
    const day = dataset("slow");
    day.figures = { ...day.figures, changeVsYesterday: -0.25, changeVsSameDayLastWeek: -0.24 };
    expect(datasetVerdict(day)).toBe(
      "slow: the whole day ran 25 % below yesterday and 24 % below the same day last week, less than the 30 % " +
        "that makes a whole-day shift; none of the 24 tested hours was flagged; 480 checkouts against 480 expected.",
    );
  });

  it("stays quiet about a whole-day change under 15 % or in opposite directions", () => {
    const small = dataset("small");
    small.figures = { ...small.figures, changeVsYesterday: -0.12, changeVsSameDayLastWeek: -0.2 };
    const mixed = dataset("mixed");
    mixed.figures = { ...mixed.figures, changeVsYesterday: -0.25, changeVsSameDayLastWeek: 0.2 };
    for (const day of [small, mixed]) expect(datasetVerdict(day)).toMatch(/^\w+: a normal day, none of/);
  });

  it("names all of three incidents, most severe first", () => {
    const base = openOutageDay().incidents[0]!;
    const three = [20, 21, 22].map((h, n) => ({
      ...base,
      id: `x-${n}`,
      severity: (["P3", "P1", "P2"] as const)[n]!,
      startHour: h,
      endHour: h,
      hours: [h],
      outageHours: [h],
    }));
    const verdict = datasetVerdict(dataset("busy", {}, three));
    expect(verdict).toMatch(
      /^busy: P1 outage at 21h \(.*\), P2 outage at 22h \(.*\) and P3 outage at 20h \(.*\); 240/,
    );
    expect(verdict).not.toContain("more incident");
  });

  it("names the three most severe of five incidents and counts the other two", () => {
    const base = openOutageDay().incidents[0]!;
    const five = [16, 17, 18, 19, 20].map((h, n) => ({
      ...base,
      id: `x-${n}`,
      severity: (["P3", "P3", "P1", "P2", "P2"] as const)[n]!,
      startHour: h,
      endHour: h,
      hours: [h],
      outageHours: [h],
    }));
    const verdict = datasetVerdict(dataset("busier", {}, five));
    expect(verdict).toMatch(
      /^busier: P1 outage at 18h .*, P2 outage at 19h .*, P2 outage at 20h .*, and 2 more incidents;/,
    );
  });

  it("weighs a catch-up that sold more than was missing against the missing count", () => {
    const over = lateStartDay(65);
    expect(datasetVerdict(over)).toContain(
      "; the catch-up hour 10h sold 45 more than expected, more than the 40 missing)",
    );
    expect(incidentSummary(over.incidents[0]!, over)).toContain(
      " The catch-up hour 10h sold 45 more than expected, more than the 40 missing.",
    );
    const under = lateStartDay(40);
    expect(datasetVerdict(under)).toContain("; the catch-up hour 10h won back 20 of the 40 missing)");
  });

  it("prefers the analysis' catchupExcess once the incident carries it", () => {
    const day = lateStartDay(65);
    Object.assign(day.incidents[0]!, { catchupExcess: 30 });
    expect(datasetVerdict(day)).toContain("the catch-up hour 10h won back 30 of the 40 missing");
  });
});
