import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { hasRole } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { changedFields } from "@/lib/audit/changes";
import { managedCandidates, managedPositions } from "@/lib/position/access";
import { normaliseEmail, nameKey } from "./normalise";
import { candidatesByEmailKey, findSimilarNames } from "./duplicates-data";
import type { Existing } from "./csv-preview";
import type { Refused } from "./results";
import { writablePositions } from "./data";
import { PERSONAL_FIELDS, type CandidateFields, type ApplicationStatus } from "./schema";

/**
 * Writes of candidates and their applications. Each runs in one transaction with its audit event; every read that
 * decides what may be written carries the caller's scope (lib/position/access.ts) in its where clause.
 */

export type SimilarNames = { visible: { id: string; name: string }[]; hidden: number };
export type CandidateWriteResult =
  | { ok: true; id: string }
  | Refused
  | { ok: false; reason: "duplicateEmail"; existing: Existing }
  | { ok: false; reason: "similarName"; similar: SimilarNames };

/**
 * Serialises the writes that decide "is this person already here?" (create, edit, import): without it two
 * requests with one email could both pass the check. The key is arbitrary and only has to be unique in the app.
 */
export const CANDIDATE_IDENTITY_LOCK = 7_310_001;
export async function lockCandidateIdentity(tx: Tx) {
  await tx.$executeRaw`select pg_advisory_xact_lock(${CANDIDATE_IDENTITY_LOCK})`;
}

type Stored = ReturnType<typeof stored>;
const personal = (f: Stored) => Object.fromEntries(PERSONAL_FIELDS.map((k) => [k, f[k]]));
/** The personal fields an edit changed: names only, never values. */
const personalChanged = (before: Stored, after: Stored) => Object.keys(changedFields(personal(before), personal(after)));
/** The personal fields a new candidate has a value for. */
const personalSet = (f: Stored) => PERSONAL_FIELDS.filter((k) => (Array.isArray(f[k]) ? f[k].length > 0 : Boolean(f[k])));

/** Duplicate email (refused) and similar name (refused unless confirmed) for a candidate about to be written. */
async function identityCheck(tx: Tx, user: SessionUser, fields: CandidateFields, confirmed: boolean, exceptId?: string): Promise<CandidateWriteResult | null> {
  const key = normaliseEmail(fields.email);
  if (key) {
    const existing = (await candidatesByEmailKey(user, [key], exceptId, tx)).get(key);
    if (existing) return { ok: false, reason: "duplicateEmail", existing };
  }
  if (!confirmed) {
    const similar = await findSimilarNames(user, fields.name, exceptId ? [exceptId] : [], tx);
    if (similar.visible.length || similar.hidden) return { ok: false, reason: "similarName", similar: { visible: similar.visible.map(({ id, name }) => ({ id, name })), hidden: similar.hidden } };
  }
  return null;
}

export const stored = (f: CandidateFields) => ({ name: f.name, email: f.email || null, emailKey: normaliseEmail(f.email), phone: f.phone, source: f.source, links: f.links, notes: f.notes });

export async function createCandidate(user: SessionUser, input: CandidateFields & { positionIds: string[]; confirmSimilar: string }): Promise<CandidateWriteResult> {
  if (!hasRole(user, "admin") && input.positionIds.length === 0) {
    return { ok: false, reason: "invalid", message: "Choose at least one of your positions: without one you could not see the candidate afterwards.", field: "positionIds" };
  }
  return db().$transaction(async (tx) => {
    const positions = await writablePositions(tx, user, input.positionIds);
    if (!positions.ok) return positions;
    await lockCandidateIdentity(tx);
    const blocked = await identityCheck(tx, user, input, input.confirmSimilar === "yes");
    if (blocked) return blocked;
    const data = stored(input);
    const candidate = await tx.candidate.create({ data: { ...data, applications: { create: positions.ids.map((positionId) => ({ positionId })) } }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id, action: "candidate.created", entityType: "candidate", entityId: candidate.id,
      data: { changedFields: personalSet(data), source: input.source, positionIds: positions.ids },
    });
    for (const positionId of positions.ids) {
      await recordAudit(tx, { actorId: user.id, action: "candidate.applied", entityType: "candidate", entityId: candidate.id, data: { positionId, status: "active" } });
    }
    return { ok: true, id: candidate.id };
  });
}

export async function updateCandidate(user: SessionUser, input: CandidateFields & { id: string; confirmSimilar: string }): Promise<CandidateWriteResult> {
  return db().$transaction(async (tx) => {
    await lockCandidateIdentity(tx);
    const scope = { AND: [{ id: input.id }, managedCandidates(user)] };
    const before = await tx.candidate.findFirst({ where: scope, select: { name: true, email: true, emailKey: true, phone: true, source: true, links: true, notes: true } });
    if (!before) return { ok: false, reason: "notFound", message: "No such candidate, or not one of yours." };
    const renamed = nameKey(before.name) !== nameKey(input.name);
    const blocked = await identityCheck(tx, user, input, input.confirmSimilar === "yes" || !renamed, input.id);
    if (blocked) return blocked;
    const after = stored(input);
    const fields = personalChanged(before, after);
    const changes = changedFields({ source: before.source }, { source: after.source });
    if (fields.length === 0 && Object.keys(changes).length === 0) return { ok: true, id: input.id };
    await tx.candidate.updateMany({ where: scope, data: after });
    await recordAudit(tx, { actorId: user.id, action: "candidate.updated", entityType: "candidate", entityId: input.id, data: { changedFields: fields, changes } });
    return { ok: true, id: input.id };
  });
}

export async function applyToPosition(user: SessionUser, input: { candidateId: string; positionId: string }): Promise<{ ok: true } | Refused> {
  return db().$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({ where: { AND: [{ id: input.candidateId }, managedCandidates(user)] }, select: { id: true } });
    if (!candidate) return { ok: false, reason: "notFound", message: "No such candidate, or not one of yours." };
    const positions = await writablePositions(tx, user, [input.positionId]);
    if (!positions.ok) return positions;
    const already = await tx.application.findUnique({ where: { candidateId_positionId: input }, select: { id: true } });
    if (already) return { ok: false, reason: "conflict", message: "The candidate already applies to that position." };
    await tx.application.create({ data: input });
    await recordAudit(tx, { actorId: user.id, action: "candidate.applied", entityType: "candidate", entityId: input.candidateId, data: { positionId: input.positionId, status: "active" } });
    return { ok: true };
  });
}

export async function setApplicationStatus(user: SessionUser, input: { applicationId: string; status: ApplicationStatus }): Promise<{ ok: true } | Refused> {
  return db().$transaction(async (tx) => {
    const scope = { id: input.applicationId, candidate: managedCandidates(user), position: managedPositions(user) };
    const application = await tx.application.findFirst({ where: scope, select: { candidateId: true, positionId: true, status: true, position: { select: { status: true } } } });
    if (!application) return { ok: false, reason: "notFound", message: "No such application, or not in a position you manage." };
    if (application.position.status === "closed") return { ok: false, reason: "invalid", message: "The position is closed: its applications are read-only." };
    if (application.status === input.status) return { ok: true };
    await tx.application.updateMany({ where: scope, data: { status: input.status } });
    await recordAudit(tx, {
      actorId: user.id, action: "candidate.application_changed", entityType: "candidate", entityId: application.candidateId,
      data: { positionId: application.positionId, applicationId: input.applicationId, changes: changedFields({ status: application.status }, { status: input.status }) },
    });
    return { ok: true };
  });
}
