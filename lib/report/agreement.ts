/**
 * Panel agreement (pure): Krippendorff's alpha (ordinal) per competency over units = candidate x criterion, and
 * the disagreement flags (one criterion for one candidate rated two levels apart or more).
 */
import { estimateAlpha } from "./reliability";
import type { CompetencyAgreement, Disagreement, ReferenceCompetency } from "./model";

/** Levels given to one candidate on one criterion, with who gave them. */
export interface UnitRatings {
  candidateId: string;
  candidateName: string;
  criterionId: string;
  ratings: { interviewerId: string; level: number }[];
}

export const DISAGREEMENT_SPREAD = 2;

export function agreementOf(id: string, name: string, units: UnitRatings[]): CompetencyAgreement {
  const estimate = estimateAlpha(
    units.map((u) => u.ratings.map((r) => r.level)),
    units.map((u) => u.candidateId),
  );
  return { competencyId: id, name, ...estimate };
}

export function competencyAgreement(competencies: ReferenceCompetency[], unitsByCriterion: Map<string, UnitRatings[]>): CompetencyAgreement[] {
  return competencies.map((c) => agreementOf(c.id, c.name, c.criteria.flatMap((k) => unitsByCriterion.get(k.id) ?? [])));
}

export function disagreementsOf(
  competencies: ReferenceCompetency[],
  unitsByCriterion: Map<string, UnitRatings[]>,
  nameOf: (personId: string) => string,
): Disagreement[] {
  const found: Disagreement[] = [];
  for (const c of competencies) {
    for (const k of c.criteria) {
      for (const unit of unitsByCriterion.get(k.id) ?? []) {
        const levels = unit.ratings.map((r) => r.level);
        if (levels.length < 2) continue;
        const spread = Math.max(...levels) - Math.min(...levels);
        if (spread < DISAGREEMENT_SPREAD) continue;
        found.push({
          candidateId: unit.candidateId,
          candidateName: unit.candidateName,
          competencyId: c.id,
          criterionId: k.id,
          criterionName: k.name,
          ratings: unit.ratings.map((r) => ({ interviewer: nameOf(r.interviewerId), level: r.level })),
          spread,
        });
      }
    }
  }
  return found;
}
