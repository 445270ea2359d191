/**
 * Whether a scorecard may be submitted, as a list of problems pointing at fields. Pure: the page runs it before
 * asking the server, and the server runs it again inside the submit transaction (the browser is not trusted).
 */
import type { RatingValue, SubmitProblem } from "./schema";

export type CompletenessInput = {
  /** Each criterion with the levels at which the rubric wants a written note (`noteLevelsFor`). */
  criteria: { id: string; name: string; noteLevels: readonly number[]; mustHaveMin?: number | null }[];
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
    } else if (r.level !== null && c.noteLevels.includes(r.level) && r.note.trim() === "") {
      const why = c.mustHaveMin != null && r.level < c.mustHaveMin ? `, below the must-have minimum of ${c.mustHaveMin},` : "";
      problems.push({ field: "note", criterionId: c.id, message: `Write an evidence note for “${c.name}”: a rating of ${r.level} ${input.levelLabel(r.level)}${why} needs one.` });
    }
  }
  if (!input.recommendation) problems.push({ field: "recommendation", message: "Choose an overall recommendation." });
  return problems;
}

/**
 * What the scoring bar says is left, from the same problems the submit would raise: "6 of 6 rated" alone looks done
 * while a required note is still missing, so the count of missing notes follows it, and "ready to submit" only
 * shows when nothing is missing.
 */
export function progressText(problems: readonly SubmitProblem[], total: number): string {
  const count = (field: SubmitProblem["field"]) => problems.filter((p) => p.field === field).length;
  const rated = total - count("rating");
  const notes = count("note");
  const parts = [`${rated} of ${total} rated`];
  if (notes > 0) parts.push(`${notes} ${notes === 1 ? "note" : "notes"} needed`);
  else if (rated === total) parts.push(count("recommendation") > 0 ? "recommendation needed" : "ready to submit");
  return parts.join(" · ");
}
