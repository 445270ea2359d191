import { getSession } from "@/lib/auth/session";
import { hasAnyRole } from "@/lib/auth/roles";
import { templateCsv } from "@/lib/candidate/csv-preview";

/** The CSV template: the header row and one example row. For the people who may import. */
export async function GET() {
  const user = await getSession();
  if (!user) return new Response("Sign in to download the template.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!hasAnyRole(user, ["admin", "hiring_manager"])) return new Response("You do not have access to this file.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(templateCsv(), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="candidates-template.csv"', "cache-control": "private, no-store" },
  });
}
