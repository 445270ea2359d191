import { readJsonBody } from "@/lib/http/json";
import { RatingOpSchema } from "@/lib/scorecard/schema";
import { saveRating } from "@/lib/scorecard/mutations";
import { saveResponse, saveRequest } from "@/lib/scorecard/http";

export const dynamic = "force-dynamic";

/** Autosave of one rating (level or No evidence, and the evidence note). Idempotent by opId. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const req = await saveRequest(params);
  if (!req.ok) return req.response;
  const body = await readJsonBody(request, RatingOpSchema);
  if (!body.ok) return body.response;
  return saveResponse(req.user, await saveRating(req.user.id, req.scorecardId, body.value, req.user.sessionVersion));
}
