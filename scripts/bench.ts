// Speed and memory of the analysis, kept out of the tests: how long one day
// takes, and the heap a large batch needs. Run: npm run bench [-- folder]
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeDays } from "../src/analysis/analyze.ts";
import { loadDays } from "../src/data/loadDays.ts";

const folder = process.argv[2] ?? join("..", "shared", "eval", "public");
const days = loadDays([folder]);

const start = performance.now();
const findings = analyzeDays(days);
const elapsed = performance.now() - start;

// A larger batch: the same days under new ids, to see memory grow with days.
const copies = Number(process.env.BENCH_COPIES ?? 10);
const batch = Array.from({ length: copies }, (_, c) =>
  days.map((d) => ({ ...d, id: `${d.id}-${c}` })),
).flat();
const batchStart = performance.now();
analyzeDays(batch);
const batchElapsed = performance.now() - batchStart;
const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;

console.log(
  `${days.length} days from ${folder}: ${elapsed.toFixed(0)} ms, ${(elapsed / days.length).toFixed(1)} ms per day`,
);
console.log(
  `${batch.length} days: ${batchElapsed.toFixed(0)} ms, ${(batchElapsed / batch.length).toFixed(1)} ms per day; heap ${heapMiB.toFixed(0)} MiB`,
);
console.log(
  `incidents found in the first run: ${findings.datasets.reduce((a, d) => a + d.incidents.length, 0)}`,
);
