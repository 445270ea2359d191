/** Internal helpers for krippendorffAlpha in ./stats (not part of the public API). */
import type { AlphaLevel } from "./stats";

/**
 * Squared distance delta^2 between category indices i and j (any order), where
 * `values` are the sorted distinct pairable values and `nc` their marginals n_c.
 */
export function alphaDistance(level: AlphaLevel, values: number[], nc: number[]): (i: number, j: number) => number {
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
      for (const x of nc) prefix.push(prefix[prefix.length - 1]! + x);
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

