import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDays } from "../../src/analysis/analyze.ts";
import type { Day, ReferenceName } from "../../src/analysis/types.ts";
import { loadDays } from "../../src/data/loadDays.ts";

// Conditions the public corpus lacks: a single-day reference that had its
// own outage. Every day of the corpus gets one, three busy hours at zero in
// `yesterday` (or `same_day_last_week`), at hours drawn from the day's id so
// the run is repeatable. The bars must still hold.
const corpus = join(process.cwd(), "..", "shared", "eval", "public");

function withBrokenReference(day: Day, reference: ReferenceName): Day {
  const start = 9 + ((Number.parseInt(day.id, 10) * 7) % 10); // 09h..18h
  const hours = day.hours.map((row) =>
    row.hour >= start && row.hour < start + 3
      ? { ...row, references: { ...row.references, [reference]: 0 } }
      : row,
  );
  return { ...day, hours };
}

function score(days: Day[]) {
  const file = join(mkdtempSync(join(tmpdir(), "robust-")), "findings.json");
  writeFileSync(file, JSON.stringify(analyzeDays(days)));
  return JSON.parse(
    execFileSync("python3", [join(corpus, "..", "score.py"), corpus, file, "--json"], { encoding: "utf8" }),
  );
}

describe.runIf(existsSync(corpus))("a broken single-day reference", () => {
  const days = loadDays([corpus]);

  for (const reference of ["yesterday", "same_day_last_week"] as const) {
    it(`leaves the bars standing when ${reference} had its own outage on every day`, () => {
      const scored = score(days.map((d) => withBrokenReference(d, reference)));
      expect(scored.hour.combined.f1).toBeGreaterThanOrEqual(0.93);
      expect(scored.anomaly.recall).toBeGreaterThanOrEqual(0.95);
      expect(scored.anomaly.per_kind.outage.recall).toBe(1);
      expect(scored.clean.false_alarm_rate).toBeLessThanOrEqual(0.08);
    });
  }
});
