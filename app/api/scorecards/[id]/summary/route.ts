import { readJsonBody } from "@/lib/http/json";
import { SummaryOpSchema } from "@/lib/scorecard/schema";
import { saveSummary } from "@/lib/scorecard/mutations";
import { saveResponse, saveRequest } from "@/lib/scorecard/http";

export const dynamic = "force-dynamic";

/** Autosave of the overall recommendation and summary note. Idempotent by opId. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const req = await saveRequest(params);
  if (!req.ok) return req.response;
  const body = await readJsonBody(request, SummaryOpSchema);
  if (!body.ok) return body.response;
  return saveResponse(req.user, await saveSummary(req.user.id, req.scorecardId, body.value, req.user.sessionVersion));
}
