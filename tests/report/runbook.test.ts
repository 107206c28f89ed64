import { describe, expect, it } from "vitest";
import { severityOf } from "../../src/analysis/incidents.ts";
import { config } from "../../src/config.ts";
import { runbookSections, severityTable } from "../../src/report/runbook.ts";

describe("runbookSections", () => {
  const runbook = runbookSections();

  it("covers the four alert kinds with the same six steps", () => {
    expect(runbook.map((r) => r.kind)).toEqual(["outage", "drop", "spike", "late_start"]);
    for (const { sections } of runbook) {
      expect(sections.map((s) => s.heading)).toEqual([
        "Is it real?",
        "How bad?",
        "Mitigate",
        "Verify recovery",
        "Escalate",
        "Follow up",
      ]);
    }
  });

  it("quotes the configured thresholds in the check", () => {
    const check = runbook[0]!.sections[0]!.items.join("\n");
    expect(check).toContain(`at least ${config.minExpected} (minExpected)`);
    expect(check).toContain(`${config.alphaPerDay} per day (alphaPerDay)`);
    expect(check).toContain("30 % (minEffect)");
    expect(check).toContain("10 % of expected is an outage (outageShare)");
    expect(runbook[0]!.title).toBe("Outage: checkouts at or below 10 % of expected");
    expect(runbook[0]!.sections[0]!.paragraphs[0]).toBe(
      "A tested hour closed at or below 10 % of its expected count.",
    );
  });
});

describe("severityTable", () => {
  const table = severityTable();

  it("states P1 to P3 from config.severity", () => {
    expect(table.map((r) => r.severity)).toEqual(["P1", "P2", "P3"]);
    expect(table[0]!.rule).toBe(
      "2 or more outage hours (at or below 10 % of expected) costing at least 1.5 % of the day's expected volume, or checkouts missing at least 5.0 % of the day's expected volume.",
    );
    expect(table[2]!.rule).toContain("below 1.5 %");
    expect(table[2]!.response).toContain("from 09:00 UTC");
  });

  it("agrees with severityOf at the boundaries it states", () => {
    const { p1ShareLost, p2ShareLost } = config.severity;
    expect(config.severity.p1OutageHours).toBe(2);
    expect(severityOf("outage", p2ShareLost, 2).severity).toBe("P1");
    expect(severityOf("outage", p2ShareLost / 2, 2).severity).toBe("P2");
    expect(severityOf("outage", 0, 1).severity).toBe("P2");
    expect(severityOf("drop", p1ShareLost, 0).severity).toBe("P1");
    expect(severityOf("drop", p2ShareLost, 0).severity).toBe("P2");
    expect(severityOf("drop", p2ShareLost / 2, 0).severity).toBe("P3");
    expect(severityOf("spike", 1, 0).severity).toBe("P2");
    expect(table[1]!.rule).toContain("or a spike with checkouts in excess at least 5.0 %");
    expect(severityOf("spike", p1ShareLost / 2, 0).severity).toBe("P3");
  });
});
