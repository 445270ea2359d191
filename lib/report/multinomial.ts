/**
 * Exact multinomial draws by sequential binomials (pure), for the alpha bootstrap: a resample of n units matters
 * only through the count of each distinct unit pattern, and those counts are Multinomial(n, pattern frequencies / n).
 * Drawing the counts directly costs a few steps per pattern instead of one draw per unit, with the same distribution.
 */

/** ln k! for k = 0..n, summed term by term (no Stirling approximation): the binomial's mass at its mode. */
function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
}

/**
 * One Binomial(n, p) draw by inversion, searching outwards from the mode (Kemp 1986): one uniform per draw and about
 * 1.6 standard deviations of steps, exact up to floating-point rounding. `lnP`, `lnQ` and `ratio` (p/q) are passed
 * in because the bootstrap draws with the same p thousands of times.
 */
function drawBinomial(n: number, p: number, lnP: number, lnQ: number, ratio: number, random: () => number, lnFact: Float64Array): number {
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const atMode = Math.exp(lnFact[n]! - lnFact[mode]! - lnFact[n - mode]! + mode * lnP + (n - mode) * lnQ);
  for (;;) {
    let u = random() - atMode;
    if (u < 0) return mode;
    let lo = mode;
    let hi = mode;
    let pLo = atMode;
    let pHi = atMode;
    while (lo > 0 || hi < n) {
      if (hi < n) {
        pHi *= ((n - hi) / (hi + 1)) * ratio;
        hi++;
        u -= pHi;
        if (u < 0) return hi;
      }
      if (lo > 0) {
        pLo *= lo / ((n - lo + 1) * ratio);
        lo--;
        u -= pLo;
        if (u < 0) return lo;
      }
    }
    // u fell in the ~1e-15 of mass that rounding lost: draw again rather than bias any one outcome.
  }
}

/**
 * A sampler of Multinomial(n, weights / sum of weights) that fills `counts`: count_i ~ Binomial(n left, w_i / weight
 * left), the last category taking what is left. The weights are the patterns' unit counts (positive integers).
 */
export function multinomialSampler(n: number, weights: number[]): (random: () => number, counts: Int32Array) => void {
  const lnFact = logFactorials(n);
  // Smallest weights first: the largest category, whose binomial would take the most steps, is what is left.
  const order = weights.map((_, i) => i).sort((a, b) => weights[a]! - weights[b]!);
  let weightLeft = weights.reduce((s, w) => s + w, 0);
  const p = order.map((i) => {
    const conditional = weights[i]! / weightLeft;
    weightLeft -= weights[i]!;
    return conditional;
  });
  const lnP = p.map(Math.log);
  const lnQ = p.map((x) => Math.log1p(-x));
  const ratio = p.map((x) => x / (1 - x));
  const last = weights.length - 1;
  return (random, counts) => {
    let left = n;
    for (let i = 0; i < last; i++) {
      const c = left === 0 ? 0 : drawBinomial(left, p[i]!, lnP[i]!, lnQ[i]!, ratio[i]!, random, lnFact);
      counts[order[i]!] = c;
      left -= c;
    }
    counts[order[last]!] = left;
  };
}
