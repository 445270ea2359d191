import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PageRequest } from "@/lib/http/pagination";
import type { ErasureCounts } from "./schema";

// Admin only: callers check the role first (lib/retention/loaders.ts, actions.ts).

/** The AppSetting holding the global period: { days: number | null }; no row means none. */
export const RETENTION_SETTING = "retention";

export async function getGlobalRetentionDays(client: Tx = db()): Promise<number | null> {
  const row = await client.appSetting.findUnique({ where: { key: RETENTION_SETTING } });
  const days = (row?.value as { days?: unknown } | undefined)?.days;
  return typeof days === "number" ? days : null;
}

/**
 * Candidates due for anonymisation at `now`. A candidate's positions are those they applied to or were interviewed
 * for; the period that applies is the shortest of theirs (each position's own, else the global one), or the global
 * one without positions. Due: not anonymised, not merged away, in no active application of a position still open
 * or on hold, and their last activity (the candidate, an application, an interview's time, a scorecard) older than
 * the period. `only` limits the check to some ids (re-checked inside the anonymising transaction).
 */
function dueQuery(now: Date, only?: string[]) {
  const positionsOf = Prisma.sql`SELECT position_id FROM applications WHERE candidate_id = c.id UNION SELECT position_id FROM interviews WHERE candidate_id = c.id`;
  return Prisma.sql`
    WITH setting AS (
      SELECT (SELECT CASE WHEN jsonb_typeof(value->'days') = 'number' THEN (value->>'days')::int END FROM app_settings WHERE key = ${RETENTION_SETTING}) AS days
    ), measured AS (
      SELECT c.id, c.name,
        GREATEST(c.updated_at,
          (SELECT max(a.updated_at) FROM applications a WHERE a.candidate_id = c.id),
          (SELECT max(i.scheduled_at) FROM interviews i WHERE i.candidate_id = c.id),
          (SELECT max(s.updated_at) FROM scorecards s JOIN interviews i ON i.id = s.interview_id WHERE i.candidate_id = c.id)) AS last_activity,
        COALESCE((SELECT min(COALESCE(p.retention_days, setting.days)) FROM positions p WHERE p.id IN (${positionsOf})), setting.days) AS days,
        (SELECT string_agg(p.title, ', ' ORDER BY p.title) FROM positions p WHERE p.id IN (${positionsOf})) AS positions
      FROM candidates c CROSS JOIN setting
      WHERE c.anonymized_at IS NULL AND c.merged_into_id IS NULL
        ${only ? Prisma.sql`AND c.id = ANY(${only}::uuid[])` : Prisma.empty}
        AND NOT EXISTS (SELECT 1 FROM applications a JOIN positions p ON p.id = a.position_id
                         WHERE a.candidate_id = c.id AND a.status = 'active' AND p.status <> 'closed')
    )
    SELECT id, name, last_activity, days, positions FROM measured
     WHERE days IS NOT NULL AND last_activity < ${now}::timestamptz - days * interval '1 day'`;
}

export type DueCandidate = { id: string; name: string; lastActivity: Date; days: number; positions: string | null };
type DueRow = { id: string; name: string; last_activity: Date; days: number; positions: string | null };
const toDue = (r: DueRow): DueCandidate => ({ id: r.id, name: r.name, lastActivity: r.last_activity, days: r.days, positions: r.positions });

/** One page of the candidates due, the longest idle first. */
export async function listDueCandidates(now: Date, page: PageRequest) {
  const due = dueQuery(now);
  const [rows, [count]] = await Promise.all([
    db().$queryRaw<DueRow[]>`SELECT * FROM (${due}) d ORDER BY last_activity, id LIMIT ${page.take} OFFSET ${page.skip}`,
    db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${due}) d`,
  ]);
  return { candidates: rows.map(toDue), total: Number(count?.n ?? 0) };
}

/** Which of `ids` are due at `now`. */
export async function dueCandidateIds(client: Tx, now: Date, ids: string[]): Promise<string[]> {
  const rows = await client.$queryRaw<DueRow[]>(dueQuery(now, ids));
  return rows.map((r) => r.id);
}

/** `family(root, id)`: each of `ids` and, recursively, the candidates merged into it. */
const familyOf = (ids: string[]) => Prisma.sql`
  WITH RECURSIVE family(root, id) AS (
    SELECT id, id FROM candidates WHERE id = ANY(${ids}::uuid[])
    UNION
    SELECT f.root, c.id FROM candidates c JOIN family f ON c.merged_into_id = f.id
  )`;

/**
 * Each candidate and the candidates merged into it (hidden rows kept for un-merging: the same person), as
 * root -> ids. Anonymising or erasing a candidate takes its merged-away rows with it.
 */
export async function candidateFamilies(client: Tx, ids: string[]): Promise<Map<string, string[]>> {
  const rows = await client.$queryRaw<{ root: string; id: string }[]>`${familyOf(ids)} SELECT root::text, id::text FROM family`;
  const families = new Map<string, string[]>();
  for (const r of rows) families.set(r.root, [...(families.get(r.root) ?? []), r.id]);
  return families;
}

/** What erasing each candidate removes, counted over the candidate and its merged-away rows. */
export async function erasureCounts(ids: string[], client: Tx = db()): Promise<Map<string, ErasureCounts>> {
  if (ids.length === 0) return new Map();
  const rows = await client.$queryRaw<{ id: string; applications: bigint; interviews: bigint; scorecards: bigint; ratings: bigint }[]>`
    ${familyOf(ids)}
    SELECT f.root::text AS id,
      (SELECT count(*) FROM applications a WHERE a.candidate_id IN (SELECT g.id FROM family g WHERE g.root = f.root)) AS applications,
      (SELECT count(*) FROM interviews i WHERE i.candidate_id IN (SELECT g.id FROM family g WHERE g.root = f.root)) AS interviews,
      (SELECT count(*) FROM scorecards s JOIN interviews i ON i.id = s.interview_id WHERE i.candidate_id IN (SELECT g.id FROM family g WHERE g.root = f.root)) AS scorecards,
      (SELECT count(*) FROM ratings r JOIN scorecards s ON s.id = r.scorecard_id JOIN interviews i ON i.id = s.interview_id
        WHERE i.candidate_id IN (SELECT g.id FROM family g WHERE g.root = f.root)) AS ratings
    FROM family f WHERE f.root = f.id`;
  return new Map(rows.map((r) => [r.id, { applications: Number(r.applications), interviews: Number(r.interviews), scorecards: Number(r.scorecards), ratings: Number(r.ratings) }]));
}

/** Candidates to erase on request, found by name or email (merged-away rows are found through their survivor). */
export async function searchCandidates(query: string, take = 20) {
  const q = query.trim();
  if (!q) return [];
  const candidates = await db().candidate.findMany({
    where: { mergedIntoId: null, OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] },
    orderBy: { name: "asc" },
    take,
    select: { id: true, name: true, email: true, anonymizedAt: true },
  });
  const counts = await erasureCounts(candidates.map((c) => c.id));
  return candidates.map((c) => ({ ...c, counts: counts.get(c.id)! }));
}

/** Every position with its own period (null: the global one applies), a page at a time. */
export async function listPositionRetention(page: PageRequest) {
  const [positions, total] = await Promise.all([
    db().position.findMany({ orderBy: [{ title: "asc" }, { id: "asc" }], skip: page.skip, take: page.take, select: { id: true, title: true, status: true, retentionDays: true } }),
    db().position.count(),
  ]);
  return { positions, total };
}

/** Whether any position has a period of its own (then someone may be due without a global period). */
export async function hasPositionPeriod(): Promise<boolean> {
  return (await db().position.count({ where: { retentionDays: { not: null } } })) > 0;
}
