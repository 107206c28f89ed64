import { describe, expect, it } from "vitest";
import { POSTMORTEM_HEADINGS, postmortem, type Section } from "../../src/report/postmortem.ts";
import { findingsOf, openOutageDay } from "./fixtures.ts";
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
      "Known at that time: 08h: 0 checkouts where 13 were expected; severity P2 (provisional, from the hours " +
        "closed so far: one outage hour",
    );
    expect(detection).toContain(`raised to P1 once the incident was over (${incident.severityReason})`);
  });

  it("notes that yesterday was itself weak on those hours", () => {
    const { incident, ds } = morningIncident();
    const factors = text(
      byHeading(postmortem(incident, ds, findings), "Contributing factors and hypotheses"),
    );
    expect(factors).toMatch(/Reference: yesterday was itself unusual on incident hours: .*09h low/);
  });
});

describe("detection of an incident whose first hour joined as a neighbour", () => {
  it("fires the alert when the first hour flagged on its own evidence closes", () => {
    const ds = openOutageDay();
    ds.hours[20] = { ...ds.hours[20]!, rule: "neighbour", threshold: 2 };
    const detection = byHeading(postmortem(ds.incidents[0]!, ds, findingsOf(ds)), "Detection")!;
    expect(detection.paragraphs[0]).toBe(
      "The alert would have fired at 22:00 UTC, when 21h closed. 0 checkouts against 20 expected, −100 % against " +
        "expected, score −12.00 past the day's threshold of 3.38.",
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
      "Status: open at the end of the day, no normal hour after 23h up to 23h.",
    );
    expect(sections.map(text).join("\n")).not.toMatch(/resolved in the data|back to normal/);
  });

  it("runs the timeline to the end of the data", () => {
    expect(byHeading(sections, "Timeline")!.items.at(-1)).toBe(
      "24:00 UTC: end of the data with the incident still open.",
    );
  });
});
