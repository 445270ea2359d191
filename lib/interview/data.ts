import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { managedInterviews, visibleInterviews } from "@/lib/position/access";
import { stageNames } from "@/lib/rubric/data";
import { interviewStatus } from "@/lib/interview/status";
import type { Conflict } from "./schema";

/** The interviews assigned to one interviewer, with what their home shows. Scoped by the assignment. */
export async function listMyInterviews(interviewerId: string) {
  const rows = await db().interview.findMany({
    where: { assignments: { some: { interviewerId } } },
    orderBy: { scheduledAt: "asc" },
    select: {
      id: true,
      scheduledAt: true,
      timeZone: true,
      cancelledAt: true,
      stageId: true,
      rubricVersionId: true,
      candidate: { select: { name: true } },
      position: { select: { title: true } },
      scorecards: {
        where: { interviewerId },
        select: { status: true, summary: true, _count: { select: { ratings: true } } },
      },
    },
  });
  const names = await stageNames([...new Set(rows.map((r) => r.rubricVersionId))]);
  return rows.map((r) => {
    const card = r.scorecards[0];
    return {
      id: r.id,
      scheduledAt: r.scheduledAt,
      timeZone: r.timeZone,
      cancelled: r.cancelledAt !== null,
      candidate: r.candidate.name,
      position: r.position.title,
      stage: names.get(`${r.rubricVersionId}:${r.stageId}`) ?? r.stageId,
      status: interviewStatus(card ? { status: card.status, summary: card.summary, ratingCount: card._count.ratings } : null),
    };
  });
}

export type MyInterview = Awaited<ReturnType<typeof listMyInterviews>>[number];

/** Who may be scheduled for a position: its active applicants, and its pool's active interviewers. */
export async function schedulingChoices(positionId: string) {
  const [applications, pool] = await Promise.all([
    db().application.findMany({
      where: { positionId, status: "active", candidate: { mergedIntoId: null } },
      orderBy: { candidate: { name: "asc" } },
      select: { candidate: { select: { id: true, name: true } } },
    }),
    poolOf(positionId),
  ]);
  return { candidates: applications.map((a) => a.candidate), pool };
}

/** The position's interviewer pool: active people who hold the interviewer role. */
export async function poolOf(positionId: string) {
  const rows = await db().positionInterviewer.findMany({
    where: { positionId, user: { disabled: false, roles: { has: "interviewer" } } },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => r.user);
}

const panelSelect = {
  interviewer: { select: { id: true, name: true, email: true } },
} satisfies Prisma.InterviewAssignmentSelect;

/** One interview of a position `user` manages, with its panel and each panelist's scorecard progress. */
export async function getManagedInterview(user: SessionUser, positionId: string, interviewId: string) {
  const interview = await db().interview.findFirst({
    where: { AND: [{ id: interviewId, positionId }, managedInterviews(user)] },
    select: {
      id: true,
      stageId: true,
      rubricVersionId: true,
      scheduledAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      sequence: true,
      cancelledAt: true,
      candidate: { select: { id: true, name: true } },
      assignments: { select: panelSelect, orderBy: { interviewer: { name: "asc" } } },
      scorecards: { select: { interviewerId: true, status: true, summary: true, recommendation: true, _count: { select: { ratings: true } } } },
    },
  });
  if (!interview) return null;
  const names = await stageNames([interview.rubricVersionId]);
  return {
    ...interview,
    stage: names.get(`${interview.rubricVersionId}:${interview.stageId}`) ?? interview.stageId,
    panel: interview.assignments.map((a) => {
      const card = interview.scorecards.find((c) => c.interviewerId === a.interviewer.id);
      return { ...a.interviewer, card: card ? (card.status === "submitted" ? "submitted" : isStarted(card) ? "started" : "empty") : "none" } as const;
    }),
  };
}

export type ManagedInterview = NonNullable<Awaited<ReturnType<typeof getManagedInterview>>>;

/** Whether a scorecard holds anything its author wrote: a reassignment must never drop such a card's author silently. */
export function isStarted(card: { status: string; summary: string; recommendation: string | null; _count: { ratings: number } }) {
  return card.status === "submitted" || card.summary !== "" || card.recommendation !== null || card._count.ratings > 0;
}

/**
 * Interviewers of `interviewerIds` already in another interview (not cancelled) overlapping [start, start+minutes).
 * The answer names the interviewer and the time only: the other interview may be of a position the caller does not see.
 */
export async function findDoubleBookings(interviewerIds: string[], start: Date, minutes: number, exceptInterviewId?: string, client: Pick<Tx, "$queryRaw"> = db()): Promise<Conflict[]> {
  if (interviewerIds.length === 0) return [];
  const end = new Date(start.getTime() + minutes * 60_000);
  const rows = await client.$queryRaw<{ interviewerId: string; interviewer: string; start: Date; minutes: number }[]>`
    SELECT u.id::text AS "interviewerId", u.name AS interviewer, i.scheduled_at AS start, i.duration_minutes AS minutes
      FROM interviews i
      JOIN interview_assignments a ON a.interview_id = i.id
      JOIN users u ON u.id = a.interviewer_id
     WHERE a.interviewer_id = ANY(${interviewerIds}::uuid[])
       AND i.cancelled_at IS NULL
       AND i.id IS DISTINCT FROM ${exceptInterviewId ?? null}::uuid
       AND i.scheduled_at < ${end}
       AND i.scheduled_at + make_interval(mins => i.duration_minutes) > ${start}
     ORDER BY u.name, i.scheduled_at`;
  return rows.map((r) => ({ interviewerId: r.interviewerId, interviewer: r.interviewer, start: r.start.toISOString(), end: new Date(r.start.getTime() + r.minutes * 60_000).toISOString() }));
}

/**
 * Everything the calendar invite shows. `viewer` scopes the read to admins, the position's managers and the
 * interview's own panel (the download route); without it the caller has just written the interview in its scope.
 */
export async function getInviteSource(interviewId: string, viewer?: SessionUser) {
  const scope: Prisma.InterviewWhereInput = viewer ? visibleInterviews(viewer) : {};
  const interview = await db().interview.findFirst({
    where: { AND: [{ id: interviewId }, scope] },
    select: {
      id: true, stageId: true, rubricVersionId: true, scheduledAt: true, durationMinutes: true, timeZone: true, location: true,
      sequence: true, cancelledAt: true, updatedAt: true,
      candidate: { select: { name: true } },
      position: { select: { title: true } },
      assignments: { select: panelSelect, orderBy: { interviewer: { name: "asc" } } },
    },
  });
  if (!interview) return null;
  const names = await stageNames([interview.rubricVersionId]);
  return { ...interview, stage: names.get(`${interview.rubricVersionId}:${interview.stageId}`) ?? interview.stageId, panel: interview.assignments.map((a) => a.interviewer) };
}

export type InviteSource = NonNullable<Awaited<ReturnType<typeof getInviteSource>>>;
