import "server-only";
import { db, type Tx } from "@/lib/db";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { PageRequest } from "@/lib/http/pagination";
import { normaliseEmail, nameKey } from "./normalise";
import { parseCandidateCsv, previewRows, type ImportableRow, type PreviewRow } from "./csv-preview";
import { importLookup } from "./duplicates-data";
import { writablePositions } from "./data";

export type ImportCheck =
  | { ok: true; preview: PreviewRow[]; importable: ImportableRow[]; ignoredColumns: string[] }
  | { ok: false; reason: "invalid"; message: string; field?: string };

/**
 * The dry run of a CSV import against the database as it is now. The import repeats it inside its transaction,
 * so what is imported is decided on the server, never by what the browser was shown.
 */
export async function checkImport(user: SessionUser, text: string, client: Tx = db()): Promise<ImportCheck> {
  const parsed = parseCandidateCsv(text);
  if (!parsed.ok) return { ok: false, reason: "invalid", message: parsed.message, field: "text" };
  const emailKeys = [...new Set(parsed.rows.map((r) => normaliseEmail(r.values.email)).filter((k): k is string => Boolean(k)))];
  const nameKeys = new Set(parsed.rows.map((r) => nameKey(r.values.name)).filter(Boolean));
  const lookup = await importLookup(user, emailKeys, nameKeys, client);
  const { preview, importable } = previewRows(parsed.rows, lookup);
  return { ok: true, preview, importable, ignoredColumns: parsed.ignoredColumns };
}

export const NEEDS_POSITION = "Choose one of your positions: without one you could not see the imported candidates.";

/** The preview the import page shows: the position checked as the import will check it, then every row. */
export async function previewImport(user: SessionUser, input: { text: string; positionId: string }): Promise<ImportCheck> {
  if (!input.positionId && !hasRole(user, "admin")) {
    return { ok: false, reason: "invalid", message: NEEDS_POSITION, field: "positionId" };
  }
  const positions = await writablePositions(db(), user, input.positionId ? [input.positionId] : []);
  if (!positions.ok) return { ok: false, reason: "invalid", message: positions.message, field: "positionId" };
  return checkImport(user, input.text);
}

/** The imports an admin sees (all) or a hiring manager (their own), newest first, with what undoing needs. */
export async function listImports(user: SessionUser, page: PageRequest) {
  const where = hasRole(user, "admin") ? {} : { createdById: user.id };
  const [rows, total] = await Promise.all([
    db().candidateImport.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: page.skip,
      take: page.take,
      select: { id: true, fileName: true, rowCount: true, createdAt: true, undoneAt: true, createdBy: { select: { name: true } }, _count: { select: { candidates: true } } },
    }),
    db().candidateImport.count({ where }),
  ]);
  const interviewed = await Promise.all(rows.map((r) => (r.undoneAt ? 0 : db().candidate.count({ where: { importId: r.id, interviews: { some: {} } } }))));
  return {
    total,
    rows: rows.map((r, i) => ({ id: r.id, fileName: r.fileName, imported: r.rowCount, remaining: r._count.candidates, createdAt: r.createdAt, undoneAt: r.undoneAt, by: r.createdBy?.name ?? "—", interviewed: interviewed[i]! })),
  };
}

export type ImportListRow = Awaited<ReturnType<typeof listImports>>["rows"][number];
