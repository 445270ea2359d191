/**
 * Whether a scorecard may be submitted, as a list of problems pointing at fields. Pure: the page runs it before
 * asking the server, and the server runs it again inside the submit transaction (the browser is not trusted).
 */
import type { RatingValue, SubmitProblem } from "./schema";

export type CompletenessInput = {
  criteria: { id: string; name: string }[];
  /** Levels at which the rubric wants a written note (definition.scoring.evidenceRequiredLevels). */
  evidenceRequiredLevels: readonly number[];
  levelLabel: (level: number) => string;
  ratings: ReadonlyMap<string, RatingValue>;
  recommendation: string | null;
};

export function submitProblems(input: CompletenessInput): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  for (const c of input.criteria) {
    const r = input.ratings.get(c.id);
    if (!r || (r.level === null && !r.noEvidence)) {
      problems.push({ field: "rating", criterionId: c.id, message: `Rate “${c.name}”, or mark it No evidence.` });
    } else if (r.level !== null && input.evidenceRequiredLevels.includes(r.level) && r.note.trim() === "") {
      problems.push({ field: "note", criterionId: c.id, message: `Write an evidence note for “${c.name}”: a rating of ${r.level} ${input.levelLabel(r.level)} needs one.` });
    }
  }
  if (!input.recommendation) problems.push({ field: "recommendation", message: "Choose an overall recommendation." });
  return problems;
}
