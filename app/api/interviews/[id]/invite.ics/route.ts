import { getSession } from "@/lib/auth/session";
import { jsonError } from "@/lib/http/json";
import { IdSchema } from "@/lib/position/schema";
import { getInviteSource } from "@/lib/interview/data";
import { inviteFor } from "@/lib/interview/invite";

export const dynamic = "force-dynamic";

/**
 * The interview's calendar invite (.ics), for admins, the position's hiring managers and the interview's own panel:
 * the scope is in the read (getInviteSource with the viewer). Anyone else, and a malformed or unknown id, gets the
 * same 404, so the answer never tells which interviews exist. A GET writes nothing, not even an audit row.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSession();
  if (!user) return jsonError(401, "Sign in again: your session has ended.");
  const { id } = await params;
  const source = IdSchema.safeParse(id).success ? await getInviteSource(id, user) : null;
  if (!source) return jsonError(404, "No such interview.");
  const invite = inviteFor(source);
  return new Response(invite.text, {
    headers: {
      "content-type": `text/calendar; charset=utf-8; method=${invite.method}`,
      "content-disposition": `attachment; filename="${invite.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
