/**
 * Mixed rubric versions. Candidates of one position may have been scored on different versions of the matrix;
 * they are compared by criterion id on the competencies of the newest version in use (the reference). A
 * criterion the candidate's versions do not have is marked "n/a in vN", never counted as zero.
 */
import { mustHaveRule } from "@/lib/rubric/schema";
import type { ReferenceCompetency, ReportVersion } from "./model";

/** The newest version in use; ties between rubrics go to the most recently numbered one. */
export function referenceVersion(versions: ReportVersion[]): ReportVersion | undefined {
  return [...versions].sort((a, b) => b.version - a.version)[0];
}

export function referenceCompetencies(ref: ReportVersion | undefined): ReferenceCompetency[] {
  if (!ref) return [];
  const def = ref.definition;
  return def.competencies.map((c) => ({
    id: c.id,
    name: c.name,
    weight: c.weight,
    target: def.targetProfile[c.id] ?? null,
    mustHaveMin: mustHaveRule(c)?.minLevel ?? null,
    mustHaveMinRated: mustHaveRule(c)?.minRatedCriteria ?? 1,
    criteria: c.criteria.map((k) => ({ id: k.id, name: k.name })),
  }));
}

/** Every criterion id of a version, for "is this criterion part of what the candidate was scored on?". */
export function criterionIdsOf(version: ReportVersion): Set<string> {
  return new Set(version.definition.competencies.flatMap((c) => c.criteria.map((k) => k.id)));
}

/** "n/a in v1" or "n/a in v1, v2": the versions the candidate was scored on. */
export function notApplicableLabel(versionNumbers: number[]): string {
  return `n/a in ${versionNumbers.map((v) => `v${v}`).join(", ")}`;
}
