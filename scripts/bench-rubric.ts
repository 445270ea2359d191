/**
 * How long parsing + validating the shipped senior matrix takes: `tsx scripts/bench-rubric.ts [iterations]`.
 *
 * Also times a bare `YAML.parse` of the same text in the same run, so the ratio shows what validation,
 * duplicate-key detection and position mapping cost on top of the YAML parser. Ends with ONE JSON line
 * for machines. Goal: median under 20 ms.
 */
import fs from "node:fs";
import YAML from "yaml";
import { formatProblem, parseRubric } from "@/lib/rubric/load";

const FILE = "rubrics/senior-postgresql-engineer.yaml";
const GOAL_MS = 20;
const WARM_UP = 50;
const iterations = Math.max(10, Number.parseInt(process.argv[2] ?? "", 10) || 200);

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

type Stats = { median: number; p95: number };

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/**
 * Runs the two candidates alternately, so that machine load, JIT state and GC pressure hit both
 * alike and the ratio stays meaningful on a busy machine.
 */
function measurePair(a: () => void, b: () => void): [Stats, Stats] {
  for (let i = 0; i < WARM_UP; i++) {
    a();
    b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < iterations; i++) {
    let start = performance.now();
    a();
    timesA.push(performance.now() - start);
    start = performance.now();
    b();
    timesB.push(performance.now() - start);
  }
  return [stats(timesA), stats(timesB)];
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

const source = fs.readFileSync(FILE, "utf8");
const check = parseRubric(source, FILE);
if (!check.ok) {
  for (const problem of check.problems) console.error(formatProblem(problem));
  console.error(`bench-rubric: ${FILE} does not validate; fix it first`);
  process.exit(1);
}

const [full, raw] = measurePair(
  () => {
    const result = parseRubric(source, FILE);
    if (!result.ok) throw new Error("the matrix stopped validating during the benchmark");
  },
  () => {
    YAML.parse(source);
  },
);

const ratio = raw.median > 0 ? full.median / raw.median : Number.NaN;
console.log(`file: ${FILE} (${Buffer.byteLength(source)} bytes), ${iterations} iterations after ${WARM_UP} warm-up runs`);
console.log(`parseRubric (parse + validate): median ${full.median.toFixed(2)} ms, p95 ${full.p95.toFixed(2)} ms`);
console.log(`YAML.parse only (baseline):     median ${raw.median.toFixed(2)} ms, p95 ${raw.p95.toFixed(2)} ms`);
console.log(`validation overhead: x${ratio.toFixed(2)} the bare parse; goal median < ${GOAL_MS} ms: ${full.median < GOAL_MS ? "met" : "NOT met"}`);
console.log(
  JSON.stringify({
    bench: "rubric",
    medianMs: round(full.median),
    p95Ms: round(full.p95),
    rawYamlParseMedianMs: round(raw.median),
    ratio: Math.round(ratio * 100) / 100,
    goalMs: GOAL_MS,
    met: full.median < GOAL_MS,
  }),
);
