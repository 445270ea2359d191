import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit, recordChange } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { NewPasswordSchema, RolesSchema, type PersonInput } from "./schema";

/**
 * Writes of people. Every change that should end a person's sessions (disabling, roles, password) bumps their
 * session version in the same transaction as the change and its audit event: each request checks the version
 * carried in the session token (lib/auth/session.ts), so the person's open sessions end at their next request.
 */

export type PersonRefusal =
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "conflict"; message: string }
  | { ok: false; reason: "lastAdmin"; message: string };
export type PersonResult = { ok: true } | PersonRefusal;

export const LAST_ADMIN = "This is the last active admin. Make someone else an admin first, so that Quorum keeps one.";
export const EMAIL_TAKEN = "Someone already has this email.";
const NOT_FOUND = { ok: false, reason: "notFound" } as const;
const EMAIL_CONFLICT = { ok: false, reason: "conflict", message: EMAIL_TAKEN } as const;

/**
 * End every session of a person. With `expected`, only when that is still their version (false otherwise, and for
 * an unknown person).
 */
export async function bumpSessionVersion(tx: Tx, userId: string, expected?: number): Promise<boolean> {
  const { count } = await tx.user.updateMany({
    where: { id: userId, ...(expected === undefined ? {} : { sessionVersion: expected }) },
    data: { sessionVersion: { increment: 1 } },
  });
  return count === 1;
}

/**
 * The active admins, locked until the transaction ends (in id order, so two transactions cannot deadlock). A
 * concurrent transaction that demotes an admin waits here, then re-reads the rows once the first one commits
 * (PostgreSQL re-checks the WHERE of a locked row): of two concurrent demotions of the last two admins, the second
 * sees one admin left.
 */
async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE disabled = false AND 'admin' = ANY(roles) ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

/** Prisma's unique-constraint error (P2002): the same email written by a concurrent request. */
export const isUniqueViolation = (error: unknown) => error instanceof Error && "code" in error && error.code === "P2002";

const sameRoles = (a: Role[], b: Role[]) => a.length === b.length && a.every((r) => b.includes(r));

type Change = { name?: string; email?: string; roles?: Role[]; disabled?: boolean };

/**
 * One change of a person in one transaction: the last-admin rule, the unique email, the session version, and an
 * audit event with before/after values for each kind of change (details, roles, status). Nothing changed: no write.
 */
async function changePerson(actorId: string | null, userId: string, change: Change): Promise<PersonResult> {
  try {
    return await db().$transaction(async (tx) => {
      const demotes = change.disabled === true || (change.roles !== undefined && !change.roles.includes("admin"));
      const admins = demotes ? await lockActiveAdmins(tx) : [];
      // Read after the lock: if they are an active admin, their row is locked and current.
      const before = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, roles: true, disabled: true } });
      if (!before) return NOT_FOUND;
      if (admins.length === 1 && admins[0] === userId) return { ok: false, reason: "lastAdmin", message: LAST_ADMIN } as const;
      if (change.email !== undefined && change.email !== before.email && (await tx.user.count({ where: { email: change.email } }))) return EMAIL_CONFLICT;
      // The same set of roles keeps the stored list (and its order), so `after.roles !== before.roles` means a change.
      const after = {
        name: change.name ?? before.name,
        email: change.email ?? before.email,
        roles: change.roles && !sameRoles(change.roles, before.roles) ? change.roles : before.roles,
        disabled: change.disabled ?? before.disabled,
      };
      const endsSessions = after.roles !== before.roles || after.disabled !== before.disabled;
      if (!endsSessions && after.name === before.name && after.email === before.email) return { ok: true } as const; // nothing to write
      await tx.user.update({ where: { id: userId }, data: { ...after, ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}) } });
      // Stop the person's unused password links too: a disabled person's links must not outlive the disabling.
      if (after.disabled && !before.disabled) await tx.oneTimeToken.deleteMany({ where: { userId, purpose: "set_password", usedAt: null } });
      const event = { actorId, entityType: "user", entityId: userId } as const;
      await recordChange(tx, { ...event, action: "person.updated", before: { name: before.name, email: before.email }, after: { name: after.name, email: after.email } });
      await recordChange(tx, { ...event, action: "person.roles_changed", before: { roles: before.roles }, after: { roles: after.roles } });
      await recordChange(tx, { ...event, action: after.disabled ? "person.disabled" : "person.enabled", before: { disabled: before.disabled }, after: { disabled: after.disabled } });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return EMAIL_CONFLICT; // the same address taken by a concurrent request
    throw error;
  }
}

/** Add a person (no password yet: the admin sets one on their page, or they sign in through single sign-on). */
export async function createPerson(actorId: string, input: PersonInput): Promise<{ ok: true; userId: string } | PersonRefusal> {
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.user.count({ where: { email: input.email } })) return EMAIL_CONFLICT;
      const user = await tx.user.create({ data: { name: input.name, email: input.email, roles: input.roles }, select: { id: true } });
      await recordChange(tx, { actorId, action: "person.created", entityType: "user", entityId: user.id, before: {}, after: input });
      return { ok: true, userId: user.id } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return EMAIL_CONFLICT;
    throw error;
  }
}

/** Edit a person's name, email and roles (a role change ends their sessions; the last admin keeps the role). */
export function updatePerson(actorId: string, userId: string, input: PersonInput): Promise<PersonResult> {
  return changePerson(actorId, userId, input);
}

/** Disable a person: refused at their next request, every session ended, no sign-in until re-enabled. */
export function disableUser(actorId: string | null, userId: string): Promise<PersonResult> {
  return changePerson(actorId, userId, { disabled: true });
}

/** Re-enable a disabled person: they can sign in again with their password or single sign-on. */
export function enableUser(actorId: string | null, userId: string): Promise<PersonResult> {
  return changePerson(actorId, userId, { disabled: false });
}

/** Replace a person's roles; their sessions end, so no page keeps showing what the old roles allowed. */
export async function setRoles(actorId: string | null, userId: string, roles: unknown): Promise<PersonResult> {
  const parsed = RolesSchema.safeParse(roles);
  if (!parsed.success) return { ok: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid roles" };
  return changePerson(actorId, userId, { roles: parsed.data });
}

/**
 * Store a new password hash inside the caller's transaction: every session ends, the person's unused password
 * links stop working (the new password supersedes them) and a sign-in lockout is lifted (they were given a way in).
 * Returns whether they had a password before, or null for an unknown person.
 */
export async function writePassword(tx: Tx, userId: string, passwordHash: string): Promise<{ hadPassword: boolean; email: string } | null> {
  const before = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true, email: true } });
  if (!before) return null;
  await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  await tx.oneTimeToken.deleteMany({ where: { userId, purpose: "set_password", usedAt: null } });
  await tx.signInFailure.deleteMany({ where: { email: before.email } });
  return { hadPassword: before.passwordHash !== null, email: before.email };
}

/** The audit data of a password change: what kind of password replaced what (never the password or its hash). */
export const passwordChange = (hadPassword: boolean, to: string) => ({ changes: { password: { from: hadPassword ? "a password" : "none", to } } });

/** Set a person's password (the hash is made before the transaction opens); every session ends. */
export async function setPassword(actorId: string | null, userId: string, password: unknown): Promise<PersonResult> {
  const parsed = NewPasswordSchema.safeParse(password);
  if (!parsed.success) return { ok: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid password" };
  const passwordHash = await hashPassword(parsed.data);
  return db().$transaction(async (tx) => {
    const written = await writePassword(tx, userId, passwordHash);
    if (!written) return NOT_FOUND;
    await recordAudit(tx, { actorId, action: "person.password_changed", entityType: "user", entityId: userId, data: passwordChange(written.hadPassword, "a new password") });
    return { ok: true } as const;
  });
}

/** Sign-out (next-auth's signOut event): ends every session of the person if `sessionVersion` is still current. */
export async function endSessions(userId: string, sessionVersion: number): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const ended = await bumpSessionVersion(tx, userId, sessionVersion);
    if (ended) await recordAudit(tx, { actorId: userId, action: "auth.signed_out", entityType: "user", entityId: userId });
    return ended;
  });
}

export type TimeZoneResult = { ok: true; changed: boolean } | { ok: false; reason: "forbidden"; message: string };

/**
 * Save the zone a person reads times in (null: their browser's). Their own row only: a person's zone is theirs to
 * choose, so even an admin cannot set another's. Audited with before and after, in one transaction with the write.
 */
export async function setOwnTimeZone(actorId: string, userId: string, timeZone: string | null): Promise<TimeZoneResult> {
  if (actorId !== userId) return { ok: false, reason: "forbidden", message: "You can only change your own time zone." };
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
    const changed = await recordChange(tx, { actorId, action: "person.time_zone_changed", entityType: "user", entityId: userId, before, after: { timeZone } });
    if (changed) await tx.user.update({ where: { id: userId }, data: { timeZone } });
    return { ok: true, changed };
  });
}
