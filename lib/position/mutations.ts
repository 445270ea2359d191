import "server-only";
import { db, type Tx } from "@/lib/db";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { recordChange } from "@/lib/audit/mutations";
import { isWritablePosition, managedPositions } from "./access";
import { parseMatrixChoice, type PositionFields, type PositionStatus } from "./schema";

/**
 * Writes of positions. Every one reads the position through `managedPositions(actor)` inside its transaction, so a
 * hiring manager of another position changes nothing, and writes its audit event (before/after) in the same one.
 */

export type PositionResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: "forbidden" | "closed" | "invalid" | "unchanged"; message: string; field?: string };

const NOT_YOURS = { ok: false, reason: "forbidden", message: "This position does not exist, or you do not manage it." } as const;
export const CLOSED_MESSAGE = "This position is closed, and read-only: reopen it (change its status) to change anything else.";
const CLOSED = { ok: false, reason: "closed", message: CLOSED_MESSAGE } as const;

/** The matrix and version a form choice names, if it names a published one. */
async function resolveMatrix(tx: Tx, choice: string): Promise<{ rubricId: string; rubricVersionId: string | null } | null> {
  const parsed = parseMatrixChoice(choice);
  if (parsed.kind === "latest") {
    const published = await tx.rubricVersion.findFirst({ where: { rubricId: parsed.rubricId }, select: { id: true } });
    return published ? { rubricId: parsed.rubricId, rubricVersionId: null } : null;
  }
  const version = await tx.rubricVersion.findUnique({ where: { id: parsed.versionId }, select: { rubricId: true } });
  return version ? { rubricId: version.rubricId, rubricVersionId: parsed.versionId } : null;
}

const NO_MATRIX = { ok: false, reason: "invalid", field: "matrix", message: "Choose a published matrix version." } as const;

const fieldsOf = (f: PositionFields, matrix: { rubricId: string; rubricVersionId: string | null }) => ({
  title: f.title, team: f.team, location: f.location, status: f.status, description: f.description, ...matrix,
});

/** Admins and hiring managers create positions; a hiring manager is put on the new position's team as its manager. */
export async function createPosition(actor: SessionUser, input: PositionFields): Promise<PositionResult<{ id: string }>> {
  if (!hasRole(actor, "admin") && !hasRole(actor, "hiring_manager")) return NOT_YOURS;
  return db().$transaction(async (tx) => {
    const matrix = await resolveMatrix(tx, input.matrix);
    if (!matrix) return NO_MATRIX;
    const asManager = hasRole(actor, "hiring_manager");
    const data = fieldsOf(input, matrix);
    const created = await tx.position.create({ data: { ...data, ...(asManager ? { managers: { create: { userId: actor.id } } } : {}) }, select: { id: true } });
    await recordChange(tx, {
      actorId: actor.id, action: "position.created", entityType: "position", entityId: created.id,
      before: {}, after: { ...data, ...(asManager ? { managers: [actor.email] } : {}) },
    });
    return { ok: true, id: created.id };
  });
}

type Managed = { id: string; status: PositionStatus; title: string; team: string; location: string; description: string; rubricId: string | null; rubricVersionId: string | null };

/** The position, if `actor` manages it, locked for the rest of the transaction (a concurrent close waits). */
async function lockManaged(tx: Tx, actor: SessionUser, id: string): Promise<Managed | null> {
  const found = await tx.position.findFirst({ where: { AND: [{ id }, managedPositions(actor)] }, select: { id: true } });
  if (!found) return null;
  await tx.$queryRaw`SELECT 1 FROM positions WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.position.findUniqueOrThrow({
    where: { id },
    select: { id: true, status: true, title: true, team: true, location: true, description: true, rubricId: true, rubricVersionId: true },
  });
}

export async function updatePosition(actor: SessionUser, input: PositionFields & { id: string }): Promise<PositionResult> {
  return db().$transaction(async (tx) => {
    const before = await lockManaged(tx, actor, input.id);
    if (!before) return NOT_YOURS;
    if (!isWritablePosition(before)) return CLOSED;
    const matrix = await resolveMatrix(tx, input.matrix);
    if (!matrix) return NO_MATRIX;
    const after = fieldsOf(input, matrix);
    const changed = await recordChange(tx, { actorId: actor.id, action: "position.updated", entityType: "position", entityId: before.id, before, after });
    if (!changed) return { ok: false, reason: "unchanged", message: "Nothing was changed." };
    await tx.position.update({ where: { id: before.id }, data: after });
    return { ok: true };
  });
}

/** The one write a closed position accepts from its managers and admins: a new status (reopening it). */
export async function changePositionStatus(actor: SessionUser, input: { id: string; status: PositionStatus }): Promise<PositionResult> {
  return db().$transaction(async (tx) => {
    const before = await lockManaged(tx, actor, input.id);
    if (!before) return NOT_YOURS;
    const changed = await recordChange(tx, { actorId: actor.id, action: "position.updated", entityType: "position", entityId: before.id, before, after: { status: input.status } });
    if (!changed) return { ok: false, reason: "unchanged", message: "The position already has that status." };
    await tx.position.update({ where: { id: before.id }, data: { status: input.status } });
    return { ok: true };
  });
}

const emails = (people: { id: string; email: string }[], ids: Iterable<string>) => {
  const byId = new Map(people.map((p) => [p.id, p.email]));
  return [...ids].map((id) => byId.get(id) ?? id).sort();
};

/**
 * Replace the position's hiring managers and interviewer pool. Only people holding the role (and active) may be
 * added; people already on the team may stay. Existing interviews keep their panels: the pool is who NEW
 * assignments may pick. A hiring manager may not take themselves off (they would lose the position): an admin can.
 */
export async function setPositionTeam(actor: SessionUser, input: { id: string; managers: string[]; interviewers: string[] }): Promise<PositionResult> {
  const managers = [...new Set(input.managers)];
  const interviewers = [...new Set(input.interviewers)];
  return db().$transaction(async (tx) => {
    const position = await lockManaged(tx, actor, input.id);
    if (!position) return NOT_YOURS;
    if (!isWritablePosition(position)) return CLOSED;
    const [currentManagers, currentPool] = await Promise.all([
      tx.positionManager.findMany({ where: { positionId: position.id }, select: { userId: true } }),
      tx.positionInterviewer.findMany({ where: { positionId: position.id }, select: { userId: true } }),
    ]);
    const was = { managers: new Set(currentManagers.map((m) => m.userId)), interviewers: new Set(currentPool.map((m) => m.userId)) };
    const people = await tx.user.findMany({ where: { id: { in: [...managers, ...interviewers, ...was.managers, ...was.interviewers] } }, select: { id: true, email: true, roles: true, disabled: true } });
    const eligible = (id: string, role: "hiring_manager" | "interviewer", current: Set<string>) => {
      const p = people.find((u) => u.id === id);
      return Boolean(p && (current.has(id) || (!p.disabled && p.roles.includes(role))));
    };
    if (!managers.every((id) => eligible(id, "hiring_manager", was.managers))) {
      return { ok: false, reason: "invalid", field: "managers", message: "Only active people holding the hiring manager role can be added as hiring managers." };
    }
    if (!interviewers.every((id) => eligible(id, "interviewer", was.interviewers))) {
      return { ok: false, reason: "invalid", field: "interviewers", message: "Only active people holding the interviewer role can be added to the pool." };
    }
    if (!hasRole(actor, "admin") && was.managers.has(actor.id) && !managers.includes(actor.id)) {
      return { ok: false, reason: "invalid", field: "managers", message: "You cannot take yourself off the team: you would lose this position. Ask an admin." };
    }
    const changed = await recordChange(tx, {
      actorId: actor.id, action: "position.team_changed", entityType: "position", entityId: position.id,
      before: { managers: emails(people, was.managers), interviewers: emails(people, was.interviewers) },
      after: { managers: emails(people, managers), interviewers: emails(people, interviewers) },
    });
    if (!changed) return { ok: false, reason: "unchanged", message: "The team is unchanged." };
    await tx.positionManager.deleteMany({ where: { positionId: position.id, userId: { notIn: managers } } });
    await tx.positionManager.createMany({ data: managers.map((userId) => ({ positionId: position.id, userId })), skipDuplicates: true });
    await tx.positionInterviewer.deleteMany({ where: { positionId: position.id, userId: { notIn: interviewers } } });
    await tx.positionInterviewer.createMany({ data: interviewers.map((userId) => ({ positionId: position.id, userId })), skipDuplicates: true });
    return { ok: true };
  });
}
