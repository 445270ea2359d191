import { hasRole } from "@/lib/auth/roles";
import { jsonError, jsonOk, readJsonBody } from "@/lib/http/json";
import { ReopenSchema } from "@/lib/scorecard/schema";
import { reopenScorecard } from "@/lib/scorecard/mutations";
import { scorecardRequest } from "@/lib/scorecard/http";

export const dynamic = "force-dynamic";

/** Admin only: a submitted scorecard goes back to draft, with the reason audited. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const req = await scorecardRequest(params);
  if (!req.ok) return req.response;
  if (!hasRole(req.user, "admin")) return jsonError(403, "Only an admin can reopen a scorecard.");
  const body = await readJsonBody(request, ReopenSchema);
  if (!body.ok) return body.response;
  const result = await reopenScorecard(req.user.id, req.scorecardId, body.value.reason);
  if (result.ok) return jsonOk({ status: "draft" });
  return result.reason === "notFound" ? jsonError(404, "No such scorecard.") : jsonError(409, "Only a submitted scorecard can be reopened.");
}
