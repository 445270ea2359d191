/** Krippendorff's alpha internals: the coincidence matrix (re-exported by ./stats) and the distances. */
import type { AlphaLevel } from "./stats";

/**
 * Squared distance delta^2 between category indices i and j (any order), where
 * `values` are the sorted distinct pairable values and `nc` their marginals n_c.
 */
export function alphaDistance(level: AlphaLevel, values: number[], nc: ArrayLike<number>): (i: number, j: number) => number {
  switch (level) {
    case "nominal":
      return (i, j) => (i === j ? 0 : 1);
    case "interval":
      return (i, j) => (values[i]! - values[j]!) ** 2;
    case "ratio":
      return (i, j) => {
        const c = values[i]!;
        const k = values[j]!;
        return c + k === 0 ? 0 : ((c - k) / (c + k)) ** 2;
      };
    case "ordinal": {
      // prefix[g] = sum of n_h for h < g, over the sorted distinct values.
      const prefix = [0];
      for (let g = 0; g < nc.length; g++) prefix.push(prefix[g]! + nc[g]!);
      return (i, j) => {
        if (i === j) return 0;
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        const sum = prefix[hi + 1]! - prefix[lo]!;
        return (sum - (nc[i]! + nc[j]!) / 2) ** 2;
      };
    }
  }
}


export interface Coincidences {
  /** Sorted distinct pairable values (the categories c). */
  values: number[];
  /** o[c][k]: coincidence matrix, indexed like `values`. Symmetric. */
  o: number[][];
  /** n_c = sum_k o[c][k]. */
  nc: number[];
  /** n = sum_c n_c = number of pairable values. */
  n: number;
}

/**
 * Coincidence matrix: each unit with m_u >= 2 non-null values adds 1/(m_u - 1)
 * to o[c][k] for every ordered pair of distinct positions (values c, k) in that unit.
 * Nulls (and non-finite numbers) are ignored; units with fewer than two values are skipped.
 */
export function coincidences(units: (number | null)[][]): Coincidences {
  const isValue = (v: number | null): v is number => typeof v === "number" && Number.isFinite(v);
  const pairable = (unit: (number | null)[]) => {
    let m = 0;
    for (const v of unit) if (isValue(v)) m++;
    return m;
  };
  const distinct = new Set<number>();
  for (const unit of units) if (pairable(unit) >= 2) for (const v of unit) if (isValue(v)) distinct.add(v);
  const values = [...distinct].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i] as const));
  const q = values.length;
  const o = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  // Per unit, counts per category (a reused array, reset through `seen`), then the ordered-pair counts:
  // pairs (c,k), c != k: cnt_c * cnt_k; pairs (c,c): cnt_c * (cnt_c - 1). Each (c,k) gets one addition per unit,
  // so the sums do not depend on the order inside a unit. No per-unit allocation: alpha runs over ~4,800 units.
  const counts = new Array<number>(q).fill(0);
  const seen: number[] = [];
  for (const unit of units) {
    const m = pairable(unit);
    if (m < 2) continue;
    seen.length = 0;
    for (const v of unit) {
      if (!isValue(v)) continue;
      const i = index.get(v)!;
      if (counts[i]!++ === 0) seen.push(i);
    }
    for (const c of seen) {
      for (const k of seen) {
        const pairs = c === k ? counts[c]! * (counts[c]! - 1) : counts[c]! * counts[k]!;
        o[c]![k]! += pairs / (m - 1);
      }
    }
    for (const c of seen) counts[c] = 0;
  }
  const nc = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nc.reduce((s, x) => s + x, 0);
  return { values, o, nc, n };
}


/**
 * Alpha from a coincidence matrix over the categories `values`: 1 - (n - 1) * sum o_ck d2 / sum n_c n_k d2.
 * NaN when n < 2 or the expected disagreement is 0. Categories with n_c = 0 add nothing, so a matrix laid onto a
 * superset of its own categories (the bootstrap's) gives the same alpha.
 */
export function alphaFromCoincidences(level: AlphaLevel, values: number[], o: number[][]): number {
  const q = values.length;
  const upper = new Float64Array(q * q);
  for (let c = 0; c < q; c++) for (let k = c + 1; k < q; k++) upper[c * q + k] = o[c]![k]!;
  return alphaFromPairs(level, values, o.map((row) => row.reduce((s, x) => s + x, 0)), upper);
}

/**
 * The same from what alpha actually uses: the marginals n_c and the coincidences above the diagonal, o[c * q + k]
 * for c < k (row-major q x q). Every distance is 0 on the diagonal and o is symmetric, so the rest adds nothing;
 * the bootstrap accumulates only these.
 */
export function alphaFromPairs(level: AlphaLevel, values: number[], nc: ArrayLike<number>, upper: ArrayLike<number>): number {
  const q = values.length;
  let n = 0;
  for (let c = 0; c < q; c++) n += nc[c]!;
  if (n < 2) return NaN;
  const d2 = alphaDistance(level, values, nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++) {
    for (let k = c + 1; k < q; k++) {
      const d = d2(c, k);
      observed += upper[c * q + k]! * d;
      expected += nc[c]! * nc[k]! * d;
    }
  }
  if (!(expected > 0)) return NaN;
  // Both sums ran over one half of a symmetric matrix: the factor 2 of each cancels in the ratio.
  return 1 - ((n - 1) * observed) / expected;
}
