import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { managedCandidates } from "@/lib/position/access";
import { checkImport, NEEDS_POSITION } from "./import-data";
import { lockCandidateIdentity, stored } from "./mutations";
import { writablePositions } from "./data";
import type { Refused } from "./results";

/**
 * A CSV import, all or nothing: the import row, its candidates, their applications and the audit event in one
 * transaction, after the dry run is repeated on the server under the identity lock (so no candidate with one of
 * the file's emails can appear between the check and the insert).
 */

export type ImportResult = { ok: true; importId: string; imported: number } | Refused;

export async function commitImport(user: SessionUser, input: { fileName: string; text: string; positionId: string; expectedRows: number }): Promise<ImportResult> {
  if (!input.positionId && !hasRole(user, "admin")) return { ok: false, reason: "invalid", message: NEEDS_POSITION, field: "positionId" };
  return db().$transaction(
    async (tx) => {
      const positions = await writablePositions(tx, user, input.positionId ? [input.positionId] : []);
      if (!positions.ok) return { ...positions, field: "positionId" };
      await lockCandidateIdentity(tx);
      const check = await checkImport(user, input.text, tx);
      if (!check.ok) return { ok: false, reason: "invalid", message: check.message, field: check.field };
      const { importable, preview } = check;
      if (importable.length === 0) return { ok: false, reason: "invalid", message: "No row of the file can be imported: see the problems listed." };
      if (importable.length !== input.expectedRows) {
        return { ok: false, reason: "conflict", message: `The check changed since the preview (${importable.length} rows can be imported now, not ${input.expectedRows}): check the file again.` };
      }
      const created = await tx.candidateImport.create({ data: { fileName: input.fileName, rowCount: importable.length, createdById: user.id }, select: { id: true } });
      const candidates = importable.map((r) => ({ id: randomUUID(), importId: created.id, ...stored(r.fields) }));
      await tx.candidate.createMany({ data: candidates });
      if (positions.ids.length) {
        await tx.application.createMany({ data: candidates.flatMap((c) => positions.ids.map((positionId) => ({ candidateId: c.id, positionId }))) });
      }
      await recordAudit(tx, {
        actorId: user.id, action: "import.completed", entityType: "candidate_import", entityId: created.id,
        data: { count: importable.length, fileName: input.fileName, rows: preview.length, imported: importable.length, skipped: preview.length - importable.length, withWarnings: preview.filter((r) => r.warnings.length && !r.problems.length).length, positionId: input.positionId || null },
      });
      return { ok: true, importId: created.id, imported: importable.length };
    },
    // 2000 rows are checked and written in one go: more than the 5 s default on a small machine.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

export type UndoImportResult = { ok: true; removed: number } | Refused;

/** Remove every candidate an import created, while none has an interview or takes part in a merge. */
export async function undoImport(user: SessionUser, importId: string): Promise<UndoImportResult> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`select 1 from candidate_imports where id = ${importId}::uuid for update`;
    const row = await tx.candidateImport.findFirst({ where: { id: importId, ...(hasRole(user, "admin") ? {} : { createdById: user.id }) }, select: { id: true, fileName: true, undoneAt: true } });
    if (!row) return { ok: false, reason: "notFound", message: "No such import, or not one you made." };
    if (row.undoneAt) return { ok: false, reason: "conflict", message: "This import was already undone." };
    const candidates = await tx.candidate.findMany({ where: { importId }, select: { id: true, name: true, mergedIntoId: true, _count: { select: { interviews: true } } } });
    const ids = candidates.map((c) => c.id);
    const interviewed = candidates.filter((c) => c._count.interviews > 0);
    if (interviewed.length) {
      const names = interviewed.slice(0, 3).map((c) => c.name).join(", ");
      return { ok: false, reason: "conflict", message: `${interviewed.length} of its candidates ${interviewed.length === 1 ? "has" : "have"} an interview (${names}${interviewed.length > 3 ? ", …" : ""}): an import can be undone only while none has.` };
    }
    const survivorOf = await tx.candidateMerge.findFirst({ where: { undoneAt: null, OR: [{ survivorId: { in: ids } }, { mergedId: { in: ids } }] }, select: { id: true } });
    if (survivorOf || candidates.some((c) => c.mergedIntoId)) return { ok: false, reason: "conflict", message: "Some of its candidates were merged with others since: undo those merges first." };
    if (!hasRole(user, "admin")) {
      const visible = await tx.candidate.count({ where: { AND: [{ id: { in: ids } }, managedCandidates(user)] } });
      if (visible !== ids.length) return { ok: false, reason: "forbidden", message: "Some of its candidates now apply to positions you do not manage: ask an admin to undo this import." };
    }
    const { count } = await tx.candidate.deleteMany({ where: { importId } });
    await tx.candidateImport.update({ where: { id: importId }, data: { undoneAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "import.undone", entityType: "candidate_import", entityId: importId, data: { count, fileName: row.fileName, removed: count } });
    return { ok: true, removed: count };
  });
}
