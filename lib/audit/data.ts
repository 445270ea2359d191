import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PageRequest } from "@/lib/http/pagination";
import { stageNames } from "@/lib/rubric/data";
import type { FieldChanges } from "./changes";
import { nextDay, startOfDay } from "./dates";
import { ANONYMISED_CANDIDATE, describeEvent, emptyLabels, referencedIds, type AuditEventInput, type AuditLabels } from "./describe";
import { NO_ACTOR, type AuditFilter } from "./schema";

// Admin only: callers check the role first (lib/audit/loaders.ts, the export route). The trail has no retention
// limit; these reads are paged or batched so that its size does not matter.

/** The filter as a where clause; its days start at midnight in `timeZone`, and "to" includes its whole day. */
export function auditWhere(filter: AuditFilter, timeZone: string): Prisma.AuditEventWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = startOfDay(filter.from, timeZone);
  if (filter.to) createdAt.lt = startOfDay(nextDay(filter.to), timeZone);
  return {
    ...(filter.actor ? { actorId: filter.actor === NO_ACTOR ? null : filter.actor } : {}),
    ...(filter.entity ? { entityType: filter.entity } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
}

const ids = (set: Set<string>) => [...set];

/**
 * The labels every event's sentence names, in a fixed number of queries whatever the number of events: the
 * scorecards and interviews first (they name people, candidates and stages), then everything else at once.
 */
export async function resolveAuditLabels(events: AuditEventInput[]): Promise<AuditLabels> {
  const want = { users: new Set<string>(), candidates: new Set<string>(), positions: new Set<string>(), interviews: new Set<string>(), scorecards: new Set<string>(), rubricVersions: new Set<string>() };
  // Entity ids are free text (an email for sign-ins): only uuids can name rows of uuid tables.
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  for (const e of events) for (const ref of referencedIds(e)) if (UUID.test(ref.id)) want[ref.kind].add(ref.id);

  const client = db();
  const pinned = { select: { candidateId: true, stageId: true, rubricVersionId: true } } as const;
  const [scorecards, interviews] = await Promise.all([
    want.scorecards.size ? client.scorecard.findMany({ where: { id: { in: ids(want.scorecards) } }, select: { id: true, interviewerId: true, interview: pinned } }) : [],
    want.interviews.size ? client.interview.findMany({ where: { id: { in: ids(want.interviews) } }, select: { id: true, ...pinned.select } }) : [],
  ]);
  const pins = [...interviews, ...scorecards.map((s) => s.interview)];
  for (const p of pins) want.candidates.add(p.candidateId);
  for (const s of scorecards) want.users.add(s.interviewerId);

  const [users, candidates, positions, versions, stages] = await Promise.all([
    want.users.size ? client.user.findMany({ where: { id: { in: ids(want.users) } }, select: { id: true, name: true } }) : [],
    want.candidates.size ? client.candidate.findMany({ where: { id: { in: ids(want.candidates) } }, select: { id: true, name: true, anonymizedAt: true } }) : [],
    want.positions.size ? client.position.findMany({ where: { id: { in: ids(want.positions) } }, select: { id: true, title: true } }) : [],
    want.rubricVersions.size ? client.rubricVersion.findMany({ where: { id: { in: ids(want.rubricVersions) } }, select: { id: true, version: true, rubric: { select: { title: true } } } }) : [],
    stageNames([...new Set(pins.map((p) => p.rubricVersionId))]),
  ]);

  const labels = emptyLabels();
  for (const u of users) labels.users.set(u.id, u.name);
  for (const c of candidates) labels.candidates.set(c.id, c.anonymizedAt ? ANONYMISED_CANDIDATE : c.name);
  for (const p of positions) labels.positions.set(p.id, p.title);
  for (const v of versions) labels.rubricVersions.set(v.id, `${v.rubric.title} v${v.version}`);
  const interviewLabel = (p: (typeof pins)[number]) => ({
    candidate: labels.candidates.get(p.candidateId) ?? "a deleted candidate",
    stage: stages.get(`${p.rubricVersionId}:${p.stageId}`) ?? p.stageId,
  });
  for (const i of interviews) labels.interviews.set(i.id, interviewLabel(i));
  for (const s of scorecards) labels.scorecards.set(s.id, { ...interviewLabel(s.interview), interviewerId: s.interviewerId, interviewer: labels.users.get(s.interviewerId) ?? "a person" });
  return labels;
}

const EVENT_SELECT = { id: true, createdAt: true, action: true, actorId: true, entityType: true, entityId: true, data: true } as const;
type EventRow = Prisma.AuditEventGetPayload<{ select: typeof EVENT_SELECT }>;

export type DescribedEvent = {
  id: string;
  createdAt: Date;
  action: string;
  actor: string | null;
  entityType: string;
  entityId: string;
  sentence: string;
  /** Before/after values of the fields that changed. */
  changes: FieldChanges;
  /** Personal fields that changed, by name only (their values are never recorded). */
  changedFields: string[];
  /** The rest of the event's data (reasons, addresses, counts). */
  details: Record<string, unknown>;
};

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

async function describeRows(rows: EventRow[]): Promise<DescribedEvent[]> {
  const labels = await resolveAuditLabels(rows);
  return rows.map((r) => {
    const { changes, changedFields, ...details } = record(r.data);
    return {
      id: String(r.id),
      createdAt: r.createdAt,
      action: r.action,
      actor: r.actorId ? (labels.users.get(r.actorId) ?? null) : null,
      entityType: r.entityType,
      entityId: r.entityId,
      sentence: describeEvent(r, labels),
      changes: record(changes) as FieldChanges,
      changedFields: Array.isArray(changedFields) ? changedFields.map(String) : [],
      details,
    };
  });
}

const NEWEST_FIRST: Prisma.AuditEventOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

/** One page of the trail, newest first, described. */
export async function listAuditTrail(filter: AuditFilter, page: PageRequest, timeZone: string) {
  const where = auditWhere(filter, timeZone);
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({ where, orderBy: NEWEST_FIRST, skip: page.skip, take: page.take, select: EVENT_SELECT }),
    db().auditEvent.count({ where }),
  ]);
  return { events: await describeRows(rows), total };
}

/** The newest events, described (the admin home's feed). */
export async function recentAuditEvents(take: number) {
  return describeRows(await db().auditEvent.findMany({ orderBy: NEWEST_FIRST, take, select: EVENT_SELECT }));
}

/**
 * Every event the filter matches, newest first, read and described in batches (the CSV export). Each batch starts
 * after the last row of the one before (a cursor, not an offset), so events recorded meanwhile shift nothing.
 */
export async function readAuditTrail(filter: AuditFilter, timeZone: string, batch = 1000): Promise<DescribedEvent[]> {
  const where = auditWhere(filter, timeZone);
  const out: DescribedEvent[] = [];
  let cursor: bigint | undefined;
  for (;;) {
    const rows = await db().auditEvent.findMany({ where, orderBy: NEWEST_FIRST, take: batch, select: EVENT_SELECT, ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }) });
    out.push(...(await describeRows(rows)));
    if (rows.length < batch) return out;
    cursor = rows.at(-1)!.id;
  }
}

/** The people the actor filter offers. */
export async function auditActors() {
  return db().user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } });
}
