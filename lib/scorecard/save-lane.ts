/**
 * The save lane's routes: the two autosave endpoints, answered on node:http before Next.js (lib/http/node-lane.ts).
 * Bundled on its own by `scripts/lib/build-lane.ts` next to the Next.js build, and loaded by scripts/lib/serve.mjs.
 * The answers are the route handlers' own (lib/scorecard/save-endpoint.ts).
 */
import { claimsFromToken, sessionTokenFromCookieHeader } from "@/lib/auth/session-claims";
import { createLane, type LaneRequest } from "@/lib/http/node-lane";
import { answerRatingSave, answerSummarySave, type SaveRequest } from "./save-endpoint";

async function saveRequest(req: LaneRequest): Promise<SaveRequest> {
  return { claims: await claimsFromToken(sessionTokenFromCookieHeader(req.cookie)), scorecardId: req.params[0]!, contentType: req.contentType, body: req.body };
}

export const handle = createLane([
  { method: "PUT", path: /^\/api\/scorecards\/([^/]+)\/ratings$/, answer: async (req) => answerRatingSave(await saveRequest(req)) },
  { method: "PUT", path: /^\/api\/scorecards\/([^/]+)\/summary$/, answer: async (req) => answerSummarySave(await saveRequest(req)) },
]);
