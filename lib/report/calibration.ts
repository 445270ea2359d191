/**
 * Interviewer calibration (pure): fits `raterEffects`'s model (the additive model x = theta + beta + e of
 * ../shared/domain.md) with targets = candidate x criterion, so an interviewer is compared with colleagues on the
 * very same question about the same person.
 *
 * Interval of an offset (an approximation, documented in the report legend): residual standard deviation
 * s = sqrt(SSE / df), df = N - targets - raters + components (parameters of the fit), and
 * half-width = t_.975(df) * s / sqrt(n_shared), where n_shared is the number of the interviewer's ratings on
 * targets someone else also rated (only those inform the offset). It treats the panel means as known, so it is
 * slightly narrow for small panels; it is not a bootstrap.
 */
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { fitIndexed, indexer } from "./stats-raters";

export interface LevelObservation {
  interviewerId: string;
  candidateId: string;
  criterionId: string;
  level: number;
}

export interface Offsets {
  offset: Map<string, number>;
  halfWidth: Map<string, number | null>;
}

/** Targets = candidate x criterion; indexed through nested maps so no key string is built per rating. */
export function raterOffsets(observations: LevelObservation[]): Offsets {
  const raters = indexer();
  const targetIds = new Map<string, Map<string, number>>();
  let targets = 0;
  const n = observations.length;
  const rater = new Int32Array(n);
  const target = new Int32Array(n);
  const value = new Float64Array(n);
  observations.forEach((o, i) => {
    rater[i] = raters.index(o.interviewerId);
    let byCriterion = targetIds.get(o.candidateId);
    if (!byCriterion) targetIds.set(o.candidateId, (byCriterion = new Map()));
    let t = byCriterion.get(o.criterionId);
    if (t === undefined) byCriterion.set(o.criterionId, (t = targets++));
    target[i] = t;
    value[i] = o.level;
  });
  const fit = fitIndexed({ rater, target, value, raters: raters.keys.length, targets });

  let sse = 0;
  const shared = new Int32Array(raters.keys.length);
  for (let i = 0; i < n; i++) {
    const e = value[i]! - fit.theta[target[i]!]! - fit.beta[rater[i]!]!;
    sse += e * e;
    if (fit.perTarget[target[i]!]! >= 2) shared[rater[i]!]! += 1;
  }
  // Parameters: one theta per target and one beta per rater, less one constraint per connected group.
  const df = n - targets - raters.keys.length + fit.components;
  const t = df >= 1 ? tQuantile(0.975, df) : NaN;
  const s = df >= 1 ? Math.sqrt(sse / df) : NaN;

  const offset = new Map<string, number>();
  const halfWidth = new Map<string, number | null>();
  for (const r of fit.raterOrder) {
    const id = raters.keys[r]!;
    const hw = shared[r]! > 0 ? (t * s) / Math.sqrt(shared[r]!) : NaN;
    halfWidth.set(id, Number.isFinite(hw) ? hw : null);
    // An interviewer who shares no target with anyone has no estimable offset: report none rather than 0.
    if (shared[r]! > 0) offset.set(id, fit.beta[r]!);
  }
  return { offset, halfWidth };
}

/** Level counts (index 0 = lowest level of the scale) and the share of "No evidence" answers. */
export function levelDistribution(levels: number[], noEvidence: number, scaleLevels: number[]) {
  const counts = scaleLevels.map((lv) => levels.filter((l) => l === lv).length);
  const answered = levels.length + noEvidence;
  return { levelCounts: counts, noEvidence, noEvidenceShare: answered > 0 ? noEvidence / answered : 0 };
}
