import { describe, expect, it } from "vitest";
import { POSTMORTEM_HEADINGS, postmortem, type Section } from "../../src/report/postmortem.ts";
import { findingsOf, lateStartDay, openOutageDay, quietNightOutageDay, windowNightDay } from "./fixtures.ts";
import { afternoonOutage, findings, morningIncident } from "./realFindings.ts";

const text = (s: Section | undefined) => [...(s?.paragraphs ?? []), ...(s?.items ?? [])].join("\n");
const byHeading = (sections: Section[], heading: string) => sections.find((s) => s.heading === heading);

describe("postmortem of checkout_2's outage", () => {
  const { incident, ds } = afternoonOutage();
  const sections = postmortem(incident, ds, findings);

  it("has every section of a standard postmortem, in order", () => {
    expect(sections.map((s) => s.heading)).toEqual([...POSTMORTEM_HEADINGS]);
    expect(POSTMORTEM_HEADINGS).toContain("Contributing factors and hypotheses");
  });

  it("states impact as a range with its basis and the zero core at 15h–17h", () => {
    const impact = text(byHeading(sections, "Impact"));
    expect(impact).toContain(
      `Checkouts missing: ${incident.impact.estimate}, range ${incident.impact.low}–${incident.impact.high}. Basis: `,
    );
    expect(impact).toMatch(/Outage core: 0 checkouts at 15h–17h where \d+ were expected\./);
    expect(impact).toContain("The day closed at 427 checkouts, −19 % against yesterday's 526.");
  });

  it("detects at the end of the first flagged hour, quoting the configured rule", () => {
    const detection = text(byHeading(sections, "Detection"));
    // 14h is the onset: flagged alone it alerts at 15:00, as a neighbour the alert waits for 15h to close.
    expect(detection).toMatch(
      /^The alert would have fired at (15:00 UTC, when 14h|16:00 UTC, when 15h) closed\. /,
    );
    expect(detection).toContain(
      "Known at that time: 14h–15h: 19 checkouts where 90 were expected; severity P1 (provisional, from the hours " +
        "closed so far: 11.9 % of the day's expected volume missing",
    );
    expect(detection).toContain("confirmed as P1 once the incident was over");
    expect(detection).not.toContain("28.9 %");
    expect(detection).toContain("at least 3 (minExpected)");
    expect(detection).toContain("0.01 per day (alphaPerDay)");
    expect(detection).toContain("at least 30 % (minEffect)");
    expect(detection).toContain("10 % of expected is an outage (outageShare)");
  });

  it("walks the timeline hour by hour to the recovery hour", () => {
    const items = byHeading(sections, "Timeline")!.items;
    expect(items[0]).toMatch(
      new RegExp(`^${String(incident.startHour - 1).padStart(2, "0")}h .*Last hour before the incident\\.$`),
    );
    expect(items.some((item) => /^16h \(16:00–17:00 UTC\): 0 checkouts/.test(item))).toBe(true);
    expect(items.at(-1)).toMatch(/Recovery: first normal hour after the incident/);
  });

  it("marks causes as hypotheses, with payment connectivity and deployment for an outage", () => {
    const items = byHeading(sections, "Contributing factors and hypotheses")!.items;
    expect(
      items.some((i) =>
        i.startsWith(
          "Hypothesis: payment provider or POS connectivity failure. Sales fell to zero at 15h–17h",
        ),
      ),
    ).toBe(true);
    expect(items.some((i) => i.startsWith("Hypothesis: a deployment or configuration change"))).toBe(true);
  });

  it("calls its hours at or below 10 % of expected outage hours, never hours without sales", () => {
    expect(byHeading(sections, "Lessons")!.items).toContain(
      "The outage was wider than its outage hours: a rule that waits for an hour at or below 10 % of expected " +
        "sees only 3 of its 5 hours.",
    );
    expect(sections.map(text).join("\n")).not.toMatch(/without sales|no sales|zero hours/);
  });

  it("gives action items owned by roles", () => {
    const items = byHeading(sections, "Action items")!.items;
    expect(items.length).toBeGreaterThanOrEqual(4);
    const owners = new Set(items.map((i) => i.split(":")[0]));
    expect(owners).toEqual(
      new Set([
        "Payments on-call engineer",
        "Release manager",
        "POS platform team",
        "Finance analyst",
        "Monitoring analyst",
        "Incident commander",
      ]),
    );
  });
});

describe("postmortem of checkout_1's morning incident", () => {
  it("detects with 08h alone, provisionally P2, raised to P1 when 09h closed", () => {
    const { incident, ds } = morningIncident();
    const detection = text(byHeading(postmortem(incident, ds, findings), "Detection"));
    expect(detection).toContain(
      "Known at that time: 08h: 0 checkouts where 14 were expected; severity P2 (provisional, from the hours " +
        "closed so far: one outage hour",
    );
    expect(detection).toContain(`raised to P1 once the incident was over (${incident.severityReason})`);
  });

  it("notes that yesterday was itself weak on those hours", () => {
    const { incident, ds } = morningIncident();
    const factors = text(
      byHeading(postmortem(incident, ds, findings), "Contributing factors and hypotheses"),
    );
    expect(factors).toMatch(/Reference: yesterday was itself unusual: .*09h low/);
  });
});

describe("detection of an incident whose first hour joined as a neighbour", () => {
  it("fires the alert when the first hour flagged on its own evidence closes", () => {
    const ds = openOutageDay();
    ds.hours[20] = { ...ds.hours[20]!, rule: "neighbour", threshold: 2 };
    const detection = byHeading(postmortem(ds.incidents[0]!, ds, findingsOf(ds)), "Detection")!;
    expect(detection.paragraphs[0]).toBe(
      "The alert would have fired at 22:00 UTC, when 21h closed. 21h: 0 checkouts where 20 were expected (−100 %), " +
        "score −12.00 past the day's threshold of 3.38.",
    );
    // 21h is itself an outage hour, so there is no later escalation to an outage alert.
    expect(detection.paragraphs.join(" ")).not.toContain("become an outage alert");
    expect(detection.paragraphs[1]).toBe(
      "Known at that time: 20h–21h: 0 checkouts where 40 were expected; severity P1 (provisional, from the hours " +
        "closed so far: 2 outage hours, at or below 10 % of expected (8.3 % of the day's expected volume missing)), " +
        "confirmed as P1 once the incident was over.",
    );
    expect(detection.paragraphs[2]).toBe(
      "20h joined the incident afterwards as neighbours of flagged hours, " +
        "each tested on its own at the day's false-alarm rate of 0.01.",
    );
  });
});

describe("postmortem of an incident open at the end of the day", () => {
  const ds = openOutageDay();
  const sections = postmortem(ds.incidents[0]!, ds, findingsOf(ds));

  it("says the incident is open and never that it was resolved", () => {
    expect(text(byHeading(sections, "Severity and status"))).toContain(
      "Status: open, not recovered by the end of the day (23h was still affected).",
    );
    expect(sections.map(text).join("\n")).not.toMatch(/resolved in the data|back to normal/);
  });

  it("runs the timeline to the end of the data", () => {
    expect(byHeading(sections, "Timeline")!.items.at(-1)).toBe(
      "24:00 UTC: end of the data with the incident still open.",
    );
  });
});

describe("postmortem details the QA round found wrong", () => {
  it("quotes the window that fired the alert, not the closing hour's own score", () => {
    const ds = windowNightDay();
    const detection = byHeading(postmortem(ds.incidents[0]!, ds, findingsOf(ds)), "Detection")!;
    expect(detection.paragraphs[0]).toBe(
      "The alert would have fired at 02:00 UTC, when 01h closed. 00h–01h together: 0 checkouts where 12 were " +
        "expected, window score −4.28 past the window threshold of 4.10.",
    );
    expect(text(detection)).not.toMatch(/−1\.21|3\.56/);
    // 00h, an outage hour, closed before the alert: no later escalation to an outage alert.
    expect(text(detection)).not.toContain("become an outage alert");
  });

  it("says a lone neighbour hour joined as the edge of an incident at the per-hour rate", () => {
    const ds = windowNightDay();
    ds.hours[0] = { ...ds.hours[0]!, rule: "neighbour", window: null, threshold: 2, score: -2.4 };
    ds.hours[1] = { ...ds.hours[1]!, status: "spike", rule: "hour", observed: 9, score: 4 };
    const detection = byHeading(postmortem(ds.incidents[0]!, ds, findingsOf(ds)), "Detection")!;
    expect(detection.paragraphs[0]).toBe(
      "The alert would have fired at 02:00 UTC, when 01h closed. 00h: 0 checkouts where 9 were expected (−100 %), " +
        "flagged as the edge of an incident: tested on its own at the per-hour false-alarm rate of 0.01, score " +
        "−2.40 past its threshold of 2.00.",
    );
  });

  it("gives an incident's span and its flagged hours apart when quiet hours sit between", () => {
    const ds = quietNightOutageDay();
    const sections = postmortem(ds.incidents[0]!, ds, findingsOf(ds));
    expect(byHeading(sections, "Impact")!.paragraphs[0]).toBe(
      "00:00–24:00 UTC (00h–23h: 18 flagged hours; the quiet hours between, 02h–07h, were too small to test). " +
        "Over the flagged hours: 0 checkouts against 360 expected (−100 %).",
    );
    expect(text(byHeading(sections, "Severity and status"))).toContain(
      "Status: open, not recovered by the end of the day (23h was still affected).",
    );
  });

  it("keeps the plain span for an incident without quiet hours", () => {
    const ds = openOutageDay();
    expect(byHeading(postmortem(ds.incidents[0]!, ds, findingsOf(ds)), "Impact")!.paragraphs[0]).toBe(
      "20:00–24:00 UTC (20h–23h, 4 hours): 0 checkouts against 80 expected (−100 %).",
    );
  });

  it("sets a catch-up against the checkouts missing, whichever is larger", () => {
    const over = lateStartDay(65);
    const sections = postmortem(over.incidents[0]!, over, findingsOf(over));
    expect(byHeading(sections, "Recovery")!.paragraphs).toContain(
      "The catch-up hour 10h sold 45 more than expected, more than the 40 missing in the late start.",
    );
    expect(text(byHeading(sections, "Impact"))).toContain(
      "Catch-up at 10h: 65 checkouts against 20 expected; the catch-up hour 10h sold 45 more than expected, " +
        "more than the 40 missing.",
    );
    expect(sections.map(text).join("\n")).not.toMatch(/won back 45/);
    const under = lateStartDay(40);
    expect(
      byHeading(postmortem(under.incidents[0]!, under, findingsOf(under)), "Recovery")!.paragraphs,
    ).toContain("The catch-up hour 10h won back 20 of the 40 missing in the late start.");
  });

  it("quotes only the reference notes on the incident's own hours, saying a note reaches further", () => {
    const ds = lateStartDay(40);
    ds.referenceNotes = [
      { reference: "yesterday", hours: [3, 9], text: "yesterday was left out as broken at 03h and 09h." },
      {
        reference: "same_day_last_week",
        hours: [15],
        text: "same_day_last_week was left out as broken at 15h.",
      },
    ];
    const sections = postmortem(ds.incidents[0]!, ds, findingsOf(ds));
    const factors = byHeading(sections, "Contributing factors and hypotheses")!.items;
    expect(factors.filter((f) => f.startsWith("Reference:"))).toEqual([
      "Reference: yesterday was left out as broken at 03h and 09h. The note also covers 03h, outside this " +
        "incident. Compared with yesterday alone, the gap at 09h would look different; the expected count rests " +
        "on all references for this reason.",
    ]);
    expect(text(byHeading(sections, "Lessons"))).toContain("A single reference can mislead");
  });

  it("draws no reference lesson from notes on other hours of the day", () => {
    const ds = lateStartDay(40);
    ds.referenceNotes = [
      { reference: "yesterday", hours: [15], text: "yesterday was left out as broken at 15h." },
    ];
    const sections = postmortem(ds.incidents[0]!, ds, findingsOf(ds));
    expect(sections.map(text).join("\n")).not.toMatch(/Reference:|A single reference can mislead/);
  });
});
