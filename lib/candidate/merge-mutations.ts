import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { managedCandidates } from "@/lib/position/access";
import { managesAll, NOT_ALL_YOURS, scopedSnapshot, SNAPSHOT_SELECT } from "./merge-data";
import { changedFieldNames, FIELD_LABELS, mergedFields, MergeSnapshotSchema, type CandidateSnapshot, type MergeSnapshot } from "./merge-plan";
import type { MergeChoices } from "./schema";
import type { Refused } from "./results";

/**
 * Merging two records of one person, and undoing it. A merge moves the merged candidate's applications and
 * interviews (their scorecards hang on the interviews) to the survivor, hides the merged row (mergedIntoId) and
 * keeps in CandidateMerge.snapshot all that an un-merge needs to restore both exactly.
 *
 * Un-merge rules:
 * - Undone once: a second undo is refused (undoneAt is set).
 * - Newest first: a later merge into the same survivor, or of the survivor into another, is undone before this one;
 *   otherwise the later merge's snapshot would no longer describe the rows it restores.
 * - A survivor edited since the merge: the undo is refused with the fields named, unless the person confirms that
 *   those later edits go (discardLaterEdits): both candidates then get their pre-merge fields back exactly.
 * - New rows the survivor gained since (an application, an interview) stay with it; moved rows go back.
 */

const lockCandidates = (tx: Tx, ids: string[]) => tx.$executeRaw`select 1 from candidates where id = any(${ids}::uuid[]) for update`;

export type MergeResult = { ok: true; mergeId: string } | Refused;

export async function mergeCandidates(user: SessionUser, keepId: string, mergeId: string, choices: MergeChoices): Promise<MergeResult> {
  if (keepId === mergeId) return { ok: false, reason: "invalid", message: "Choose two different candidates." };
  return db().$transaction(async (tx) => {
    await lockCandidates(tx, [keepId, mergeId]);
    const [keep, merge] = await Promise.all([scopedSnapshot(tx, user, keepId), scopedSnapshot(tx, user, mergeId)]);
    if (!keep || !merge) return { ok: false, reason: "notFound", message: "One of the candidates no longer exists, was merged already, or is not one of yours." };
    const [keepApplications, applications, interviews] = await Promise.all([
      tx.application.findMany({ where: { candidateId: keepId }, select: { positionId: true } }),
      tx.application.findMany({ where: { candidateId: mergeId }, select: { id: true, positionId: true, status: true, createdAt: true } }),
      tx.interview.findMany({ where: { candidateId: mergeId }, select: { id: true, positionId: true } }),
    ]);
    if (!(await managesAll(tx, user, [...applications, ...interviews].map((r) => r.positionId)))) return { ok: false, reason: "forbidden", message: NOT_ALL_YOURS };

    const kept = new Set(keepApplications.map((a) => a.positionId));
    const removed = applications.filter((a) => kept.has(a.positionId));
    const moved = applications.filter((a) => !kept.has(a.positionId));
    const after = mergedFields(fieldsOf(keep), fieldsOf(merge), choices);
    await tx.candidate.update({ where: { id: keepId }, data: after });
    await tx.application.deleteMany({ where: { id: { in: removed.map((a) => a.id) } } });
    await tx.application.updateMany({ where: { id: { in: moved.map((a) => a.id) } }, data: { candidateId: keepId } });
    await tx.interview.updateMany({ where: { id: { in: interviews.map((i) => i.id) } }, data: { candidateId: keepId } });
    await tx.candidate.update({ where: { id: mergeId }, data: { mergedIntoId: keepId } });
    const snapshot: MergeSnapshot = {
      survivor: fieldsOf(keep),
      merged: fieldsOf(merge),
      survivorAfter: after,
      movedApplicationIds: moved.map((a) => a.id),
      removedApplications: removed.map((a) => ({ id: a.id, positionId: a.positionId, status: a.status, createdAt: a.createdAt.toISOString() })),
      movedInterviewIds: interviews.map((i) => i.id),
    };
    const row = await tx.candidateMerge.create({ data: { survivorId: keepId, mergedId: mergeId, snapshot, actorId: user.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id, action: "candidate.merged", entityType: "candidate", entityId: keepId,
      data: { mergeId: row.id, mergedId: mergeId, changedFields: changedFieldNames(snapshot.survivor, after), movedApplications: moved.length, removedApplications: removed.length, movedInterviews: interviews.length },
    });
    return { ok: true, mergeId: row.id };
  });
}

function fieldsOf(c: CandidateSnapshot): CandidateSnapshot {
  return { name: c.name, email: c.email, emailKey: c.emailKey, phone: c.phone, source: c.source, links: [...c.links], notes: c.notes };
}

export type UnmergeResult = { ok: true; survivorId: string; mergedId: string } | Refused | { ok: false; reason: "edited"; message: string; fields: string[] };

export async function unmergeCandidates(user: SessionUser, mergeRowId: string, discardLaterEdits: boolean): Promise<UnmergeResult> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`select 1 from candidate_merges where id = ${mergeRowId}::uuid for update`;
    const merge = await tx.candidateMerge.findUnique({ where: { id: mergeRowId } });
    if (!merge) return { ok: false, reason: "notFound", message: "No such merge." };
    await lockCandidates(tx, [merge.survivorId, merge.mergedId]);
    const survivor = await tx.candidate.findFirst({ where: { AND: [{ id: merge.survivorId }, managedCandidates(user)] }, select: { id: true, ...SNAPSHOT_SELECT } });
    if (!survivor) {
      const away = await tx.candidate.findUnique({ where: { id: merge.survivorId }, select: { name: true, mergedIntoId: true } });
      if (away?.mergedIntoId && (await tx.candidate.count({ where: { AND: [{ id: away.mergedIntoId }, managedCandidates(user)] } }))) {
        return { ok: false, reason: "conflict", message: `${away.name} was merged into another candidate since: undo that merge first.` };
      }
      return { ok: false, reason: "notFound", message: "No such merge, or not one of yours." };
    }
    if (merge.undoneAt) return { ok: false, reason: "conflict", message: "This merge was already undone." };
    const later = await tx.candidateMerge.findFirst({ where: { survivorId: merge.survivorId, undoneAt: null, createdAt: { gt: merge.createdAt } }, orderBy: { createdAt: "desc" }, select: { snapshot: true } });
    if (later) return { ok: false, reason: "conflict", message: `A later merge into ${survivor.name} (of ${nameIn(later.snapshot)}) must be undone first: merges are undone newest first.` };
    const merged = await tx.candidate.findUnique({ where: { id: merge.mergedId }, select: { mergedIntoId: true } });
    const parsed = MergeSnapshotSchema.safeParse(merge.snapshot);
    if (!merged || merged.mergedIntoId !== merge.survivorId || !parsed.success) return { ok: false, reason: "conflict", message: "The merged candidate is no longer as the merge left it (erased?): this merge cannot be undone." };
    const snap = parsed.data;

    const [applications, interviews] = await Promise.all([
      tx.application.findMany({ where: { id: { in: snap.movedApplicationIds }, candidateId: merge.survivorId }, select: { id: true, positionId: true } }),
      tx.interview.findMany({ where: { id: { in: snap.movedInterviewIds }, candidateId: merge.survivorId }, select: { id: true, positionId: true } }),
    ]);
    if (applications.length !== snap.movedApplicationIds.length || interviews.length !== snap.movedInterviewIds.length) {
      return { ok: false, reason: "conflict", message: "Some applications or interviews the merge moved were removed or moved since: this merge cannot be undone." };
    }
    if (!(await managesAll(tx, user, [...applications, ...interviews, ...snap.removedApplications].map((r) => r.positionId)))) return { ok: false, reason: "forbidden", message: NOT_ALL_YOURS.replace("merge these", "undo this merge of these") };
    const edited = changedFieldNames(snap.survivorAfter, survivor);
    if (edited.length && !discardLaterEdits) {
      const names = edited.map((f) => FIELD_LABELS[f].toLowerCase()).join(", ");
      return { ok: false, reason: "edited", fields: edited, message: `${survivor.name} was edited after the merge (${names}). Undoing restores both candidates as they were before the merge, so those edits would be lost.` };
    }

    await tx.candidate.update({ where: { id: merge.survivorId }, data: snap.survivor });
    await tx.candidate.update({ where: { id: merge.mergedId }, data: { ...snap.merged, mergedIntoId: null } });
    await tx.application.updateMany({ where: { id: { in: snap.movedApplicationIds } }, data: { candidateId: merge.mergedId } });
    await tx.interview.updateMany({ where: { id: { in: snap.movedInterviewIds } }, data: { candidateId: merge.mergedId } });
    for (const a of snap.removedApplications) {
      await tx.application.create({ data: { id: a.id, candidateId: merge.mergedId, positionId: a.positionId, status: a.status, createdAt: new Date(a.createdAt) } });
    }
    await tx.candidateMerge.update({ where: { id: merge.id }, data: { undoneAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id, action: "candidate.unmerged", entityType: "candidate", entityId: merge.survivorId,
      data: { mergeId: merge.id, mergedId: merge.mergedId, changedFields: changedFieldNames(survivor, snap.survivor), discardedEdits: edited },
    });
    return { ok: true, survivorId: merge.survivorId, mergedId: merge.mergedId };
  });
}

const nameIn = (snapshot: unknown) => {
  const parsed = MergeSnapshotSchema.safeParse(snapshot);
  return parsed.success ? parsed.data.merged.name : "another candidate";
};
