import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Writes of interviews. An assignment and its interviewer's draft scorecard are created together, here and only
 * here, so that no page has to create a card when it is opened (a GET never writes). Whether the interviewer has
 * started is read from the card's content (lib/interview/status.ts), not from whether a card exists.
 */

/**
 * Put an interviewer on an interview's panel, with their empty draft scorecard, inside the caller's transaction
 * (the caller records the audit event next to it). Idempotent: assigning someone already on the panel, or
 * re-assigning someone whose card survived an earlier removal, keeps the existing rows as they are.
 */
export async function assignInterviewer(tx: Tx, assignment: { interviewId: string; interviewerId: string }): Promise<void> {
  await tx.interviewAssignment.createMany({ data: [assignment], skipDuplicates: true });
  await tx.scorecard.createMany({ data: [assignment], skipDuplicates: true });
}
