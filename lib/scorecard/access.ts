/**
 * Blind scoring, in one place: who may read a scorecard. Every read path (the scorecard page's panel feedback,
 * GET /api/scorecards/[id]) asks this predicate, so the rule cannot drift between them.
 *
 * `viewerSubmitted` means: the viewer has submitted their own scorecard for EVERY interview of this candidate they
 * are assigned to. Submitting one stage must not unblind the viewer for another stage they still have to score.
 */
export type ScorecardAccessCard = { interviewerId: string; status: "draft" | "submitted" };

export function canReadScorecard(viewer: { id: string }, card: ScorecardAccessCard, viewerSubmitted: boolean): boolean {
  if (card.interviewerId === viewer.id) return true;
  return viewerSubmitted && card.status === "submitted";
}
