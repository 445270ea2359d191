// Words the report uses for its figures, shared by the pages and the CSV export.
import type { CandidateReport, CompetencyAgreement, GateStatus, Recommendation } from "./model";

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: "Strong no",
  no: "No",
  yes: "Yes",
  strong_yes: "Strong yes",
};

export const GATE_LABELS: Record<GateStatus, string> = {
  pass: "meets must-have",
  fail: "below must-have",
  insufficient: "insufficient evidence",
};

export const READING_LABELS: Record<CompetencyAgreement["reading"], string> = {
  reliable: "Reliable",
  tentative: "Tentative",
  unreliable: "Low",
  insufficient: "Too few candidates yet",
};

export const fixed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? "" : value.toFixed(digits);

export const signed = (value: number, digits = 2) => `${value > 0 ? "+" : value < 0 ? "−" : "±"}${Math.abs(value).toFixed(digits)}`;

/** The overall result in words: the score, or why there is none. */
export function overallText(c: CandidateReport): string {
  if (c.overall.status === "pending") return "No submitted scorecards yet";
  if (c.overall.status === "insufficient") return "Insufficient evidence";
  return fixed(c.overall.score);
}

/** "scored on matrix v1" (or "v1 and v2"): a bare "v1" means nothing to a hiring manager. */
export const versionsText = (versions: number[]) =>
  versions.length === 0 ? "" : `scored on matrix ${versions.map((v) => `v${v}`).join(" and ")}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The scorecards still to be written, in words: drafts and missing scorecards of interviews already held are
 * pending; those of interviews still to come are only expected ("17 pending" for a round scheduled next week
 * would read as a panel that is late). Empty parts are left out; `short` for a table cell.
 */
export function outstandingParts(s: CandidateReport["scorecards"], short = false): string[] {
  return [
    s.drafts > 0 ? `${plural(s.drafts, "draft")}${short ? "" : " in progress"}` : "",
    s.notStarted > 0 ? `${s.notStarted} not started${short ? "" : " after the interview"}` : "",
    s.upcoming > 0 ? `${s.upcoming} ${short ? "upcoming" : "for interviews still to come"}` : "",
  ].filter(Boolean);
}
