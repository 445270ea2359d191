import "server-only";
import { getSession, getSessionClaims } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/roles";
import { jsonError, jsonOk } from "@/lib/http/json";
import { getActiveUser } from "@/lib/people/data";
import { UuidSchema } from "./schema";
import type { SaveResult } from "./mutations";

type ScorecardRequest<U> = { ok: true; user: U; scorecardId: string } | { ok: false; response: Response };

async function scorecardId(params: Promise<{ id: string }>) {
  const { id } = await params;
  return UuidSchema.safeParse(id).success ? id : null;
}

const signedOut = () => jsonError(401, "Sign in again: your session has ended.");
// A non-uuid id is a 404, like a foreign one: the answer never tells which scorecards exist.
const noSuchScorecard = () => jsonError(404, "No such scorecard.");

/** Who is asking (re-read from the database, so a disabled person is out at once) and which scorecard. */
export async function scorecardRequest(params: Promise<{ id: string }>): Promise<ScorecardRequest<SessionUser>> {
  const user = await getSession();
  if (!user) return { ok: false, response: signedOut() };
  const id = await scorecardId(params);
  return id ? { ok: true, user, scorecardId: id } : { ok: false, response: noSuchScorecard() };
}

/**
 * The autosave routes' front half: the session is only decoded here, and the mutation's owner-scoped query checks
 * that the person is still active and the session version current (one round trip fewer on every save). When that
 * query finds nothing, saveResponse tells a session ended since (401) from a scorecard that is not yours (404).
 */
export async function saveRequest(params: Promise<{ id: string }>): Promise<ScorecardRequest<{ id: string; sessionVersion: number }>> {
  const claims = await getSessionClaims();
  if (!claims) return { ok: false, response: signedOut() };
  const id = await scorecardId(params);
  return id ? { ok: true, user: { id: claims.userId, sessionVersion: claims.sessionVersion }, scorecardId: id } : { ok: false, response: noSuchScorecard() };
}

export const SUBMITTED_MESSAGE = "This scorecard is submitted and read-only. Ask an admin to reopen it.";
export const CANCELLED_MESSAGE = "This interview was cancelled: its scorecard is read-only.";

/**
 * A save's outcome as HTTP: 200 with the new revision, 409 with the newer value, or a clear 4xx. A session that was
 * signed out, disabled or otherwise ended since is a 401, so the browser keeps the change queued until its person
 * signs in again; a 404 would make it drop the change. Asked only on this refusal path, never on a save that lands.
 */
export async function saveResponse<V>(who: { id: string; sessionVersion: number }, result: SaveResult<V>): Promise<Response> {
  if (result.ok) return jsonOk({ revision: result.revision, replay: result.replay });
  if (result.reason === "notFound" && !(await getActiveUser(who.id, who.sessionVersion))) return signedOut();
  switch (result.reason) {
    case "notFound":
      return noSuchScorecard();
    case "submitted":
      return jsonError(409, SUBMITTED_MESSAGE, { reason: "submitted" });
    case "cancelled":
      return jsonError(409, CANCELLED_MESSAGE, { reason: "cancelled" });
    case "unknownCriterion":
      return jsonError(400, "This criterion is not part of the scorecard's stage.");
    case "opIdReused":
      return jsonError(409, "This operation id was already used for a different change.", { reason: "opIdReused" });
    case "conflict":
      return jsonError(409, "Changed elsewhere: a newer value was saved first.", { reason: "conflict", current: result.current });
  }
}
