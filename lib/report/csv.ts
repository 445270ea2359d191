// The report's CSV exports (pure): the matrix as shown, and a row per submitted rating. papaparse quotes
// fields with commas, quotes and line breaks (evidence notes have all three).
import Papa from "papaparse";
import { criteriaOfStage } from "@/lib/rubric/schema";
import { fixed } from "./labels";
import type { PositionReport, ReportVersion } from "./model";
import { RECOMMENDATIONS } from "./model";

/*
 * CSV injection (OWASP): a cell that starts with = + - @ is run as a formula by Excel, LibreOffice and Sheets. Where a
 * cell starts is not only the field's first character: Excel splits on ";" in locales whose list separator it is,
 * LibreOffice's import dialog on tab, "|" or any character, and tools that ignore quotes split a field at every
 * separator and line break. So a trigger after any of those (spaces and tabs between allowed: they do not make it
 * text everywhere) gets the apostrophe too, and fields holding ";", tab or "|" are quoted like those holding commas.
 * Text where no trigger follows a separator ("e-mail", "x = y", "3-4 years", "C++") is untouched; plain numbers stay
 * numbers. The cost: a note line starting "- " or "+1" exports as "'- " / "'+1".
 */
const FORMULA_AT_CELL_START = /(^|[,;|\t\r\n])([ \t]*)(?=[=+\-@])/g;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const safe = (value: string) => (PLAIN_NUMBER.test(value) ? value : value.replace(FORMULA_AT_CELL_START, "$1$2'"));

/** Every cell and header through `safe`, and quoted wherever another separator could split it. */
function unparse(fields: string[], rows: string[][]): string {
  return Papa.unparse({ fields: fields.map(safe), data: rows.map((r) => r.map(safe)) }, { quotes: (value: unknown) => typeof value === "string" && /[;\t|]/.test(value) });
}

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
