/**
 * Moving interviews to a newer version of their matrix, the rules: an interview moves only when nobody has started
 * scoring it (no scorecard with a rating, a note, a summary or a recommendation, and none submitted), it is not
 * cancelled, and its stage still exists in the new version's plan. Everything else stays pinned where it was
 * scheduled, so no interviewer's scorecard changes under them. Pure: the page that lists the interviews and the
 * mutation that moves them (after locking them) judge each interview with the same function.
 */
import { z } from "@/lib/validation/zod";
import type { RubricDefinition } from "./schema";

export type MoveCandidate = {
  stageId: string;
  cancelledAt: Date | null;
  scorecards: { status: string; summary: string; recommendation: string | null; _count: { ratings: number } }[];
};

export type StayReason = "cancelled" | "submitted" | "started" | "missingStage";

export const STAY_REASONS: Record<StayReason, string> = {
  cancelled: "cancelled",
  submitted: "a scorecard is submitted",
  started: "scoring has started",
  missingStage: "its stage is not in the new version's plan",
};

/** Null when the interview may move to `target`; otherwise why it stays on its version. */
export function stayReason(interview: MoveCandidate, target: RubricDefinition): StayReason | null {
  if (interview.cancelledAt) return "cancelled";
  if (interview.scorecards.some((c) => c.status === "submitted")) return "submitted";
  if (interview.scorecards.some(hasAnything)) return "started";
  if (!target.interviewPlan.some((s) => s.id === interview.stageId)) return "missingStage";
  return null;
}

/** Anything its author wrote: a rating row (a level, "no evidence" or only a note), a summary, a recommendation. */
function hasAnything(card: MoveCandidate["scorecards"][number]): boolean {
  return card._count.ratings > 0 || card.summary !== "" || card.recommendation !== null;
}

/**
 * The move the admin confirmed: the interviews the dialog named (nothing else moves, even if it became movable
 * since) and the version it named (a version published since the page loaded refuses the move).
 */
export const MoveInterviewsSchema = z.object({
  positionId: z.uuid(),
  toVersionId: z.uuid(),
  interviewIds: z.array(z.uuid()).min(1).max(500),
});

export type MoveInterviewsInput = z.output<typeof MoveInterviewsSchema>;
