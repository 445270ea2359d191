/**
 * The overall recommendations an interviewer chooses from. Kept apart from ./schema.ts (zod) so the scoring page's
 * browser bundle, which only needs the list and its labels, does not carry zod and the matrix schema.
 */
export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: "Strong no",
  no: "No",
  yes: "Yes",
  strong_yes: "Strong yes",
};
