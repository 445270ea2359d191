import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import type { DraftInput } from "./editor-schema";

/**
 * Drafts are an admin's scratch copy: saved on every pause in typing, private to them, read by nothing but their own
 * editor. So they are not audited (the trail would fill with keystrokes); what they lead to, a published version, is.
 * Scope: the caller's own row, by user id in the where clause.
 */
export async function saveDraft(user: SessionUser, input: DraftInput): Promise<{ ok: true; savedAt: Date; published: boolean }> {
  // A save that arrives after its text was published (it left the browser before the publish answered) must not
  // bring back the draft the publish deleted: text equal to a matrix's latest version is nothing unsaved.
  const same = await db().rubricVersion.findFirst({ where: { sourceYaml: input.source }, orderBy: { version: "desc" }, select: { rubricId: true, version: true } });
  if (same) {
    const latest = await db().rubricVersion.findFirst({ where: { rubricId: same.rubricId }, orderBy: { version: "desc" }, select: { version: true } });
    if (latest?.version === same.version) {
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
