import "server-only";
import { getSession, getSessionClaims } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/roles";
import { toResponse, type JsonAnswer } from "@/lib/http/json";
import { noSuchScorecard, signedOut, type SaveRequest } from "./save-endpoint";
import { UuidSchema } from "./schema";

export { CANCELLED_MESSAGE, SUBMITTED_MESSAGE } from "./save-endpoint";

type ScorecardRequest = { ok: true; user: SessionUser; scorecardId: string } | { ok: false; response: Response };

/** Who is asking (re-read from the database, so a disabled person is out at once) and which scorecard. */
export async function scorecardRequest(params: Promise<{ id: string }>): Promise<ScorecardRequest> {
  const user = await getSession();
  if (!user) return { ok: false, response: toResponse(signedOut()) };
  const { id } = await params;
  return UuidSchema.safeParse(id).success ? { ok: true, user, scorecardId: id } : { ok: false, response: toResponse(noSuchScorecard()) };
}

/**
 * An autosave route handler for `next dev` (lib/scorecard/save-endpoint.ts; `npm start` answers the same endpoint
 * in the save lane, lib/scorecard/save-lane.ts).
 */
export function saveRouteHandler(answer: (req: SaveRequest) => Promise<JsonAnswer>) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    const [claims, { id }] = await Promise.all([getSessionClaims(), params]);
    return toResponse(await answer({ claims, scorecardId: id, contentType: request.headers.get("content-type"), body: await request.text() }));
  };
}
