/** Internal one-way ANOVA sums shared by icc1 and scoreInterval in ./stats. */

export interface OneWay {
  /** number of non-empty groups (targets) */
  n: number;
  /** total number of ratings */
  N: number;
  ssb: number;
  ssw: number;
  sumK2: number;
}

/** Sums over the non-empty groups (groups[i] = ratings of target i). */
export function oneWay(groups: number[][]): OneWay {
  const used = groups.filter((g) => g.length >= 1);
  let N = 0;
  let total = 0;
  let sumK2 = 0;
  for (const g of used) {
    N += g.length;
    sumK2 += g.length ** 2;
    for (const x of g) total += x;
  }
  const grand = N > 0 ? total / N : NaN;
  let ssb = 0;
  let ssw = 0;
  for (const g of used) {
    const mean = g.reduce((s, x) => s + x, 0) / g.length;
    ssb += g.length * (mean - grand) ** 2;
    for (const x of g) ssw += (x - mean) ** 2;
  }
  return { n: used.length, N, ssb, ssw, sumK2 };
}
