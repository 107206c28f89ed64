// Golden snapshots of every chart on a fixed day: review the SVG diff when a
// chart changes, then update with `npx vitest run -u`.
import { describe, expect, it } from "vitest";
import { dayChart } from "../../src/charts/dayChart.ts";
import { incidentChart } from "../../src/charts/incidentChart.ts";
import { scoreChart } from "../../src/charts/scoreChart.ts";
import { timelineChart } from "../../src/charts/timelineChart.ts";
import { totalsChart } from "../../src/charts/totalsChart.ts";
import { fixtureDay } from "./fixture.ts";

const nextDay = { ...fixtureDay, id: "fixture_next", incidents: [] };
const relation = {
  kind: "consecutive" as const,
  earlierId: "fixture",
  laterId: "fixture_next",
  text: "fixture is the day before fixture_next.",
};

describe("chart snapshots on a fixed day", () => {
  it("day chart", () => expect(dayChart(fixtureDay)).toMatchSnapshot());
  it("incident chart", () => expect(incidentChart(fixtureDay.incidents[0]!, fixtureDay)).toMatchSnapshot());
  it("timeline chart", () => expect(timelineChart(relation, fixtureDay, nextDay)).toMatchSnapshot());
  it("score chart", () => expect(scoreChart(fixtureDay)).toMatchSnapshot());
  it("totals chart", () => expect(totalsChart([fixtureDay, nextDay])).toMatchSnapshot());

  it("incident chart says the window and every hour in words", () => {
    const { description } = incidentChart(fixtureDay.incidents[0]!, fixtureDay);
    expect(description).toContain("Shaded 15h–17h: 0 observed against 117 expected.");
    expect(description).toContain("15h 0 (expected 43)");
  });

  it("timeline chart puts the two days in order, 48 hours", () => {
    const chart = timelineChart(relation, fixtureDay, nextDay);
    expect(chart.title).toBe(
      "fixture then fixture_next: 48 consecutive hours of checkouts against the expected count",
    );
    expect(chart.svg).toContain(">fixture_next</text>");
  });
});
