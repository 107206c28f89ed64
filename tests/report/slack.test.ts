import { describe, expect, it } from "vitest";
import { slackMessages } from "../../src/report/slack.ts";
import { openOutageDay } from "./fixtures.ts";
import { afternoonOutage, morningIncident } from "./realFindings.ts";

describe("Slack messages for checkout_2's outage", () => {
  const { incident, ds } = afternoonOutage();
  const messages = slackMessages(incident, ds);
  const byPhase = (phase: string) => messages.find((m) => m.phase === phase)!;

  it("has one message per phase, in order", () => {
    expect(messages.map((m) => m.phase)).toEqual(["investigating", "identified", "monitoring", "resolved"]);
  });

  it("fills the identified message with the zeros, the outage window and the missing range", () => {
    const text = byPhase("identified").text;
    expect(text).toContain("`checkout_2`");
    expect(text).toMatch(/\*0\* checkouts in 15:00–18:00 UTC|15:00–18:00 UTC: \*0\* checkouts/);
    expect(text).toContain(
      `*Checkouts missing:* ${incident.impact.estimate} (range ${incident.impact.low}–${incident.impact.high})`,
    );
    expect(text).toContain("*[P1]");
  });

  it("resolves at the recovery hour", () => {
    const resolved = byPhase("resolved");
    expect(resolved.title).toBe("Resolved: P1 outage in checkout_2");
    expect(resolved.text).toContain(`back to normal at ${String(incident.recoveryHour).padStart(2, "0")}h`);
    expect(resolved.text).toContain("15:00–18:00 UTC");
  });

  it("uses Slack mrkdwn: bold, bullets and code, no Markdown headings", () => {
    for (const { text } of messages) {
      expect(text).toMatch(/^:[a-z_]+: \*\[P1\] /);
      expect(
        text
          .split("\n")
          .slice(1)
          .every((line) => line.startsWith("• ")),
      ).toBe(true);
      expect(text).not.toContain("**");
    }
  });
});

describe("Slack messages for checkout_1's morning incident", () => {
  it("alerts at the end of 08h with its zero count", () => {
    const { incident, ds } = morningIncident();
    expect(slackMessages(incident, ds)[0]!.text).toContain("Alert at *09:00 UTC*: 08h had *0* checkouts");
  });
});

describe("Slack messages for an incident open at the end of the day", () => {
  const ds = openOutageDay();
  const messages = slackMessages(ds.incidents[0]!, ds);

  it("does not claim resolution", () => {
    const last = messages.at(-1)!;
    expect(last.phase).toBe("resolved");
    expect(last.title).toBe("Not resolved: late_night still open at end of day");
    expect(last.text).toContain("No normal hour from 20h to 23h; do not close the incident");
    expect(messages.map((m) => m.text).join("\n")).not.toMatch(/Resolved:|:white_check_mark:|counts back at/);
  });

  it("monitors without a recovery hour", () => {
    expect(messages[2]!.text).toContain("last hour 23h: *0* checkouts where *20* were expected");
  });
});
