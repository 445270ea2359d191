import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit, recordChange } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import { claimToken, hashToken, newOneTimeToken, newTemporaryPassword, tokenState } from "@/lib/people/one-time-token";
import { AdminAccountSchema } from "@/lib/people/schema";
import { EMAIL_TAKEN, isUniqueViolation } from "@/lib/people/mutations";

/**
 * The first admin of a database without one. `npm start` prints a setup link (scripts/start.ts) whose page creates
 * the admin; `npm run admin:create` does the same from the shell. Once an active admin exists, every setup link is
 * dead.
 */

const hasActiveAdmin = async (tx: Tx) => (await tx.user.count({ where: { disabled: false, roles: { has: "admin" } } })) > 0;

/**
 * A new first-admin setup link's token, valid until used; earlier unused ones stop working. Null when an active
 * admin exists already (then nobody needs one).
 */
export async function createSetupLink(): Promise<string | null> {
  const { token, tokenHash } = newOneTimeToken();
  return db().$transaction(async (tx) => {
    if (await hasActiveAdmin(tx)) return null;
    await tx.oneTimeToken.deleteMany({ where: { purpose: "first_admin", usedAt: null } });
    const row = await tx.oneTimeToken.create({ data: { tokenHash, purpose: "first_admin" }, select: { id: true } });
    await recordAudit(tx, { actorId: null, action: "setup.link_created", entityType: "setup", entityId: row.id });
    return token;
  });
}

export const SETUP_LINK_UNUSABLE = "This setup link cannot be used: it was used already or a newer one replaced it. Restart `npm start` for a new link, or run `npm run admin:create`.";
export const ADMIN_EXISTS = "Quorum already has an admin, so this setup link no longer works. Sign in, or ask your admin for an account.";

export type FirstAdminResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalidLink" | "adminExists"; message: string }
  | { ok: false; reason: "conflict"; message: string };

/**
 * Create the first admin with a setup link, in one transaction: the link must be unused and no active admin may
 * exist (otherwise the link dies, and the refusal says why). A taken email is refused before the link is used, so
 * the person can try again with another.
 */
export async function createFirstAdmin(input: { token: string; name: string; email: string; password: string }): Promise<FirstAdminResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.oneTimeToken.findUnique({ where: { tokenHash: hashToken(input.token) }, select: { purpose: true, usedAt: true, expiresAt: true } });
      if (row?.purpose !== "first_admin" || tokenState(row) !== "valid") return { ok: false, reason: "invalidLink", message: SETUP_LINK_UNUSABLE } as const;
      if (await hasActiveAdmin(tx)) {
        await tx.oneTimeToken.updateMany({ where: { purpose: "first_admin", usedAt: null }, data: { usedAt: new Date() } });
        return { ok: false, reason: "adminExists", message: ADMIN_EXISTS } as const;
      }
      if (await tx.user.count({ where: { email: input.email } })) return { ok: false, reason: "conflict", message: `${EMAIL_TAKEN} Use another, or run \`npm run admin:create -- ${input.email}\` to make them an admin.` } as const;
      if (!(await claimToken(tx, input.token, "first_admin"))) return { ok: false, reason: "invalidLink", message: SETUP_LINK_UNUSABLE } as const;
      const after = { name: input.name, email: input.email, roles: ["admin"] };
      const user = await tx.user.create({ data: { ...after, roles: ["admin"], passwordHash }, select: { id: true } });
      await recordChange(tx, { actorId: user.id, action: "setup.first_admin_created", entityType: "user", entityId: user.id, before: {}, after });
      return { ok: true, userId: user.id } as const;
    });
  } catch (error) {
    // The same email created by a concurrent request: nothing was written, the link still works.
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict", message: EMAIL_TAKEN };
    throw error;
  }
}

export type AdminAccountResult =
  | { ok: true; created: boolean; userId: string; temporaryPassword: string }
  | { ok: false; reason: "invalid"; message: string };

/**
 * Make `email` an admin who can sign in now: a new person (named after the address unless a name is given), or an
 * existing one who gains the admin role, is re-enabled and keeps their other roles. Either way they get a generated
 * temporary password, returned once and stored only as a hash; their old sessions end, and unused setup links die.
 * Audited with the actor null: the shell has no person. For the first admin of an empty database, and for
 * recovering a locked-out one.
 */
export async function ensureAdminAccount(input: { email: unknown; name?: unknown }): Promise<AdminAccountResult> {
  const parsed = AdminAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid input" };
  const { email, name } = parsed.data;
  const temporaryPassword = newTemporaryPassword();
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
    await tx.oneTimeToken.updateMany({ where: { purpose: "first_admin", usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, { actorId: null, action: existing ? "person.made_admin" : "person.created", entityType: "user", entityId: user.id, data: { email, roles: existing ? [...new Set([...existing.roles, "admin"])] : ["admin"], via: "shell" } });
    return { ok: true, created: !existing, userId: user.id, temporaryPassword } as const;
  });
}
