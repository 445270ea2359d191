import "server-only";
import { getSession } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/roles";
import { jsonError, jsonOk } from "@/lib/http/json";
import { UuidSchema } from "./schema";
import type { SaveResult } from "./mutations";

/**
 * The shared front half of the scorecard route handlers: who is asking (re-read from the database, so a disabled
 * person is out at once) and which scorecard, before any body is parsed. A non-uuid id is a 404, like a foreign one.
 */
export async function scorecardRequest(params: Promise<{ id: string }>): Promise<{ ok: true; user: SessionUser; scorecardId: string } | { ok: false; response: Response }> {
  const user = await getSession();
  if (!user) return { ok: false, response: jsonError(401, "Sign in again: your session has ended.") };
  const { id } = await params;
  if (!UuidSchema.safeParse(id).success) return { ok: false, response: jsonError(404, "No such scorecard.") };
  return { ok: true, user, scorecardId: id };
}

export const SUBMITTED_MESSAGE = "This scorecard is submitted and read-only. Ask an admin to reopen it.";

/** A save's outcome as HTTP: 200 with the new revision, 409 with the newer value, or a clear 4xx. */
export function saveResponse<V>(result: SaveResult<V>): Response {
  if (result.ok) return jsonOk({ revision: result.revision, replay: result.replay });
  switch (result.reason) {
    case "notFound":
      return jsonError(404, "No such scorecard.");
    case "submitted":
      return jsonError(409, SUBMITTED_MESSAGE, { reason: "submitted" });
    case "unknownCriterion":
      return jsonError(400, "This criterion is not part of the scorecard's stage.");
    case "conflict":
      return jsonError(409, "Changed elsewhere: a newer value was saved first.", { reason: "conflict", current: result.current });
  }
}
