import "server-only";
import { db, type Tx } from "@/lib/db";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { recordChange } from "@/lib/audit/mutations";
import { isWritablePosition, managedInterviews, managedPositions } from "@/lib/position/access";
import { CLOSED_MESSAGE } from "@/lib/position/mutations";
import { getVersionDefinition } from "@/lib/rubric/data";
import { findDoubleBookings } from "./data";
import { zonedTimeToUtc } from "./local-time";
import type { Conflict, ReassignInterviewInput, RescheduleInterviewInput, ScheduleInterviewInput } from "./schema";

/**
 * Writes of interviews. An assignment and its interviewer's draft scorecard are created together, here and only
 * here, so that no page has to create a card when it is opened (a GET never writes). Whether the interviewer has
 * started is read from the card's content (lib/interview/status.ts), not from whether a card exists.
 *
 * Scheduling, rescheduling, reassigning and cancelling read the interview (or position) through the caller's scope
 * inside the transaction, refuse a closed position, and record the change with its before/after values. Every change
 * the calendar invite shows raises `sequence`, so calendars replace their copy.
 */

/**
 * Put an interviewer on an interview's panel, with their empty draft scorecard, inside the caller's transaction
 * (the caller records the audit event next to it). Idempotent: assigning someone already on the panel, or
 * re-assigning someone whose card survived an earlier removal, keeps the existing rows as they are.
 */
export async function assignInterviewer(tx: Tx, assignment: { interviewId: string; interviewerId: string }): Promise<void> {
  await tx.interviewAssignment.createMany({ data: [assignment], skipDuplicates: true });
  await tx.scorecard.createMany({ data: [assignment], skipDuplicates: true });
}

export type Refusal = { ok: false; reason: "forbidden" | "closed" | "cancelled" | "invalid" | "unchanged" | "startedCard"; message: string; field?: string };
/** Stopped before writing: these interviewers are busy then. Sent again with confirmConflicts, it goes ahead. */
export type Conflicts = { ok: true; written: false; conflicts: Conflict[] };
export type Written<T = object> = { ok: true; written: true; interviewId: string } & T;

const NOT_YOURS: Refusal = { ok: false, reason: "forbidden", message: "This interview does not exist, or you do not manage its position." };
const CLOSED: Refusal = { ok: false, reason: "closed", message: CLOSED_MESSAGE };
const CANCELLED: Refusal = { ok: false, reason: "cancelled", message: "This interview is cancelled: nothing of it can change. Schedule a new one." };
const invalid = (field: string, message: string): Refusal => ({ ok: false, reason: "invalid", field, message });

/** Active pool members of the position among `ids`; the rest cannot be put on a panel. */
async function poolMembers(tx: Tx, positionId: string, ids: string[]) {
  return tx.positionInterviewer.findMany({
    where: { positionId, userId: { in: ids }, user: { disabled: false, roles: { has: "interviewer" } } },
    select: { user: { select: { id: true, email: true } } },
  }).then((rows) => rows.map((r) => r.user));
}

const NOT_IN_POOL = "Choose interviewers from the position's pool (its hiring team): someone chosen is not in it, or no longer active.";

export async function scheduleInterview(actor: SessionUser, input: ScheduleInterviewInput): Promise<Refusal | Conflicts | Written> {
  const panel = [...new Set(input.interviewers)];
  return db().$transaction(async (tx) => {
    const position = await tx.position.findFirst({ where: { AND: [{ id: input.positionId }, managedPositions(actor)] }, select: { id: true } });
    if (!position) return { ...NOT_YOURS, message: "This position does not exist, or you do not manage it." };
    // FOR SHARE: a concurrent close of the position waits for this interview, or this sees the position closed.
    const [locked] = await tx.$queryRaw<{ status: string; rubricId: string | null; rubricVersionId: string | null }[]>`
      SELECT status::text, rubric_id AS "rubricId", rubric_version_id::text AS "rubricVersionId" FROM positions WHERE id = ${position.id}::uuid FOR SHARE`;
    if (!locked || !isWritablePosition(locked)) return CLOSED;
    const applicant = await tx.application.findFirst({ where: { positionId: position.id, candidateId: input.candidateId, status: "active", candidate: { mergedIntoId: null } }, select: { id: true } });
    if (!applicant) return invalid("candidateId", "Choose one of the position's active applicants.");
    const versionId = locked.rubricVersionId
      ?? (locked.rubricId ? (await tx.rubricVersion.findFirst({ where: { rubricId: locked.rubricId }, orderBy: { version: "desc" }, select: { id: true } }))?.id : undefined);
    const definition = versionId ? await getVersionDefinition(versionId) : null;
    if (!versionId || !definition) return invalid("stageId", "This position has no published matrix: choose one on its edit page first.");
    if (!definition.interviewPlan.some((s) => s.id === input.stageId)) return invalid("stageId", "Choose a stage of the position's interview plan.");
    const members = await poolMembers(tx, position.id, panel);
    if (members.length !== panel.length) return invalid("interviewers", NOT_IN_POOL);
    const start = startOf(input);
    if (!start) return invalid("time", "That local time does not exist in this time zone.");
    if (!input.confirmConflicts) {
      const conflicts = await findDoubleBookings(panel, start, input.durationMinutes, undefined, tx);
      if (conflicts.length > 0) return { ok: true, written: false, conflicts };
    }
    const data = { scheduledAt: start, timeZone: input.timeZone, durationMinutes: input.durationMinutes, location: input.location };
    const created = await tx.interview.create({
      data: { ...data, candidateId: input.candidateId, positionId: position.id, rubricVersionId: versionId, stageId: input.stageId },
      select: { id: true },
    });
    for (const interviewerId of panel) await assignInterviewer(tx, { interviewId: created.id, interviewerId });
    await recordChange(tx, {
      actorId: actor.id, action: "interview.scheduled", entityType: "interview", entityId: created.id,
      before: {}, after: { ...data, stageId: input.stageId, rubricVersionId: versionId, interviewers: members.map((m) => m.email).sort() },
      extra: { positionId: position.id, candidateId: input.candidateId },
    });
    return { ok: true, written: true, interviewId: created.id };
  });
}

function startOf(input: { date: string; time: string; timeZone: string }): Date | null {
  const result = zonedTimeToUtc(input, input.timeZone);
  return result.ok ? result.instant : null;
}

/** The interview, if `actor` manages its position, locked for the transaction; with what every change checks. */
async function lockManaged(tx: Tx, actor: SessionUser, interviewId: string) {
  const found = await tx.interview.findFirst({ where: { AND: [{ id: interviewId }, managedInterviews(actor)] }, select: { id: true, positionId: true } });
  if (!found) return { refusal: NOT_YOURS } as const;
  await tx.$queryRaw`SELECT 1 FROM positions WHERE id = ${found.positionId}::uuid FOR SHARE`;
  await tx.$queryRaw`SELECT 1 FROM interviews WHERE id = ${found.id}::uuid FOR UPDATE`;
  const interview = await tx.interview.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true, positionId: true, scheduledAt: true, timeZone: true, durationMinutes: true, location: true, sequence: true, cancelledAt: true,
      position: { select: { status: true } },
      assignments: { select: { interviewer: { select: { id: true, email: true, name: true } } } },
    },
  });
  if (!isWritablePosition(interview.position)) return { refusal: CLOSED } as const;
  if (interview.cancelledAt) return { refusal: CANCELLED } as const;
  return { interview } as const;
}

export async function rescheduleInterview(actor: SessionUser, input: RescheduleInterviewInput): Promise<Refusal | Conflicts | Written> {
  return db().$transaction(async (tx) => {
    const { interview, refusal } = await lockManaged(tx, actor, input.interviewId);
    if (refusal) return refusal;
    const start = startOf(input);
    if (!start) return invalid("time", "That local time does not exist in this time zone.");
    const panel = interview.assignments.map((a) => a.interviewer.id);
    if (!input.confirmConflicts) {
      const conflicts = await findDoubleBookings(panel, start, input.durationMinutes, interview.id, tx);
      if (conflicts.length > 0) return { ok: true, written: false, conflicts };
    }
    const after = { scheduledAt: start, timeZone: input.timeZone, durationMinutes: input.durationMinutes, location: input.location };
    const sequence = interview.sequence + 1;
    const changed = await recordChange(tx, {
      actorId: actor.id, action: "interview.rescheduled", entityType: "interview", entityId: interview.id, before: interview, after, extra: { sequence },
    });
    if (!changed) return { ok: false, reason: "unchanged", message: "Nothing was changed: that is the time, length and place it has." };
    await tx.interview.update({ where: { id: interview.id }, data: { ...after, sequence } });
    return { ok: true, written: true, interviewId: interview.id };
  });
}

export async function cancelInterview(actor: SessionUser, input: { interviewId: string }): Promise<Refusal | Written> {
  return db().$transaction(async (tx) => {
    const { interview, refusal } = await lockManaged(tx, actor, input.interviewId);
    if (refusal) return refusal.reason === "cancelled" ? { ...refusal, reason: "unchanged", message: "This interview is already cancelled." } : refusal;
    const cancelledAt = new Date();
    const sequence = interview.sequence + 1;
    await tx.interview.update({ where: { id: interview.id }, data: { cancelledAt, sequence } });
    await recordChange(tx, {
      actorId: actor.id, action: "interview.cancelled", entityType: "interview", entityId: interview.id,
      before: { cancelledAt: null }, after: { cancelledAt }, extra: { sequence },
    });
    return { ok: true, written: true, interviewId: interview.id };
  });
}

/** A scorecard its author has written something on (or submitted): what a reassignment must never drop silently. */
const STARTED_CARD = { OR: [{ status: "submitted" as const }, { summary: { not: "" } }, { recommendation: { not: null } }, { ratings: { some: {} } }] };

/**
 * Change the panel. The scorecards always stay (a submitted one keeps counting in the report); removing an
 * assignment is what ends its author's access to the card, so an author who has started or submitted theirs is only
 * taken off by an admin who says so (`removeStartedAccess`). New panelists come from the position's pool.
 */
export async function reassignInterview(actor: SessionUser, input: ReassignInterviewInput): Promise<Refusal | Conflicts | Written<{ removed: { id: string; email: string; name: string }[] }>> {
  const panel = [...new Set(input.interviewers)];
  return db().$transaction(async (tx) => {
    const { interview, refusal } = await lockManaged(tx, actor, input.interviewId);
    if (refusal) return refusal;
    const current = interview.assignments.map((a) => a.interviewer);
    const added = panel.filter((id) => !current.some((c) => c.id === id));
    const removed = current.filter((c) => !panel.includes(c.id));
    if (added.length === 0 && removed.length === 0) return { ok: false, reason: "unchanged", message: "The panel is unchanged." };
    const members = await poolMembers(tx, interview.positionId, added);
    if (members.length !== added.length) return invalid("interviewers", NOT_IN_POOL);
    const started = removed.length === 0 ? [] : await tx.scorecard.findMany({
      where: { interviewId: interview.id, interviewerId: { in: removed.map((r) => r.id) }, ...STARTED_CARD },
      select: { interviewerId: true },
    });
    const startedAuthors = removed.filter((r) => started.some((s) => s.interviewerId === r.id));
    if (startedAuthors.length > 0 && !(hasRole(actor, "admin") && input.removeStartedAccess)) {
      const who = startedAuthors.map((r) => r.name).join(", ");
      return invalid("interviewers", `${who} started or submitted a scorecard for this interview. Their card stays either way; ${hasRole(actor, "admin")
        ? "to take them off the panel (which ends their access to it), tick the option to remove their access."
        : "only an admin can take them off the panel."}`);
    }
    if (!input.confirmConflicts) {
      const conflicts = await findDoubleBookings(added, interview.scheduledAt, interview.durationMinutes, interview.id, tx);
      if (conflicts.length > 0) return { ok: true, written: false, conflicts };
    }
    // The assignments go; the scorecards stay (assignInterviewer finds them again if the person is put back).
    await tx.interviewAssignment.deleteMany({ where: { interviewId: interview.id, interviewerId: { in: removed.map((r) => r.id) } } });
    for (const interviewerId of added) await assignInterviewer(tx, { interviewId: interview.id, interviewerId });
    const sequence = interview.sequence + 1;
    await tx.interview.update({ where: { id: interview.id }, data: { sequence } });
    const kept = current.filter((c) => panel.includes(c.id));
    await recordChange(tx, {
      actorId: actor.id, action: "interview.reassigned", entityType: "interview", entityId: interview.id,
      before: { interviewers: current.map((c) => c.email).sort() },
      after: { interviewers: [...kept, ...members].map((c) => c.email).sort() },
      extra: { sequence, ...(startedAuthors.length > 0 ? { removedStartedAccess: startedAuthors.map((r) => r.email).sort() } : {}) },
    });
    return { ok: true, written: true, interviewId: interview.id, removed };
  });
}
