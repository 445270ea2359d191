import "server-only";
import type { SessionClaims } from "@/lib/auth/session-claims";
import type { z } from "@/lib/validation/zod";
import { answerError, answerOk, parseJsonBody, type JsonAnswer } from "@/lib/http/json";
import { getActiveUser } from "@/lib/people/data";
import { saveRating, saveSummary, type SaveResult } from "./mutations";
import { RatingOpSchema, SummaryOpSchema, UuidSchema } from "./schema";

/**
 * The two autosave endpoints, PUT /api/scorecards/:id/ratings and /summary, framework-free: the same code answers
 * them in the save lane (lib/scorecard/save-lane.ts, node:http before Next.js, which `npm start` runs) and in the
 * Next.js route handlers (app/api/scorecards/[id]/…, which `next dev` serves). The session is only decoded by the
 * caller; the mutation's owner-scoped statement checks that the person is still active and the session version
 * current, so a save costs one round trip.
 */
export type SaveRequest = { claims: SessionClaims | null; scorecardId: string; contentType: string | null | undefined; body: string };

export const SUBMITTED_MESSAGE = "This scorecard is submitted and read-only. Ask an admin to reopen it.";
export const CANCELLED_MESSAGE = "This interview was cancelled: its scorecard is read-only.";

export const signedOut = () => answerError(401, "Sign in again: your session has ended.");
// A non-uuid id is a 404, like a foreign one: the answer never tells which scorecards exist.
export const noSuchScorecard = () => answerError(404, "No such scorecard.");

export async function answerRatingSave(req: SaveRequest): Promise<JsonAnswer> {
  return answerSave(req, RatingOpSchema, saveRating);
}

export async function answerSummarySave(req: SaveRequest): Promise<JsonAnswer> {
  return answerSave(req, SummaryOpSchema, saveSummary);
}

async function answerSave<T, V>(
  req: SaveRequest,
  schema: z.ZodType<T>,
  save: (interviewerId: string, scorecardId: string, op: T, sessionVersion: number) => Promise<SaveResult<V>>,
): Promise<JsonAnswer> {
  const { claims } = req;
  if (!claims) return signedOut();
  if (!UuidSchema.safeParse(req.scorecardId).success) return noSuchScorecard();
  const body = parseJsonBody(req.contentType, req.body, schema);
  if (!body.ok) return body.answer;
  return saveAnswer(claims, await save(claims.userId, req.scorecardId, body.value, claims.sessionVersion));
}

/**
 * A save's outcome: 200 with the new revision, 409 with the newer value, or a clear 4xx. A session that was signed
 * out, disabled or otherwise ended since is a 401, so the browser keeps the change queued until its person signs in
 * again; a 404 would make it drop the change. Asked only on this refusal path, never on a save that lands.
 */
async function saveAnswer<V>(who: SessionClaims, result: SaveResult<V>): Promise<JsonAnswer> {
  if (result.ok) return answerOk({ revision: result.revision, replay: result.replay });
  if (result.reason === "notFound" && !(await getActiveUser(who.userId, who.sessionVersion))) return signedOut();
  switch (result.reason) {
    case "notFound":
      return noSuchScorecard();
    case "submitted":
      return answerError(409, SUBMITTED_MESSAGE, { reason: "submitted" });
    case "cancelled":
      return answerError(409, CANCELLED_MESSAGE, { reason: "cancelled" });
    case "unknownCriterion":
      return answerError(400, "This criterion is not part of the scorecard's stage.");
    case "opIdReused":
      return answerError(409, "This operation id was already used for a different change.", { reason: "opIdReused" });
    case "conflict":
      return answerError(409, "Changed elsewhere: a newer value was saved first.", { reason: "conflict", current: result.current });
  }
}
