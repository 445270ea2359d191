import { jsonError, jsonOk } from "@/lib/http/json";
import { submitScorecard } from "@/lib/scorecard/mutations";
import { CANCELLED_MESSAGE, scorecardRequest, SUBMITTED_MESSAGE } from "@/lib/scorecard/http";

export const dynamic = "force-dynamic";

/** Submit: validated against the stage's criteria inside the transaction; 422 lists the fields to fix. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const req = await scorecardRequest(params);
  if (!req.ok) return req.response;
  const result = await submitScorecard(req.user.id, req.scorecardId);
  if (result.ok) return jsonOk({ status: "submitted" });
  if (result.reason === "notFound") return jsonError(404, "No such scorecard.");
  if (result.reason === "submitted") return jsonError(409, SUBMITTED_MESSAGE);
  if (result.reason === "cancelled") return jsonError(409, CANCELLED_MESSAGE);
  return jsonError(422, "The scorecard is not complete.", { problems: result.problems });
}
