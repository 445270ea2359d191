/**
 * How much the report may claim about panel agreement and about a candidate's score (pure). A number is only
 * worth showing with the evidence under it: alpha with its units and a bootstrap interval, a score interval only
 * when the spread it rests on was actually observed.
 */
import { prng } from "@/lib/demo/prng";
import { krippendorffAlpha, type AlphaLevel } from "./stats";
import { multinomialSampler } from "./multinomial";
import { alphaFromPairs, coincidences, type Coincidences } from "./stats-alpha";

/**
 * The honest minimum for an agreement verdict. Units of one candidate share the candidate and the panel, so they
 * are not independent: with fewer than 5 candidates a single candidate decides the figure, and a bootstrap over so
 * few candidates only reshuffles the same few. And a dozen units cannot settle a verdict at all: on Krippendorff's
 * own 12-unit example (ordinal alpha .815) the bootstrap interval runs from .44 to 1.00, across all three readings
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
 * Alpha depends on a resample only through how many units of each distinct pattern (multiset of values) it holds,
 * and those counts are Multinomial(units, pattern frequencies): so each resample draws the counts directly
 * (./multinomial.ts), a few dozen binomials instead of one draw per unit. Same bootstrap distribution; the cost of
 * a resample no longer grows with the pool, so every pool gets all its resamples.
 */
export function alphaBootstrap(units: (number | null)[][], level: AlphaLevel, resamples = BOOTSTRAP_RESAMPLES, seed = 12345) {
  const pool = units.filter(pairable);
  if (pool.length < 2) return null;
  // Each distinct pattern's part of alpha is computed once: its marginals n_c and its coincidences above the
  // diagonal (all alpha uses), kept sparse. A resample's parts are the count-weighted sums of its patterns' parts.
  const { values } = coincidences(pool);
  const q = values.length;
  const patternOf = new Map<string, number>();
  const parts: { slot: number; value: number }[][] = [];
  const frequency: number[] = [];
  for (const unit of pool) {
    const key = unit.filter((v) => v !== null).sort((a, b) => a! - b!).join(",");
    let id = patternOf.get(key);
    if (id === undefined) {
      patternOf.set(key, (id = parts.length));
      parts.push(partsOf(spread(coincidences([unit]), values)));
      frequency.push(0);
    }
    frequency[id]! += 1;
  }
  // Flat arrays for the hot loop: pattern p's entries are slot[start[p]..start[p + 1]), a slot c * q + k (c < k)
  // for a coincidence and q * q + c for a marginal.
  const start = new Int32Array(parts.length + 1);
  parts.forEach((entries, p) => (start[p + 1] = start[p]! + entries.length));
  const slot = Int32Array.from(parts.flat().map((e) => e.slot));
  const weight = Float64Array.from(parts.flat().map((e) => e.value));
  const draw = multinomialSampler(pool.length, frequency);
  const random = prng(seed);
  const counts = new Int32Array(parts.length);
  const sums = new Float64Array(q * q + q);
  const upper = sums.subarray(0, q * q);
  const nc = new Array<number>(q);
  const draws: number[] = [];
  for (let b = 0; b < resamples; b++) {
    draw(random, counts);
    sums.fill(0);
    for (let p = 0; p < parts.length; p++) {
      const k = counts[p]!;
      if (k === 0) continue;
      for (let e = start[p]!; e < start[p + 1]!; e++) sums[slot[e]!]! += k * weight[e]!;
    }
    for (let c = 0; c < q; c++) nc[c] = sums[q * q + c]!;
    const a = alphaFromPairs(level, values, nc, upper);
    if (Number.isFinite(a)) draws.push(a);
  }
  if (draws.length < resamples / 2) return null;
  draws.sort((x, y) => x - y);
  return { low: quantile(draws, 0.025), high: quantile(draws, 0.975) };
}

/** The nonzero marginals and above-diagonal coincidences of a unit's matrix `m`, as slots of the bootstrap's sums. */
function partsOf(m: number[][]): { slot: number; value: number }[] {
  const q = m.length;
  const entries: { slot: number; value: number }[] = [];
  m.forEach((row, c) => {
    const marginal = row.reduce((s, x) => s + x, 0);
    if (marginal > 0) entries.push({ slot: q * q + c, value: marginal });
    for (let k = c + 1; k < q; k++) if (row[k]! > 0) entries.push({ slot: c * q + k, value: row[k]! });
  });
  return entries;
}

/** A unit's coincidence matrix laid onto the categories `values` (a superset of its own). */
function spread(own: Coincidences, values: number[]): number[][] {
  const at = own.values.map((v) => values.indexOf(v));
  const m = values.map(() => new Array<number>(values.length).fill(0));
  own.o.forEach((row, i) => row.forEach((x, j) => (m[at[i]!]![at[j]!] = x)));
  return m;
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
  const alpha = krippendorffAlpha(units, level);
  const keep = units.map(pairable);
  const pairableUnits = keep.filter(Boolean).length;
  const candidates = new Set(clusters.filter((_, i) => keep[i])).size;
  const enough = pairableUnits >= ALPHA_MIN_UNITS && candidates >= ALPHA_MIN_CANDIDATES;
  const interval = enough && Number.isFinite(alpha) ? alphaBootstrap(units, level) : null;
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
