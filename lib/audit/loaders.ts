import "server-only";
import { requireRole, getSession } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { pageInfo, pageRequest } from "@/lib/http/pagination";
import { auditCsv } from "./csv";
import { auditActors, listAuditTrail, readAuditTrail } from "./data";
import { getViewerTimeZone } from "@/lib/people/viewer-time-zone";
import { recordAuditExport } from "./mutations";
import { filterParams, parseAuditFilter } from "./schema";

type Params = Record<string, string | string[] | undefined>;

/** The audit trail page: admins only; one page of the filtered trail, the people to filter by, the zone of its dates (the reader's). */
export async function loadAuditTrail(params: Params) {
  await requireRole("admin");
  const filter = parseAuditFilter(params);
  const page = pageRequest(params.page);
  const timeZone = (await getViewerTimeZone()).zone;
  const [{ events, total }, actors] = await Promise.all([listAuditTrail(filter, page, timeZone), auditActors()]);
  return { filter, events, info: pageInfo(page, total), actors, timeZone };
}

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * GET /admin/audit/export.csv: the filtered trail (the page's own search parameters) as CSV, for admins; the export
 * is recorded (audit.exported) before the file is sent. 401 signed out, 403 without the admin role.
 */
export async function exportAuditTrail(url: URL): Promise<Response> {
  const user = await getSession();
  if (!user) return text(401, "Sign in to download the audit trail.");
  if (!hasRole(user, "admin")) return text(403, "Only admins may download the audit trail.");
  const filter = parseAuditFilter(Object.fromEntries(url.searchParams));
  const rows = await readAuditTrail(filter, (await getViewerTimeZone()).zone);
  await recordAuditExport(user.id, filterParams(filter), rows.length);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-trail-${day}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
