import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import type { DraftInput } from "./editor-schema";

/**
 * Drafts are an admin's scratch copy: saved on every pause in typing, private to them, read by nothing but their own
 * editor. So they are not audited (the trail would fill with keystrokes); what they lead to, a published version, is.
 * Scope: the caller's own row, by user id in the where clause.
 */
export async function saveDraft(user: SessionUser, input: DraftInput): Promise<{ ok: true; savedAt: Date }> {
  const row = await db().rubricDraft.upsert({
    where: { userId_matrixKey: { userId: user.id, matrixKey: input.matrixKey } },
    create: { userId: user.id, matrixKey: input.matrixKey, source: input.source, baseVersion: input.baseVersion },
    update: { source: input.source, baseVersion: input.baseVersion },
    select: { updatedAt: true },
  });
  return { ok: true, savedAt: row.updatedAt };
}

export async function discardDraft(user: SessionUser, matrixKey: string): Promise<{ ok: true }> {
  await db().rubricDraft.deleteMany({ where: { userId: user.id, matrixKey } });
  return { ok: true };
}
