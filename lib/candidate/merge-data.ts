import "server-only";
import { db, type Tx } from "@/lib/db";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { managedCandidates, managedPositions } from "@/lib/position/access";
import { stageNames } from "@/lib/rubric/data";
import { isUuid } from "./data";
import { differingFields, type CandidateSnapshot } from "./merge-plan";

export const SNAPSHOT_SELECT = { name: true, email: true, emailKey: true, phone: true, source: true, links: true, notes: true } as const;

/** A candidate's own fields, when the person may see (and so merge) the candidate. */
export async function scopedSnapshot(client: Tx, user: SessionUser, id: string): Promise<(CandidateSnapshot & { id: string; createdAt: Date }) | null> {
  return client.candidate.findFirst({ where: { AND: [{ id }, managedCandidates(user)] }, select: { id: true, createdAt: true, ...SNAPSHOT_SELECT } });
}

/**
 * Whether every position among `positionIds` is one the person manages. A hiring manager may merge or un-merge
 * only when all that moves belongs to their positions: a merge must not reach into another team's process.
 */
export async function managesAll(client: Tx, user: SessionUser, positionIds: string[]): Promise<boolean> {
  if (hasRole(user, "admin")) return true;
  const unique = [...new Set(positionIds)];
  if (unique.length === 0) return true;
  return (await client.position.count({ where: { AND: [{ id: { in: unique } }, managedPositions(user)] } })) === unique.length;
}

export const NOT_ALL_YOURS = "Some of what would move belongs to positions you do not manage: ask an admin to merge these candidates.";

/** The merge page: both candidates, the fields to choose between, and what moves from the merged one. */
export async function getMergePreview(user: SessionUser, keepId: string, mergeId: string) {
  if (!isUuid(keepId) || !isUuid(mergeId) || keepId === mergeId) return null;
  const client = db();
  const [keep, merge] = await Promise.all([scopedSnapshot(client, user, keepId), scopedSnapshot(client, user, mergeId)]);
  if (!keep || !merge) return null;
  const [keepApplications, applications, interviews] = await Promise.all([
    client.application.findMany({ where: { candidateId: keepId }, select: { positionId: true } }),
    client.application.findMany({ where: { candidateId: mergeId }, orderBy: { createdAt: "asc" }, select: { id: true, positionId: true, status: true, position: { select: { title: true } } } }),
    client.interview.findMany({
      where: { candidateId: mergeId },
      orderBy: { scheduledAt: "asc" },
      select: { id: true, positionId: true, stageId: true, rubricVersionId: true, scheduledAt: true, position: { select: { title: true } }, _count: { select: { scorecards: true } } },
    }),
  ]);
  const allowed = await managesAll(client, user, [...applications, ...interviews].map((r) => r.positionId));
  const kept = new Set(keepApplications.map((a) => a.positionId));
  const names = await stageNames([...new Set(interviews.map((i) => i.rubricVersionId))]);
  return {
    keep,
    merge,
    differing: differingFields(keep, merge),
    allowed,
    applications: applications.map((a) => ({ id: a.id, position: a.position.title, status: a.status, alreadyApplied: kept.has(a.positionId) })),
    interviews: interviews.map((i) => ({
      id: i.id,
      position: i.position.title,
      stage: names.get(`${i.rubricVersionId}:${i.stageId}`) ?? i.stageId,
      scheduledAt: i.scheduledAt,
      scorecards: i._count.scorecards,
    })),
  };
}

export type MergePreview = NonNullable<Awaited<ReturnType<typeof getMergePreview>>>;
