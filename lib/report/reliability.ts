/**
 * How much the report may claim about panel agreement and about a candidate's score (pure). A number is only
 * worth showing with the evidence under it: alpha with its units and a bootstrap interval, a score interval only
 * when the spread it rests on was actually observed.
 */
import { prng } from "@/lib/demo/prng";
import { alphaOfCounts, patternTable, type PatternTable } from "./alpha-patterns";
import { multinomialSampler } from "./multinomial";
import type { AlphaLevel } from "./stats";

/**
 * The honest minimum for an agreement verdict. Units of one candidate share the candidate and the panel, so they
 * are not independent: with fewer than 5 candidates a single candidate decides the figure, and a bootstrap over so
 * few candidates only reshuffles the same few. And a dozen units cannot settle a verdict at all: on Krippendorff's
 * own 12-unit example (ordinal alpha .815) the bootstrap interval runs from .43 to 1.00, across all three readings
 * (tests/unit/report-reliability.test.ts). Below 10 pairable units the report therefore gives no verdict.
 */
export const ALPHA_MIN_CANDIDATES = 5;
export const ALPHA_MIN_UNITS = 10;
export const BOOTSTRAP_RESAMPLES = 1000;

export type AlphaReading = "reliable" | "tentative" | "unreliable" | "insufficient";

export interface AlphaEstimate {
  alpha: number;
  /** Percentile bootstrap 95% interval; null below the minimum or when too few resamples define alpha. */
  interval: { low: number; high: number } | null;
  reading: AlphaReading;
  /** Units (e.g. candidate x criterion) with two or more values. */
  pairableUnits: number;
  /** Distinct clusters (candidates) among the pairable units. */
  candidates: number;
}

const pairable = (unit: (number | null)[]) => unit.filter((v) => typeof v === "number" && Number.isFinite(v)).length >= 2;

/** The p-quantile of sorted values, linear between order statistics (R type 7). */
export function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Bootstrap 95% interval of Krippendorff's alpha (Hayes & Krippendorff 2007): draw as many units as there are,
 * with replacement, from the pairable units, recompute alpha, and take the 2.5th and 97.5th percentiles. Seeded,
 * so a report reads the same on every load. Resamples where alpha is undefined (every value equal) are dropped;
 * with fewer than half of them defined, there is no interval.
 *
 * Alpha depends on a resample only through how many units of each distinct pattern it holds (./alpha-patterns.ts),
 * and those counts are Multinomial(units, pattern frequencies): so each resample draws the counts directly
 * (./multinomial.ts), a few dozen binomials instead of one draw per unit. Same bootstrap distribution; the cost of
 * a resample follows the number of patterns (and the square root of the pool), not the pool, so every pool gets all
 * its resamples.
 */
export function alphaBootstrap(units: (number | null)[][], level: AlphaLevel, resamples = BOOTSTRAP_RESAMPLES, seed = 12345) {
  return bootstrapPatterns(patternTable(units), level, resamples, seed);
}

function bootstrapPatterns(table: PatternTable, level: AlphaLevel, resamples = BOOTSTRAP_RESAMPLES, seed = 12345) {
  const units = table.frequency.reduce((s, f) => s + f, 0);
  if (units < 2) return null;
  const draw = multinomialSampler(units, table.frequency);
  const random = prng(seed);
  const counts = new Int32Array(table.frequency.length);
  const sums = new Float64Array(table.values.length ** 2 + table.values.length);
  const draws: number[] = [];
  for (let b = 0; b < resamples; b++) {
    draw(random, counts);
    const a = alphaOfCounts(table, level, counts, sums);
    if (Number.isFinite(a)) draws.push(a);
  }
  if (draws.length < resamples / 2) return null;
  draws.sort((x, y) => x - y);
  return { low: quantile(draws, 0.025), high: quantile(draws, 0.975) };
}

/**
 * The verdict a manager reads: "reliable" only when the whole interval clears 0.800, "unreliable" only when it
 * stays below 0.667 (Krippendorff's thresholds), "tentative" when it straddles them; below the minimum,
 * "insufficient" (shown as "too few candidates yet", in a neutral tone).
 */
export function readAlpha(alpha: number, interval: { low: number; high: number } | null, enough: boolean): AlphaReading {
  if (!enough || !Number.isFinite(alpha) || interval === null) return "insufficient";
  if (interval.low >= 0.8) return "reliable";
  if (interval.high < 0.667) return "unreliable";
  return "tentative";
}

/** Alpha of `units` (clustered by `clusterOf`, e.g. the candidate), with its interval and reading. */
export function estimateAlpha(units: (number | null)[][], clusters: string[], level: AlphaLevel = "ordinal"): AlphaEstimate {
  const table = patternTable(units);
  const alpha = alphaOfCounts(table, level, table.frequency);
  const keep = units.map(pairable);
  const pairableUnits = keep.filter(Boolean).length;
  const candidates = new Set(clusters.filter((_, i) => keep[i])).size;
  const enough = pairableUnits >= ALPHA_MIN_UNITS && candidates >= ALPHA_MIN_CANDIDATES;
  const interval = enough && Number.isFinite(alpha) ? bootstrapPatterns(table, level) : null;
  return { alpha, interval, reading: readAlpha(alpha, interval, enough), pairableUnits, candidates };
}

/**
 * A score's 95% interval as the report may show it: clipped to the scale, and withheld (null) when it rests on
 * too little: fewer than 2 degrees of freedom for the pooled variance (t_.975(1) = 12.7 makes it meaningless) or
 * no observed spread at all (identical ratings give a zero-wide interval that claims certainty nobody has).
 */
export function honestInterval(score: number, halfWidth: number, df: number, scale: [number, number]): { low: number; high: number } | null {
  if (!Number.isFinite(halfWidth) || !(halfWidth > 0) || df < 2) return null;
  return { low: Math.max(scale[0], score - halfWidth), high: Math.min(scale[1], score + halfWidth) };
}
