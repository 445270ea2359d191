/**
 * Interviewer calibration (pure): wraps `raterEffects` (the additive model x = theta + beta + e of
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
import { raterEffects } from "./stats";

export interface LevelObservation {
  interviewerId: string;
  candidateId: string;
  criterionId: string;
  level: number;
}

export const targetKey = (candidateId: string, criterionId: string) => `${candidateId}\u0000${criterionId}`;

export interface Offsets {
  offset: Map<string, number>;
  halfWidth: Map<string, number | null>;
}

export function raterOffsets(observations: LevelObservation[]): Offsets {
  const ratings = observations.map((o) => ({ rater: o.interviewerId, target: targetKey(o.candidateId, o.criterionId), value: o.level }));
  const { raterOffset, calibrated } = raterEffects(ratings);
  const offset = new Map(Object.entries(raterOffset));

  const perTarget = new Map<string, number>();
  for (const r of ratings) perTarget.set(r.target, (perTarget.get(r.target) ?? 0) + 1);
  let sse = 0;
  const shared = new Map<string, number>();
  for (const r of ratings) {
    const e = r.value - (calibrated[r.target] ?? 0) - (offset.get(r.rater) ?? 0);
    sse += e * e;
    if ((perTarget.get(r.target) ?? 0) >= 2) shared.set(r.rater, (shared.get(r.rater) ?? 0) + 1);
  }
  const df = ratings.length - perTarget.size - offset.size + raterGroups(ratings);
  const t = df >= 1 ? tQuantile(0.975, df) : NaN;
  const s = df >= 1 ? Math.sqrt(sse / df) : NaN;

  const halfWidth = new Map<string, number | null>();
  for (const rater of offset.keys()) {
    const n = shared.get(rater) ?? 0;
    const hw = n > 0 ? (t * s) / Math.sqrt(n) : NaN;
    halfWidth.set(rater, Number.isFinite(hw) ? hw : null);
  }
  // An interviewer who shares no target with anyone has no estimable offset: report none rather than 0.
  for (const rater of offset.keys()) if (!shared.has(rater)) offset.delete(rater);
  return { offset, halfWidth };
}

/**
 * How many connected groups the interviewers form (two are connected when they rated a common target): the
 * fit has one offset constraint per group. Every target hangs off some interviewer, so counting interviewer
 * groups counts the components of the whole network; a union-find over the few interviewers is enough.
 */
function raterGroups(ratings: { rater: string; target: string }[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const firstRater = new Map<string, string>();
  for (const { rater, target } of ratings) {
    if (!parent.has(rater)) parent.set(rater, rater);
    const other = firstRater.get(target);
    if (other === undefined) firstRater.set(target, rater);
    else parent.set(find(rater), find(other));
  }
  return [...parent.keys()].filter((r) => find(r) === r).length;
}

/** Level counts (index 0 = lowest level of the scale) and the share of "No evidence" answers. */
export function levelDistribution(levels: number[], noEvidence: number, scaleLevels: number[]) {
  const counts = scaleLevels.map((lv) => levels.filter((l) => l === lv).length);
  const answered = levels.length + noEvidence;
  return { levelCounts: counts, noEvidence, noEvidenceShare: answered > 0 ? noEvidence / answered : 0 };
}
