/**
 * Krippendorff's alpha over distinct unit patterns (pure). Units with the same multiset of values have the same
 * coincidence matrix, and alpha needs of a unit only its marginals n_c and its coincidences above the diagonal (every
 * distance is 0 on the diagonal, and o is symmetric). So the units are counted per pattern once, and alpha of any
 * weighting of the patterns (the data itself, or a bootstrap resample) is a short weighted sum.
 */
import type { AlphaLevel } from "./stats";
import { alphaFromPairs, coincidences } from "./stats-alpha";

export interface PatternTable {
  /** Sorted distinct values of the pairable units (the categories c). */
  values: number[];
  /** Units per pattern. */
  frequency: number[];
  /** Pattern p's parts are slot[start[p]..start[p + 1]) with `weight`: slot c * q + k (c < k) for a coincidence,
   * q * q + c for a marginal. Flat typed arrays: the bootstrap reads them a thousand times. */
  start: Int32Array;
  slot: Int32Array;
  weight: Float64Array;
}

const isValue = (v: number | null): v is number => typeof v === "number" && Number.isFinite(v);

/** The pairable units (two values or more) of `units`, grouped by pattern. */
export function patternTable(units: (number | null)[][]): PatternTable {
  const patternOf = new Map<string, number>();
  const members: number[][] = [];
  const frequency: number[] = [];
  const distinct = new Set<number>();
  for (const unit of units) {
    const own = unit.filter(isValue);
    if (own.length < 2) continue;
    own.sort((a, b) => a - b);
    const key = own.join(",");
    let id = patternOf.get(key);
    if (id === undefined) {
      patternOf.set(key, (id = members.length));
      members.push(own);
      frequency.push(0);
      for (const v of own) distinct.add(v);
    }
    frequency[id]! += 1;
  }
  const values = [...distinct].sort((a, b) => a - b);
  const q = values.length;
  const start = new Int32Array(members.length + 1);
  const slots: number[] = [];
  const weights: number[] = [];
  members.forEach((own, p) => {
    const { values: mine, o } = coincidences([own]);
    const at = mine.map((v) => values.indexOf(v));
    o.forEach((row, i) => {
      slots.push(q * q + at[i]!);
      weights.push(row.reduce((s, x) => s + x, 0));
      for (let j = i + 1; j < row.length; j++) {
        if (row[j]! === 0) continue;
        // at[] is increasing (both value lists are sorted), so at[i] < at[j]: above the diagonal.
        slots.push(at[i]! * q + at[j]!);
        weights.push(row[j]!);
      }
    });
    start[p + 1] = slots.length;
  });
  return { values, frequency, start, slot: Int32Array.from(slots), weight: Float64Array.from(weights) };
}

/**
 * Alpha of the patterns weighted by `counts` (units per pattern). `sums` (q * q coincidences, then q marginals)
 * is scratch space, reused by the bootstrap across its thousand resamples.
 */
export function alphaOfCounts(table: PatternTable, level: AlphaLevel, counts: ArrayLike<number>, sums = new Float64Array(table.values.length ** 2 + table.values.length)): number {
  const { values, start, slot, weight } = table;
  const q = values.length;
  sums.fill(0);
  for (let p = 0; p < counts.length; p++) {
    const k = counts[p]!;
    if (k === 0) continue;
    for (let e = start[p]!; e < start[p + 1]!; e++) sums[slot[e]!]! += k * weight[e]!;
  }
  return alphaFromPairs(level, values, sums.subarray(q * q), sums);
}
