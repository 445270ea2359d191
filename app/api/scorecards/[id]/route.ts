import { jsonError, jsonOk } from "@/lib/http/json";
import { getReadableScorecard } from "@/lib/scorecard/data";
import { scorecardRequest } from "@/lib/scorecard/http";

export const dynamic = "force-dynamic";

/**
 * One scorecard: your own, or a panelist's once you have submitted yours (blind scoring, lib/scorecard/access.ts).
 * A card you may not read is a 404, so its existence does not leak. Reads of others' cards are audited.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const req = await scorecardRequest(params);
  if (!req.ok) return req.response;
  const card = await getReadableScorecard(req.user.id, req.scorecardId);
  if (!card) return jsonError(404, "No such scorecard, or not readable before you submit your own.");
  const { interviewer, interview, ratings, ...rest } = card;
  return jsonOk({ ...rest, interviewer: interviewer.name, interviewId: interview.id, stageId: interview.stageId, ratings });
}
