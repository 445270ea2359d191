/**
 * Score rules of the report (pure). A criterion's value is the mean of its submitted levels; a competency's the
 * mean (or, if the matrix says so, the median) over its rated criteria; the overall score is `weightedScore` over
 * competencies. "No evidence" and missing criteria are simply absent: never a zero.
 */
import type { CompetencyScoreRule } from "@/lib/rubric/schema";
import { weightedScore } from "./stats";
import type { GateStatus, OverallStatus, ReferenceCompetency } from "./model";

export type CompetencyScore = { score: number | null; rated: number };

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** criterion id -> mean of its values; criteria without values are left out. */
export function criterionMeans(values: Map<string, number[]>): Map<string, number> {
  const means = new Map<string, number>();
  for (const [criterionId, list] of values) {
    const m = mean(list);
    if (m !== null) means.set(criterionId, m);
  }
  return means;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per competency (in reference order): its rated criteria rolled up by the matrix's rule, and how many were rated. */
export function competencyScores(competencies: ReferenceCompetency[], means: Map<string, number>, rule: CompetencyScoreRule = "mean"): CompetencyScore[] {
  const rollUp = rule === "median" ? median : mean;
  return competencies.map((c) => {
    const rated = c.criteria.map((k) => means.get(k.id)).filter((v): v is number => v !== undefined);
    return { score: rollUp(rated), rated: rated.length };
  });
}

/**
 * A must-have competency below its minimum fails whatever the average. Rated on fewer criteria than the matrix asks
 * for (one, for matrices that do not say), it is insufficient evidence: not cleared, and never a pass.
 */
export function gateOf(competency: ReferenceCompetency, cell: CompetencyScore): GateStatus | null {
  if (competency.mustHaveMin === null) return null;
  if (cell.score === null || cell.rated < competency.mustHaveMinRated) return "insufficient";
  return cell.score < competency.mustHaveMin ? "fail" : "pass";
}

export function overallOf(
  competencies: ReferenceCompetency[],
  cells: CompetencyScore[],
  minCoverage: number,
  hasSubmitted: boolean,
): { status: OverallStatus; reasons: ("coverage" | "must-have-unrated")[]; score: number | null; coverage: number } {
  const { score, coverage } = weightedScore(competencies.map((c, i) => ({ weight: c.weight, value: cells[i]?.score ?? null })));
  if (!hasSubmitted) return { status: "pending", reasons: [], score: null, coverage };
  const reasons: ("coverage" | "must-have-unrated")[] = [];
  if (coverage < minCoverage) reasons.push("coverage");
  if (competencies.some((c, i) => gateOf(c, cells[i] ?? { score: null, rated: 0 }) === "insufficient")) reasons.push("must-have-unrated");
  return reasons.length > 0 ? { status: "insufficient", reasons, score: null, coverage } : { status: "scored", reasons, score, coverage };
}

/**
 * Distance to the role's target profile: the weighted mean, over rated competencies that have a target, of how
 * far the score falls short of the target (max(0, target - score)). Exceeding a target does not make up for a
 * shortfall elsewhere, which is what "fits the profile" means to a hiring manager. 0 = meets the profile.
 */
export function targetGap(competencies: ReferenceCompetency[], scores: (number | null)[]): number | null {
  let weight = 0;
  let sum = 0;
  competencies.forEach((c, i) => {
    const s = scores[i];
    if (s === null || s === undefined || c.target === null) return;
    weight += c.weight;
    sum += c.weight * Math.max(0, c.target - s);
  });
  return weight > 0 ? sum / weight : null;
}
