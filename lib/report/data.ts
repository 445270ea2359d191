import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { reportScope } from "@/lib/position/data";
import { getVersionDefinition } from "@/lib/rubric/data";
import type { RubricDefinition } from "@/lib/rubric/schema";
import { assembleReport } from "./assemble";
import type { PositionReport, Recommendation, ReportInput, ReportRating, ReportScorecard, ReportVersion } from "./model";
import { parseReport, SNAPSHOT_FORMAT } from "./snapshot";

export type Access<T> = { ok: true; value: T } | { ok: false; reason: "notFound" | "forbidden" };

/**
 * The one authorization check of the report: the position is read through `reportScope(user)`, so a hiring
 * manager of another position gets nothing. Only then is the position's existence asked, to tell "not yours"
 * (403) from "no such position" (404); nothing else about it is read.
 */
export async function reportPosition(user: SessionUser, positionId: string): Promise<Access<{ id: string; title: string }>> {
  const position = await db().position.findFirst({ where: { id: positionId, ...reportScope(user) }, select: { id: true, title: true } });
  if (position) return { ok: true, value: position };
  const exists = await db().position.count({ where: { id: positionId } });
  return { ok: false, reason: exists > 0 ? "forbidden" : "notFound" };
}

/**
 * The scorecards the report shows as drafts: submitted ones, and drafts with content. An empty draft (every
 * assignment has one from the start) is "not started", as on the interviewer's home (lib/interview/status.ts).
 */
const STARTED = { OR: [{ status: "submitted" as const }, { summary: { not: "" } }, { ratings: { some: {} } }] };

/** Definitions by version id, parsed once per process (lib/rubric/data.ts: published versions are immutable). */
async function definitionsOf(ids: string[]): Promise<Map<string, RubricDefinition>> {
  return new Map(await Promise.all(ids.map(async (id) => [id, (await getVersionDefinition(id))!] as const)));
}

async function versionsById(ids: string[]): Promise<ReportVersion[]> {
  const [definitions, numbers] = await Promise.all([definitionsOf(ids), db().rubricVersion.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } })]);
  return numbers.map((v) => ({ id: v.id, version: v.version, definition: definitions.get(v.id)! }));
}

/**
 * Every row the position report is assembled from: interviews with assignments and scorecards, and the levels
 * of submitted scorecards (the big part: ~19,000 for 200 candidates), narrow columns, without notes.
 */
export async function getReportInput(user: SessionUser, positionId: string): Promise<Access<ReportInput>> {
  const access = await reportPosition(user, positionId);
  if (!access.ok) return access;
  return { ok: true, value: await readReportInput(access.value) };
}

/** Which snapshot a fresh report is: the generation it was computed at, and the database's time it was computed for. */
export type SnapshotKey = { generation: bigint; asOf: Date };

/**
 * The position's report: its snapshot when the snapshot's generation is still the position's current one (the sum
 * of its shard rows, prisma/schema.prisma ReportGeneration; one query), otherwise computed afresh from the rows. `storeAs` is then the generation the fresh report belongs to, for
 * the caller to store (lib/report/mutations.ts storeReportSnapshot) after answering. The generation is read BEFORE
 * the rows: what is computed holds every change committed up to that generation (triggers bump it in the change's
 * own transaction), so storing it under that generation never hides a committed change.
 *
 * Time changes the figures too, with no write: an interview whose time has come moves from "still to come" to
 * "pending". So a snapshot is served only while no interview of the position fell due since the time it was computed
 * for, the database's clock on both sides.
 */
export async function getPositionReport(user: SessionUser, positionId: string): Promise<Access<{ report: PositionReport; storeAs: SnapshotKey | null }>> {
  const access = await reportPosition(user, positionId);
  if (!access.ok) return access;
  const [current] = await db().$queryRaw<{ generation: bigint; asOf: Date; report: string | null }[]>`
    select g.generation, now() as "asOf", s.report
    from (select ${access.value.id}::uuid as id) p
    cross join lateral (select coalesce(sum(generation), 0)::bigint as generation from report_generations where position_id = p.id) g
    left join report_snapshots s on s.position_id = p.id and s.generation = g.generation and s.format = ${SNAPSHOT_FORMAT}
      and not exists (select 1 from interviews i where i.position_id = p.id and i.cancelled_at is null and i.scheduled_at > s.created_at and i.scheduled_at <= now())`;
  if (current!.report !== null) return { ok: true, value: { report: parseReport(current!.report), storeAs: null } };
  const { generation, asOf } = current!;
  return { ok: true, value: { report: assembleReport(await readReportInput(access.value), asOf), storeAs: { generation, asOf } } };
}

type InterviewRow = [id: string, candidateId: string, candidateName: string, rubricVersionId: string, stageId: string, scheduledAt: string, interviewerIds: string[]];
type ScorecardRow = [id: string, interviewId: string, interviewerId: string, status: ReportScorecard["status"], recommendation: Recommendation | null, submittedAt: string | null];
type RatingColumns = [scorecardId: string[] | null, criterionId: string[] | null, level: (number | null)[] | null, noEvidence: boolean[] | null];

function ratingsOf(text: string | undefined): ReportRating[] {
  const [scorecardId, criterionId, level, noEvidence] = JSON.parse(text ?? "[]") as RatingColumns;
  return (scorecardId ?? []).map((id, i) => ({ scorecardId: id, criterionId: criterionId![i]!, level: level![i]!, noEvidence: noEvidence![i]! }));
}

/**
 * The rows of the report in ONE query, each table as one JSON text parsed natively (JSON.parse beats the driver's
 * row decoding): the nested Prisma read (interviews, candidates, assignments, scorecards, then people and version
 * numbers, beside a ratings query) took about 1.4x as long at 200 candidates, with the same rows. Interviews with
 * equal times are ordered by id, so their order is stable.
 */
async function readReportInput(position: { id: string; title: string }): Promise<ReportInput> {
  const [rows] = await db().$queryRaw<{ interviews: string | null; scorecards: string | null; ratings: string; people: string | null; versions: string | null }[]>`
    with iv as (
      -- A cancelled interview is no part of the report (its scorecards included).
      select i.id, i.candidate_id, i.rubric_version_id, i.stage_id, i.scheduled_at from interviews i
      where i.position_id = ${position.id}::uuid and i.cancelled_at is null
    ), assigned as (
      select a.interview_id, a.interviewer_id from interview_assignments a join iv on iv.id = a.interview_id
    ), panels as (
      select interview_id, json_agg(interviewer_id) as ids from assigned group by interview_id
    ), cards as (
      -- STARTED above, in SQL.
      select s.id, s.interview_id, s.interviewer_id, s.status, s.recommendation, s.submitted_at
      from scorecards s join iv on iv.id = s.interview_id
      where s.status = 'submitted' or s.summary <> '' or exists (select 1 from ratings r where r.scorecard_id = s.id)
    ), rated as (
      select r.scorecard_id, r.criterion_id, r.level, r.no_evidence from ratings r join cards s on s.id = r.scorecard_id where s.status = 'submitted'
    )
    select
      (select json_agg(json_build_array(iv.id, iv.candidate_id, c.name, iv.rubric_version_id, iv.stage_id, iv.scheduled_at, coalesce(p.ids, '[]')) order by iv.scheduled_at, iv.id)
       from iv join candidates c on c.id = iv.candidate_id left join panels p on p.interview_id = iv.id)::text as interviews,
      (select json_agg(json_build_array(s.id, s.interview_id, s.interviewer_id, s.status, s.recommendation, s.submitted_at)) from cards s)::text as scorecards,
      -- Column by column: one JSON array per column builds faster than one small array per rating (19,200 of them).
      (select json_build_array(json_agg(scorecard_id), json_agg(criterion_id), json_agg(level), json_agg(no_evidence)) from rated)::text as ratings,
      (select json_agg(json_build_array(u.id, u.name)) from users u
       where u.id in (select interviewer_id from assigned union select interviewer_id from cards))::text as people,
      (select json_agg(json_build_array(v.id, v.version)) from rubric_versions v where v.id in (select rubric_version_id from iv))::text as versions`;
  const parse = <T>(text: string | null | undefined): T[] => (text ? (JSON.parse(text) as T[]) : []);
  const versionNumbers = parse<[string, number]>(rows?.versions);
  const definitions = await definitionsOf(versionNumbers.map(([id]) => id));
  return {
    position,
    versions: versionNumbers.map(([id, version]) => ({ id, version, definition: definitions.get(id)! })),
    people: parse<[string, string]>(rows?.people).map(([id, name]) => ({ id, name })),
    interviews: parse<InterviewRow>(rows?.interviews).map(([id, candidateId, candidateName, rubricVersionId, stageId, scheduledAt, interviewerIds]) => ({
      id,
      candidateId,
      candidateName,
      rubricVersionId,
      stageId,
      scheduledAt: new Date(scheduledAt),
      interviewerIds,
    })),
    scorecards: parse<ScorecardRow>(rows?.scorecards).map(([id, interviewId, interviewerId, status, recommendation, submittedAt]) => ({
      id,
      interviewId,
      interviewerId,
      status,
      recommendation,
      submittedAt: submittedAt === null ? null : new Date(submittedAt),
    })),
    ratings: ratingsOf(rows?.ratings),
  };
}

/** Was the candidate interviewed for the position? (The caller has checked the position's scope.) */
export async function isCandidateOf(positionId: string, candidateId: string): Promise<boolean> {
  return (await db().interview.count({ where: { positionId, candidateId, cancelledAt: null } })) > 0;
}

/** One candidate's submitted scorecards in the position, with every rating and evidence note. */
export async function getCandidateScorecards(positionId: string, candidateId: string) {
  const interviews = await db().interview.findMany({
    where: { positionId, candidateId, cancelledAt: null },
    orderBy: { scheduledAt: "asc" },
    select: {
      id: true,
      stageId: true,
      scheduledAt: true,
      rubricVersionId: true,
      assignments: { select: { interviewer: { select: { id: true, name: true } } } },
      scorecards: {
        where: STARTED,
        select: {
          interviewerId: true,
          status: true,
          recommendation: true,
          summary: true,
          submittedAt: true,
          interviewer: { select: { name: true } },
          // Draft contents stay with their author: only submitted ratings are read.
          ratings: { where: { scorecard: { status: "submitted" } }, select: { criterionId: true, level: true, noEvidence: true, note: true } },
        },
      },
    },
  });
  const versions = await versionsById([...new Set(interviews.map((i) => i.rubricVersionId))]);
  return { interviews, versions };
}

export type CandidateScorecards = Awaited<ReturnType<typeof getCandidateScorecards>>;

/** A row per submitted rating of the position, for the CSV export. */
export async function getRatingRows(positionId: string) {
  const rows = await db().$queryRaw<
    { candidate: string; interviewer: string; stageId: string; versionId: string; criterionId: string; level: number | null; noEvidence: boolean; note: string; submittedAt: Date | null }[]
  >`
    select c.name as candidate, u.name as interviewer, i.stage_id as "stageId", i.rubric_version_id as "versionId",
           r.criterion_id as "criterionId", r.level::int as level, r.no_evidence as "noEvidence", r.note, s.submitted_at as "submittedAt"
    from ratings r
    join scorecards s on s.id = r.scorecard_id
    join interviews i on i.id = s.interview_id
    join candidates c on c.id = i.candidate_id
    join users u on u.id = s.interviewer_id
    where i.position_id = ${positionId}::uuid and i.cancelled_at is null and s.status = 'submitted'
    order by c.name, i.scheduled_at, u.name, r.criterion_id`;
  const versions = await versionsById([...new Set(rows.map((r) => r.versionId))]);
  return { rows, versions };
}
