import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePaths } from "../../src/analysis/analyze.ts";

// The labelled corpus shipped beside the repository, scored by its own
// scorer. The bars are those of issue 3; falling below one fails the build.
const corpus = join(process.cwd(), "..", "shared", "eval", "public");

describe.runIf(existsSync(corpus))("score on the public evaluation corpus", () => {
  it("meets the bars: hour F1 >= 0.93, anomaly recall >= 0.98, outage recall 1, clean-day false alarms <= 8 %", () => {
    const file = join(mkdtempSync(join(tmpdir(), "eval-")), "findings.json");
    writeFileSync(file, JSON.stringify(analyzePaths([corpus])));
    const scored = JSON.parse(
      execFileSync("python3", [join(corpus, "..", "score.py"), corpus, file, "--json"], { encoding: "utf8" }),
    );

    expect(scored.hour.combined.f1).toBeGreaterThanOrEqual(0.93);
    expect(scored.anomaly.recall).toBeGreaterThanOrEqual(0.98);
    expect(scored.anomaly.per_kind.outage.recall).toBe(1);
    expect(scored.clean.false_alarm_rate).toBeLessThanOrEqual(0.08);
  }, 120_000);
});
