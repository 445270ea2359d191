/**
 * Pure statistics for the comparison report (no I/O). Formulas follow
 * ../shared/domain.md, "Statistics for the comparison report".
 *
 * Conventions: results that are mathematically undefined are NaN (never a
 * thrown error); empty inputs never throw.
 */
import fQuantile from "@stdlib/stats-base-dists-f-quantile";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { alphaFromCoincidences, coincidences } from "./stats-alpha";

export { coincidences, type Coincidences } from "./stats-alpha";
import { oneWay } from "./stats-anova";
import { fitIndexed, indexer } from "./stats-raters";

// ---------------------------------------------------------------------------
// Weighted competency score
// ---------------------------------------------------------------------------

/**
 * S = sum_{rated} w*value / sum_{rated} w; coverage = rated weight / total weight.
 * An item is rated when value is not null; a missing value is never counted as 0.
 * score is null when nothing is rated (or the rated items carry zero total weight);
 * coverage is 0 for empty input or zero total weight. Weights are expected to be >= 0.
 */
export function weightedScore(items: { weight: number; value: number | null }[]): {
  score: number | null;
  coverage: number;
} {
  let total = 0;
  let ratedWeight = 0;
  let weightedSum = 0;
  for (const { weight, value } of items) {
    total += weight;
    if (value === null || value === undefined) continue;
    ratedWeight += weight;
    weightedSum += weight * value;
  }
  return {
    score: ratedWeight > 0 ? weightedSum / ratedWeight : null,
    coverage: total > 0 ? ratedWeight / total : 0,
  };
}

// ---------------------------------------------------------------------------
// Krippendorff's alpha (coincidence-matrix method, Krippendorff 2011)
// ---------------------------------------------------------------------------

export type AlphaLevel = "nominal" | "ordinal" | "interval" | "ratio";

/**
 * Krippendorff's alpha = 1 - (n - 1) * sum o_ck d2(c,k) / sum_{c,k} n_c n_k d2(c,k).
 * units[i] holds every value given to unit i (nulls ignored). Ordinal distances use
 * the marginals n_g of the sorted distinct values; ratio assumes non-negative values.
 * Returns NaN when undefined: no pairable values (n < 2) or expected disagreement 0
 * (e.g. every pairable value identical).
 */
export function krippendorffAlpha(units: (number | null)[][], level: AlphaLevel): number {
  const { values, o } = coincidences(units);
  return alphaFromCoincidences(level, values, o);
}

// ---------------------------------------------------------------------------
// ICC(1): Shrout & Fleiss case 1, one-way random effects
// ---------------------------------------------------------------------------

export interface Icc1Result {
  icc11: number;
  icc1k: number;
  k0: number;
  bms: number;
  wms: number;
  ci95: { icc11: [number, number]; icc1k: [number, number] };
}

/**
 * groups[i] = ratings of target i (different raters per target allowed; empty groups skipped).
 * BMS = SSB/(n-1), WMS = SSW/(N-n), k0 = (N - sum k_i^2/N)/(n-1) (= k for equal panels),
 * ICC(1,1) = (BMS-WMS)/(BMS+(k0-1)WMS), ICC(1,k) = (BMS-WMS)/BMS.
 * 95% CI with F = BMS/WMS, F_L = F/F_.975(n-1, N-n), F_U = F*F_.975(N-n, n-1);
 * ICC(1,1) bound (F_x-1)/(F_x+k0-1); ICC(1,k) bound 1-1/F_x (McGraw & Wong).
 * Everything is NaN when n < 2 (fewer than two non-empty groups) or N - n < 1 (no group
 * with two ratings). If WMS = 0 < BMS, F is infinite and all estimates and bounds are 1.
 * If BMS = WMS = 0 (all ratings identical) everything but k0/bms/wms is NaN. ICC(1,1) can be
 * negative (down to -1/(k0-1)); ICC(1,k) = 1 - 1/F is -Infinity when BMS = 0 < WMS.
 */
export function icc1(groups: number[][]): Icc1Result {
  const { n, N, ssb, ssw, sumK2 } = oneWay(groups);
  const df1 = n - 1;
  const df2 = N - n;
  if (df1 < 1 || df2 < 1) {
    return { icc11: NaN, icc1k: NaN, k0: NaN, bms: NaN, wms: NaN, ci95: { icc11: [NaN, NaN], icc1k: [NaN, NaN] } };
  }
  const bms = ssb / df1;
  const wms = ssw / df2;
  const k0 = (N - sumK2 / N) / df1;
  const icc11 = (bms - wms) / (bms + (k0 - 1) * wms);
  const icc1k = (bms - wms) / bms;
  const F = bms / wms;
  const fL = F / fQuantile(0.975, df1, df2);
  const fU = F * fQuantile(0.975, df2, df1);
  const single = (fx: number): number => (fx === Infinity ? 1 : (fx - 1) / (fx + k0 - 1));
  const average = (fx: number): number => 1 - 1 / fx;
  return {
    icc11,
    icc1k,
    k0,
    bms,
    wms,
    ci95: { icc11: [single(fL), single(fU)], icc1k: [average(fL), average(fU)] },
  };
}

// ---------------------------------------------------------------------------
// Rater leniency/severity (additive model)
// ---------------------------------------------------------------------------

export interface RaterRating {
  rater: string;
  target: string;
  value: number;
}

export interface RaterEffects {
  /** beta_r: positive = lenient (rates above the panel), negative = severe. */
  raterOffset: Record<string, number>;
  /** theta_t: calibrated target score (ratings with rater offsets removed). */
  calibrated: Record<string, number>;
}

/**
 * Additive model x_rt = theta_t + beta_r + e, fitted by least squares with sum beta_r = 0,
 * solved exactly from the normal equations (see ./stats-raters). Each rating is one
 * observation (repeated rater-target pairs allowed); non-finite values are ignored.
 * Disconnected network: offsets are identifiable only within a connected rater-target
 * component, so each component is centred separately (its betas sum to 0) and calibrated
 * scores are comparable only within a component. Empty input gives empty records.
 */
export function raterEffects(ratings: RaterRating[]): RaterEffects {
  const obs = ratings.filter((r) => Number.isFinite(r.value));
  const raters = indexer();
  const targets = indexer();
  const rater = Int32Array.from(obs, (o) => raters.index(o.rater));
  const target = Int32Array.from(obs, (o) => targets.index(o.target));
  const fit = fitIndexed({ rater, target, value: Float64Array.from(obs, (o) => o.value), raters: raters.keys.length, targets: targets.keys.length });
  // Object.fromEntries defines own data properties, so a name like "__proto__" is safe.
  return {
    raterOffset: Object.fromEntries(fit.raterOrder.map((r) => [raters.keys[r]!, fit.beta[r]!])),
    calibrated: Object.fromEntries(fit.targetOrder.map((t) => [targets.keys[t]!, fit.theta[t]!])),
  };
}

// ---------------------------------------------------------------------------
// Score interval from the pooled within-target variance
// ---------------------------------------------------------------------------

/**
 * mean of `ratings` +- t_.975(N - n) * sqrt(WMS / k), WMS = pooled within-target variance of
 * `pool` (pool[i] = ratings of target i, usually including the candidate's own ratings;
 * empty groups skipped), k = ratings.length. mean is NaN for empty `ratings`; low/high are
 * NaN when N - n < 1 (no within-target replication to estimate the variance) or k = 0.
 */
export function scoreInterval(pool: number[][], ratings: number[]): { mean: number; low: number; high: number } {
  return scoreIntervals(pool)(ratings);
}

/** scoreInterval for many candidates of one pool: the pool's sums and the t quantile are computed once. */
export function scoreIntervals(pool: number[][]): (ratings: number[]) => { mean: number; low: number; high: number } {
  const { n, N, ssw } = oneWay(pool);
  const df = N - n;
  const t = df >= 1 ? tQuantile(0.975, df) : NaN;
  return (ratings) => {
    const k = ratings.length;
    const mean = k > 0 ? ratings.reduce((s, x) => s + x, 0) / k : NaN;
    if (df < 1 || k === 0) return { mean, low: NaN, high: NaN };
    const half = t * Math.sqrt(ssw / df / k);
    return { mean, low: mean - half, high: mean + half };
  };
}

// ---------------------------------------------------------------------------
// Readers for the UI
// ---------------------------------------------------------------------------

/** Krippendorff: >= .800 reliable, >= .667 tentative, below unreliable; NaN insufficient. */
export function alphaReading(alpha: number): "reliable" | "tentative" | "unreliable" | "insufficient" {
  if (!Number.isFinite(alpha)) return "insufficient";
  if (alpha >= 0.8) return "reliable";
  if (alpha >= 0.667) return "tentative";
  return "unreliable";
}

/**
 * Koo & Li (2016): < .5 poor, [.5, .75) moderate, [.75, .9] good, > .9 excellent;
 * NaN insufficient.
 */
export function iccReading(icc: number): "poor" | "moderate" | "good" | "excellent" | "insufficient" {
  if (!Number.isFinite(icc)) return "insufficient";
  if (icc < 0.5) return "poor";
  if (icc < 0.75) return "moderate";
  if (icc <= 0.9) return "good";
  return "excellent";
}
