import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { managedCandidates, managedInterviews, managedPositions } from "@/lib/position/access";
import { stageNames } from "@/lib/rubric/data";
import type { PageRequest } from "@/lib/http/pagination";
import { findSimilarNames } from "./duplicates-data";
import type { Refused } from "./results";

/**
 * Reads of candidates, every one scoped by lib/position/access.ts in its where clause: an admin reads every
 * candidate, a hiring manager those applying to a position they manage (and, of those, only what belongs to their
 * positions), nobody else any. Merged-away candidates are left out by the scope itself.
 */

export type CandidateFilters = { q?: string; positionId?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);

function listWhere(user: SessionUser, { q, positionId }: CandidateFilters): Prisma.CandidateWhereInput {
  const and: Prisma.CandidateWhereInput[] = [managedCandidates(user)];
  const term = q?.trim().slice(0, 200);
  if (term) and.push({ OR: [{ name: { contains: term, mode: "insensitive" } }, { email: { contains: term, mode: "insensitive" } }] });
  if (positionId && isUuid(positionId)) and.push({ applications: { some: { positionId, position: managedPositions(user) } } });
  return { AND: and };
}

export async function listCandidates(user: SessionUser, filters: CandidateFilters, page: PageRequest) {
  const where = listWhere(user, filters);
  const [rows, total] = await Promise.all([
    db().candidate.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true, name: true, email: true, source: true, createdAt: true,
        applications: { where: { position: managedPositions(user) }, orderBy: { createdAt: "asc" }, select: { position: { select: { id: true, title: true } } } },
      },
    }),
    db().candidate.count({ where }),
  ]);
  return { rows: rows.map(({ applications, ...c }) => ({ ...c, positions: applications.map((a) => a.position) })), total };
}

export type CandidateListRow = Awaited<ReturnType<typeof listCandidates>>["rows"][number];

/** Every position the person manages (the list's filter), closed ones last. */
export async function listFilterPositions(user: SessionUser) {
  return db().position.findMany({ where: managedPositions(user), orderBy: [{ status: "asc" }, { title: "asc" }], select: { id: true, title: true, status: true } });
}

/** The positions a candidate may be added to by this person: those they manage that are not closed. */
export async function listApplicablePositions(user: SessionUser) {
  return db().position.findMany({ where: { AND: [managedPositions(user), { status: { not: "closed" } }] }, orderBy: { title: "asc" }, select: { id: true, title: true, status: true } });
}

/** The positions among `ids` the person may add candidates to; refused unless all of them are. */
export async function writablePositions(client: Tx, user: SessionUser, ids: string[]): Promise<{ ok: true; ids: string[] } | Refused> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { ok: true, ids: [] };
  const found = await client.position.findMany({ where: { AND: [{ id: { in: unique } }, managedPositions(user)] }, select: { id: true, status: true } });
  if (found.length !== unique.length) return { ok: false, reason: "forbidden", message: "You can only add candidates to positions you manage.", field: "positionIds" };
  if (found.some((p) => p.status === "closed")) return { ok: false, reason: "invalid", message: "A closed position takes no new candidates.", field: "positionIds" };
  return { ok: true, ids: unique };
}

/** One candidate's own fields (the edit form), or null when the person may not see them. */
export async function getCandidateFields(user: SessionUser, id: string) {
  if (!isUuid(id)) return null;
  return db().candidate.findFirst({
    where: { AND: [{ id }, managedCandidates(user)] },
    select: { id: true, name: true, email: true, phone: true, source: true, links: true, notes: true, createdAt: true, importId: true },
  });
}

/** The candidate page: details, applications, interviews, possible duplicates and merges into this candidate. */
export type CandidateFieldsRow = NonNullable<Awaited<ReturnType<typeof getCandidateFields>>>;

export async function getCandidatePage(user: SessionUser, candidate: CandidateFieldsRow) {
  const id = candidate.id;
  const [applications, interviews, duplicates, merges] = await Promise.all([
    db().application.findMany({
      where: { candidateId: id, position: managedPositions(user) },
      orderBy: { createdAt: "asc" },
      select: { id: true, status: true, createdAt: true, position: { select: { id: true, title: true, status: true } } },
    }),
    listCandidateInterviews(user, id),
    listPossibleDuplicates(user, id),
    db().candidateMerge.findMany({
      where: { survivorId: id },
      orderBy: { createdAt: "desc" },
      select: { id: true, mergedId: true, snapshot: true, createdAt: true, undoneAt: true, actor: { select: { name: true } } },
    }),
  ]);
  return {
    candidate,
    applications,
    interviews,
    duplicates,
    merges: merges.map((m) => ({ id: m.id, mergedId: m.mergedId, createdAt: m.createdAt, undoneAt: m.undoneAt, actor: m.actor?.name ?? null, mergedName: mergedNameOf(m.snapshot) })),
  };
}

const mergedNameOf = (snapshot: Prisma.JsonValue) => {
  const merged = (snapshot as { merged?: { name?: unknown } } | null)?.merged;
  return typeof merged?.name === "string" ? merged.name : "another candidate";
};

/** A candidate's interviews the person manages, with stage names and scorecard progress. */
export async function listCandidateInterviews(user: SessionUser, candidateId: string) {
  const rows = await db().interview.findMany({
    where: { AND: [{ candidateId }, managedInterviews(user)] },
    orderBy: { scheduledAt: "asc" },
    select: {
      id: true, positionId: true, stageId: true, rubricVersionId: true, scheduledAt: true, cancelledAt: true,
      position: { select: { title: true } },
      scorecards: { select: { status: true } },
    },
  });
  const names = await stageNames([...new Set(rows.map((r) => r.rubricVersionId))]);
  return rows.map((r) => ({
    id: r.id,
    positionId: r.positionId,
    position: r.position.title,
    stage: names.get(`${r.rubricVersionId}:${r.stageId}`) ?? r.stageId,
    scheduledAt: r.scheduledAt,
    cancelled: r.cancelledAt !== null,
    scorecards: r.scorecards.length,
    submitted: r.scorecards.filter((s) => s.status === "submitted").length,
  }));
}

/** Other candidates the person sees with the same normalised email or a similar name. */
export async function listPossibleDuplicates(user: SessionUser, id: string) {
  const self = await db().candidate.findFirst({ where: { AND: [{ id }, managedCandidates(user)] }, select: { name: true, emailKey: true, createdAt: true } });
  if (!self) return [];
  const [sameEmail, similar] = await Promise.all([
    self.emailKey
      ? db().candidate.findMany({ where: { AND: [managedCandidates(user), { emailKey: self.emailKey, id: { not: id }, anonymizedAt: null }] }, select: { id: true, name: true, email: true, createdAt: true } })
      : [],
    findSimilarNames(user, self.name, [id]),
  ]);
  const out = new Map<string, { id: string; name: string; reason: "same email" | "similar name"; olderThanThis: boolean }>();
  for (const c of sameEmail) out.set(c.id, { id: c.id, name: c.name, reason: "same email", olderThanThis: c.createdAt <= self.createdAt });
  for (const c of similar.visible) if (!out.has(c.id)) out.set(c.id, { id: c.id, name: c.name, reason: "similar name", olderThanThis: c.createdAt <= self.createdAt });
  return [...out.values()];
}
