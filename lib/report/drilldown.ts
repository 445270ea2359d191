/**
 * One candidate's scorecards side by side (pure): a section per interview (stage), a row per criterion, a column
 * per submitted scorecard with the level and the evidence note. Drafts are listed as pending, never shown.
 * Criteria are matched by id across rubric versions; one the interview's version lacks reads "n/a in vN".
 */
import { criteriaOfStage, levelLabel, type RubricDefinition } from "@/lib/rubric/schema";
import type { Recommendation, ReportVersion } from "./model";
import { notApplicableLabel, referenceVersion } from "./reference";

export interface DrilldownInterview {
  id: string;
  stageId: string;
  scheduledAt: Date;
  rubricVersionId: string;
  assignments: { interviewer: { id: string; name: string } }[];
  scorecards: {
    interviewerId: string;
    status: "draft" | "submitted";
    recommendation: Recommendation | null;
    summary: string;
    submittedAt: Date | null;
    interviewer: { name: string };
    ratings: { criterionId: string; level: number | null; noEvidence: boolean; note: string }[];
  }[];
}

export interface DrilldownCell {
  level: number | null;
  label: string;
  note: string;
}

export interface DrilldownSection {
  interviewId: string;
  stageName: string;
  version: number | null;
  scheduledAt: Date;
  columns: { interviewer: string; recommendation: Recommendation | null; summary: string; submittedAt: Date | null }[];
  pending: { interviewer: string; state: "draft" | "not started" }[];
  rows: { criterionId: string; criterionName: string; competencyName: string; notApplicable: string | null; cells: DrilldownCell[] }[];
}

function stageRows(reference: RubricDefinition | undefined, own: RubricDefinition | undefined, stageId: string) {
  const ownRefs = own ? criteriaOfStage(own, stageId) : [];
  const refRefs = reference ? criteriaOfStage(reference, stageId) : [];
  const ownIds = new Set(ownRefs.map((r) => r.criterion.id));
  const seen = new Set<string>();
  const rows: { id: string; name: string; competency: string; inOwn: boolean }[] = [];
  for (const r of [...refRefs, ...ownRefs]) {
    if (seen.has(r.criterion.id)) continue;
    seen.add(r.criterion.id);
    rows.push({ id: r.criterion.id, name: r.criterion.name, competency: r.competency.name, inOwn: ownIds.has(r.criterion.id) });
  }
  return rows;
}

export function assembleDrilldown(interviews: DrilldownInterview[], versions: ReportVersion[]): DrilldownSection[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const reference = referenceVersion(versions)?.definition;
  return interviews.map((iv) => {
    const version = byId.get(iv.rubricVersionId);
    const own = version?.definition;
    const stage = own?.interviewPlan.find((s) => s.id === iv.stageId);
    const submitted = iv.scorecards.filter((s) => s.status === "submitted").sort((a, b) => a.interviewer.name.localeCompare(b.interviewer.name));
    const drafts = iv.scorecards.filter((s) => s.status === "draft");
    const started = new Set(iv.scorecards.map((s) => s.interviewerId));
    const labelDef = own ?? reference;
    return {
      interviewId: iv.id,
      stageName: stage?.name ?? iv.stageId,
      version: version?.version ?? null,
      scheduledAt: iv.scheduledAt,
      columns: submitted.map((s) => ({ interviewer: s.interviewer.name, recommendation: s.recommendation, summary: s.summary, submittedAt: s.submittedAt })),
      pending: [
        ...drafts.map((s) => ({ interviewer: s.interviewer.name, state: "draft" as const })),
        ...iv.assignments.filter((a) => !started.has(a.interviewer.id)).map((a) => ({ interviewer: a.interviewer.name, state: "not started" as const })),
      ],
      rows: stageRows(reference, own, iv.stageId).map((row) => ({
        criterionId: row.id,
        criterionName: row.name,
        competencyName: row.competency,
        notApplicable: row.inOwn || !version ? null : notApplicableLabel([version.version]),
        cells: submitted.map((s) => {
          const rating = s.ratings.find((r) => r.criterionId === row.id);
          if (!rating || (rating.level === null && !rating.noEvidence)) return { level: null, label: "Not rated", note: rating?.note ?? "" };
          const label = labelDef ? levelLabel(labelDef, rating.noEvidence ? null : rating.level) : String(rating.level ?? "No evidence");
          return { level: rating.noEvidence ? null : rating.level, label, note: rating.note };
        }),
      })),
    };
  });
}
