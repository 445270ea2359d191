import { describe, expect, it } from "vitest";
import { prng } from "@/lib/demo/prng";
import { multinomialSampler } from "@/lib/report/multinomial";

/**
 * The exact Binomial(n, p) probabilities: the ratio recurrence outwards from the mode, then normalised (starting
 * from P(0) = (1 - p)^n would underflow to 0 at n = 4,800).
 */
function binomialPmf(n: number, p: number): number[] {
  const mode = Math.floor((n + 1) * p);
  const pmf = new Array<number>(n + 1).fill(0);
  pmf[mode] = 1;
  for (let k = mode + 1; k <= n; k++) pmf[k] = (pmf[k - 1]! * (n - k + 1) * p) / (k * (1 - p));
  for (let k = mode - 1; k >= 0; k--) pmf[k] = (pmf[k + 1]! * (k + 1) * (1 - p)) / ((n - k) * p);
  const total = pmf.reduce((s, x) => s + x, 0);
  return pmf.map((x) => x / total);
}

/** Pearson's chi-square of observed counts against n * pmf, bins expecting fewer than 5 merged into one. */
function chiSquare(observed: number[], pmf: number[], draws: number): { chi: number; df: number } {
  let chi = 0;
  let bins = 0;
  let restObserved = 0;
  let restExpected = 0;
  pmf.forEach((p, k) => {
    const expected = draws * p;
    if (expected >= 5) {
      chi += (observed[k]! - expected) ** 2 / expected;
      bins++;
    } else {
      restObserved += observed[k]!;
      restExpected += expected;
    }
  });
  if (restExpected >= 5) {
    chi += (restObserved - restExpected) ** 2 / restExpected;
    bins++;
  }
  return { chi, df: bins - 1 };
}

describe("multinomialSampler: the alpha bootstrap's pattern counts", () => {
  it("hands out exactly n units every time, none to a category beyond n", () => {
    const draw = multinomialSampler(600, [300, 120, 90, 50, 25, 10, 4, 1]);
    const random = prng(1);
    const counts = new Int32Array(8);
    for (let r = 0; r < 2000; r++) {
      draw(random, counts);
      expect(counts.reduce((s, c) => s + c, 0)).toBe(600);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(0);
    }
  });

  // Two categories: the smaller one's count is Binomial(n, w / total). 200,000 seeded draws against the exact
  // probabilities; the bound is the chi-square's mean plus 5 standard deviations, which a sampler off by one step
  // anywhere near the mode exceeds many times over.
  it.each([
    [1, 30, 70],
    [20, 3, 97],
    [600, 1, 34],
    [600, 50, 50],
    [4800, 30, 70],
    [4800, 1, 999],
  ])("draws Binomial(%i, ...) with the exact probabilities (weights %i : %i)", (n, small, large) => {
    const draw = multinomialSampler(n, [large, small]);
    const random = prng(n + small);
    const counts = new Int32Array(2);
    const observed = new Array<number>(n + 1).fill(0);
    const draws = 200_000;
    for (let r = 0; r < draws; r++) {
      draw(random, counts);
      observed[counts[1]!]! += 1;
    }
    const { chi, df } = chiSquare(observed, binomialPmf(n, small / (small + large)), draws);
    expect(df).toBeGreaterThan(0);
    expect(chi).toBeLessThan(df + 5 * Math.sqrt(2 * df));
  });

  it("gives each category its multinomial mean, variance and (negative) covariance", () => {
    const weights = [300, 120, 90, 50, 25, 10, 4, 1];
    const total = 600;
    const draw = multinomialSampler(total, weights);
    const random = prng(3);
    const counts = new Int32Array(weights.length);
    const draws = 50_000;
    const sum = new Float64Array(weights.length);
    const squares = new Float64Array(weights.length);
    let cross = 0;
    for (let r = 0; r < draws; r++) {
      draw(random, counts);
      counts.forEach((c, i) => {
        sum[i]! += c;
        squares[i]! += c * c;
      });
      cross += counts[0]! * counts[1]!;
    }
    weights.forEach((w, i) => {
      const p = w / total;
      const mean = sum[i]! / draws;
      expect(mean).toBeCloseTo(total * p, 0);
      expect(squares[i]! / draws - mean * mean).toBeCloseTo(total * p * (1 - p), -0.5);
    });
    const covariance = cross / draws - (sum[0]! / draws) * (sum[1]! / draws);
    expect(covariance).toBeCloseTo(-total * (300 / total) * (120 / total), -0.5);
  });
});
