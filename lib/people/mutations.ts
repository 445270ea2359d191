import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditAction } from "@/lib/audit/actions";
import { hashPassword } from "@/lib/auth/password";
import { randomBytes } from "node:crypto";
import { AdminAccountSchema, NewPasswordSchema, RolesSchema } from "./schema";

/**
 * Writes of people. Every change that should end a person's sessions (disabling, roles, password) bumps their
 * session version in the same transaction as the change and its audit event: each request checks the version
 * carried in the session token (lib/auth/session.ts), so the person's open sessions end at their next request.
 */

export type PersonResult = { ok: true } | { ok: false; reason: "notFound" } | { ok: false; reason: "invalid"; message: string };

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

async function changePerson(actorId: string | null, userId: string, action: AuditAction, data: Prisma.UserUpdateManyMutationInput, auditData: Prisma.InputJsonValue = {}): Promise<PersonResult> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data });
    if (count === 0) return { ok: false, reason: "notFound" } as const;
    await bumpSessionVersion(tx, userId);
    await recordAudit(tx, { actorId, action, entityType: "user", entityId: userId, data: auditData });
    return { ok: true } as const;
  });
}

/** Disable a person: refused at their next request, every session ended, no sign-in until re-enabled. */
export function disableUser(actorId: string | null, userId: string): Promise<PersonResult> {
  return changePerson(actorId, userId, "person.disabled", { disabled: true });
}

/** Replace a person's roles; their sessions end, so no page keeps showing what the old roles allowed. */
export async function setRoles(actorId: string | null, userId: string, roles: unknown): Promise<PersonResult> {
  const parsed = RolesSchema.safeParse(roles);
  if (!parsed.success) return { ok: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid roles" };
  return changePerson(actorId, userId, "person.roles_changed", { roles: parsed.data }, { roles: parsed.data });
}

/** Set a person's password (the hash is made before the transaction opens); every session ends. */
export async function setPassword(actorId: string | null, userId: string, password: unknown): Promise<PersonResult> {
  const parsed = NewPasswordSchema.safeParse(password);
  if (!parsed.success) return { ok: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid password" };
  return changePerson(actorId, userId, "person.password_changed", { passwordHash: await hashPassword(parsed.data) });
}

/** Sign-out (next-auth's signOut event): ends every session of the person if `sessionVersion` is still current. */
export async function endSessions(userId: string, sessionVersion: number): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const ended = await bumpSessionVersion(tx, userId, sessionVersion);
    if (ended) await recordAudit(tx, { actorId: userId, action: "auth.signed_out", entityType: "user", entityId: userId });
    return ended;
  });
}

export type AdminAccountResult =
  | { ok: true; created: boolean; userId: string; temporaryPassword: string }
  | { ok: false; reason: "invalid"; message: string };

/**
 * Make `email` an admin who can sign in now: a new person (named after the address unless a name is given), or an
 * existing one who gains the admin role, is re-enabled and keeps their other roles. Either way they get a generated
 * temporary password, returned once and stored only as a hash; their old sessions end. Audited with the actor
 * null: the shell has no person. For the first admin of an empty database, and for recovering a locked-out one.
 */
export async function ensureAdminAccount(input: { email: unknown; name?: unknown }): Promise<AdminAccountResult> {
  const parsed = AdminAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid input" };
  const { email, name } = parsed.data;
  const temporaryPassword = randomBytes(15).toString("base64url"); // 20 characters, 120 bits
  const passwordHash = await hashPassword(temporaryPassword);
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, roles: true } });
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { roles: [...new Set([...existing.roles, "admin" as const])], disabled: false, passwordHash, sessionVersion: { increment: 1 }, ...(name ? { name } : {}) },
          select: { id: true },
        })
      : await tx.user.create({ data: { email, name: name ?? email.split("@")[0]!, roles: ["admin"], passwordHash }, select: { id: true } });
    // A shell recovery must work even while the account is throttled (the lockout counts wrong passwords).
    await tx.signInFailure.deleteMany({ where: { email } });
    await recordAudit(tx, { actorId: null, action: existing ? "person.made_admin" : "person.created", entityType: "user", entityId: user.id, data: { email, roles: existing ? [...new Set([...existing.roles, "admin"])] : ["admin"], via: "shell" } });
    return { ok: true, created: !existing, userId: user.id, temporaryPassword } as const;
  });
}
