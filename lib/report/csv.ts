// The report's CSV exports (pure): the matrix as shown, and a row per submitted rating. Evidence notes hold commas,
// quotes and line breaks, and formula triggers: lib/csv/safe-unparse.ts handles all of them.
import { safeUnparse as unparse } from "@/lib/csv/safe-unparse";
import { criteriaOfStage } from "@/lib/rubric/schema";
import { fixed } from "./labels";
import type { PositionReport, ReportVersion } from "./model";
import { RECOMMENDATIONS } from "./model";

export function matrixCsv(report: PositionReport): string {
  const header = [
    "candidate",
    "rubric versions",
    ...report.competencies.map((c) => c.name),
    "overall",
    "interval low",
    "interval high",
    "coverage",
    "status",
    "must-have failed",
    "gap to target",
    ...RECOMMENDATIONS,
    "submitted scorecards",
    "pending scorecards",
  ];
  const rows = report.candidates.map((c) => [
    c.name,
    c.versions.map((v) => `v${v}`).join(" "),
    ...c.cells.map((cell) => (cell.availableCriteria === 0 ? (cell.notApplicable[0]?.label ?? "n/a") : fixed(cell.score, 3))),
    fixed(c.overall.score, 3),
    fixed(c.overall.interval?.low, 3),
    fixed(c.overall.interval?.high, 3),
    fixed(c.overall.coverage, 3),
    c.overall.status === "insufficient" ? "insufficient evidence" : c.overall.status,
    c.gateFailed ? "yes" : "no",
    fixed(c.targetGap, 3),
    ...RECOMMENDATIONS.map((r) => String(c.recommendations[r])),
    String(c.scorecards.submitted),
    // Pending: drafts and missing scorecards of interviews held; those of interviews still to come are not late.
    String(c.scorecards.drafts + c.scorecards.notStarted),
  ]);
  return unparse(header, rows);
}

export interface RatingRow {
  candidate: string;
  interviewer: string;
  stageId: string;
  versionId: string;
  criterionId: string;
  level: number | null;
  noEvidence: boolean;
  note: string;
  submittedAt: Date | null;
}

export function ratingsCsv(rows: RatingRow[], versions: ReportVersion[]): string {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const fields = ["candidate", "interviewer", "stage", "competency", "criterion", "level", "note", "rubric version", "submitted at"];
  const data = rows.map((r) => {
    const version = byId.get(r.versionId);
    const stage = version?.definition.interviewPlan.find((s) => s.id === r.stageId);
    const ref = version ? criteriaOfStage(version.definition, r.stageId).find((k) => k.criterion.id === r.criterionId) : undefined;
    return [
      r.candidate,
      r.interviewer,
      stage?.name ?? r.stageId,
      ref?.competency.id ?? "",
      r.criterionId,
      r.noEvidence ? "No evidence" : r.level === null ? "" : String(r.level),
      r.note,
      version ? `v${version.version}` : "",
      r.submittedAt?.toISOString() ?? "",
    ];
  });
  return unparse(fields, data);
}
