import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { NEW_MATRIX_KEY, type DraftInput } from "./editor-schema";

/**
 * Drafts are an admin's scratch copy: saved on every pause in typing, private to them, read by nothing but their own
 * editor. So they are not audited (the trail would fill with keystrokes); what they lead to, a published version, is.
 * Scope: the caller's own row, by user id in the where clause.
 */
export async function saveDraft(user: SessionUser, input: DraftInput): Promise<{ ok: true; savedAt: Date; published: boolean }> {
  // A save that arrives after its text was published (it left the browser before the publish answered) must not
  // bring back the draft the publish deleted: text equal to a matrix's latest version is nothing unsaved.
  // One indexed lookup: the latest version of the matrix the draft is for (a new matrix's is named by its id: line).
  const rubricId = input.matrixKey === NEW_MATRIX_KEY ? /^id:[ \t]*([a-z0-9-]+)[ \t]*$/m.exec(input.source)?.[1] : input.matrixKey;
  if (rubricId) {
    const [latest] = await db().$queryRaw<{ same: boolean }[]>`
      SELECT source_yaml = ${input.source} AS same FROM rubric_versions WHERE rubric_id = ${rubricId} ORDER BY version DESC LIMIT 1`;
    if (latest?.same) {
      await db().rubricDraft.deleteMany({ where: { userId: user.id, matrixKey: input.matrixKey } });
      return { ok: true, savedAt: new Date(), published: true };
    }
  }
  const row = await db().rubricDraft.upsert({
    where: { userId_matrixKey: { userId: user.id, matrixKey: input.matrixKey } },
    create: { userId: user.id, matrixKey: input.matrixKey, source: input.source, baseVersion: input.baseVersion },
    update: { source: input.source, baseVersion: input.baseVersion },
    select: { updatedAt: true },
  });
  return { ok: true, savedAt: row.updatedAt, published: false };
}

export async function discardDraft(user: SessionUser, matrixKey: string): Promise<{ ok: true }> {
  await db().rubricDraft.deleteMany({ where: { userId: user.id, matrixKey } });
  return { ok: true };
}
