import { describe, expect, it } from "vitest";
import { slackMessages } from "../../src/report/slack.ts";
import { lateStartDay, openOutageDay, windowNightDay } from "./fixtures.ts";
import { afternoonOutage, morningIncident } from "./realFindings.ts";

describe("Slack messages for checkout_2's outage", () => {
  const { incident, ds } = afternoonOutage();
  const messages = slackMessages(incident, ds);
  const byPhase = (phase: string) => messages.find((m) => m.phase === phase)!;

  it("has one message per phase, in order", () => {
    expect(messages.map((m) => m.phase)).toEqual(["investigating", "identified", "monitoring", "resolved"]);
  });

  it("investigates at 16:00 with only 14h–15h closed and a provisional severity", () => {
    const { title, text } = byPhase("investigating");
    expect(title).toBe("Investigating: checkout_2 below expected since 14:00 UTC");
    expect(text).toContain(
      "Alert at *16:00 UTC*: 15h: *0* checkouts where *48* were expected (−100 %), score ",
    );
    expect(text).toContain("*So far:* 14h–15h: 19 checkouts where 90 were expected");
    expect(text).toContain(
      "*Severity:* P1 (provisional, from the hours closed so far: 11.9 % of the day's expected volume missing",
    );
    // Known only at 19:00 or later: the third outage hour, the final share and impact.
    expect(text).not.toMatch(/3 outage hours|28\.9 %|173|16h|17h/);
  });

  it("identifies at 17:00 with 14h–16h closed, two outage hours so far and no final range", () => {
    const { title, text } = byPhase("identified");
    expect(title).toBe("Identified: P1 outage in checkout_2 since 14h");
    expect(text).toContain(
      "*At 17:00 UTC*, 16h closed. *So far:* 14h–16h: 19 checkouts where 134 were expected",
    );
    expect(text).toContain(
      "*Outage hours* (at or below 10 % of expected) 15h–16h: *0* checkouts where *92* were expected",
    );
    expect(text).toContain("*Checkouts missing so far:* 115; the range follows when counts are back");
    expect(text).toContain("*Severity:* P1 (provisional, from the hours closed so far: 2 outage hours");
    expect(text).not.toMatch(/17h|18h|28\.9 %|173|147–201/);
  });

  it("gives the full figures and the final severity once counts are back", () => {
    for (const phase of ["monitoring", "resolved"]) {
      const text = byPhase(phase).text;
      expect(text, phase).toContain("14h–18h");
      expect(text, phase).toContain("*32* checkouts where *205* were expected");
      expect(text, phase).toContain(`*Severity:* P1, ${incident.severityReason}`);
    }
    expect(byPhase("resolved").text).toContain(
      `*${incident.impact.estimate}* checkouts missing (range ${incident.impact.low}–${incident.impact.high}), 28.9 %`,
    );
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
  it("alerts at the end of 08h with its zero count, provisionally P2 until 09h closes", () => {
    const { incident, ds } = morningIncident();
    const [investigating, identified] = slackMessages(incident, ds);
    expect(investigating!.text).toContain("Alert at *09:00 UTC*: 08h: *0* checkouts");
    expect(investigating!.text).toMatch(/^:rotating_light: \*\[P2\] /);
    expect(investigating!.text).toContain(
      "*Severity:* P2 (provisional, from the hours closed so far: one outage hour",
    );
    expect(identified!.text).toContain("08h–09h: 2 checkouts where 40 were expected");
    expect(identified!.text).toMatch(/^:mag: \*\[P1\] /);
  });
});

describe("Slack messages for an incident open at the end of the day", () => {
  const ds = openOutageDay();
  const messages = slackMessages(ds.incidents[0]!, ds);

  it("promises no update from an hour after 23h, which the day's data cannot have", () => {
    const monitoring = messages.find((m) => m.phase === "monitoring")!;
    expect(monitoring.text).toContain("the next update comes with the next day's data");
    expect(monitoring.text).not.toContain("next hour closes");
  });

  it("does not claim resolution", () => {
    const last = messages.at(-1)!;
    expect(last.phase).toBe("resolved");
    expect(last.title).toBe("Not resolved: late_night still open at end of day");
    expect(last.text).toContain(
      "Not recovered by the end of the day (23h was still affected); do not close the incident",
    );
    expect(messages.map((m) => m.text).join("\n")).not.toMatch(/Resolved:|:white_check_mark:|counts back at/);
  });

  it("monitors without a recovery hour", () => {
    expect(messages[2]!.text).toContain(
      "• Not recovered by the end of the day (23h was still affected); last hour 23h: *0* checkouts where *20* were expected",
    );
    expect(messages.map((m) => m.text).join("\n")).not.toMatch(/23h up to 23h|since 23h/);
  });
});

describe("Slack figures the QA round found wrong", () => {
  it("alerts on a window with the window's summed counts, score and threshold", () => {
    const ds = windowNightDay();
    const [investigating] = slackMessages(ds.incidents[0]!, ds);
    expect(investigating!.text).toContain(
      "Alert at *02:00 UTC*: 00h–01h together: *0* checkouts where *12* were expected, window score −4.28 past " +
        "the window threshold of 4.10",
    );
    expect(investigating!.text).not.toMatch(/01h had|−1\.21|3\.56/);
  });

  it("weighs the catch-up against the checkouts missing once counts are back", () => {
    const ds = lateStartDay(65);
    const [, , monitoring, resolved] = slackMessages(ds.incidents[0]!, ds);
    for (const m of [monitoring!, resolved!]) {
      expect(m.text).toContain(
        "• *Catch-up:* the catch-up hour 10h sold 45 more than expected, more than the 40 missing",
      );
    }
  });
});
