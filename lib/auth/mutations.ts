import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { getSignInLockout } from "@/lib/auth/data";
import { THROTTLE, type Lockout } from "@/lib/auth/throttle";

export type SignInAttempt = { ok: true; id: bigint } | { ok: false; lockout: Lockout };

/**
 * Before a password is checked: refuse when the account or the address is at its limit, else record the attempt
 * as a failure (forgiveSignInAttempt deletes it when the password was right). Recording first, under a lock per
 * email and per address, means parallel guesses count too: the eleventh of eleven simultaneous tries is refused.
 */
export async function reserveSignInAttempt(email: string, address: string | null): Promise<SignInAttempt> {
  return db().$transaction(async (tx) => {
    // Always email first, then address, so two attempts never wait on each other in opposite orders.
    await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(1, hashtext(${email}))) AS l`;
    if (address) await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(2, hashtext(${address}))) AS l`;
    const lockout = await getSignInLockout(email, address, tx);
    if (lockout) return { ok: false, lockout } as const;
    // Failures that no longer count go as new ones come (index on created_at), so the table stays small.
    await tx.$executeRaw`DELETE FROM sign_in_failures WHERE created_at <= now() - ${THROTTLE.windowSeconds}::int * interval '1 second'`;
    const row = await tx.signInFailure.create({ data: { email, address }, select: { id: true } });
    return { ok: true, id: row.id } as const;
  });
}

/** The password was right: this attempt was not a failure. */
export async function forgiveSignInAttempt(id: bigint) {
  await db().signInFailure.deleteMany({ where: { id } });
}

export type SignInFailureReason = "unknown_account" | "no_password" | "disabled" | "wrong_password";

/**
 * A credentials sign-in whose password check failed. Its own transaction: the attempt was already counted as a
 * failure by reserveSignInAttempt, before the check, so that parallel guesses count (and one that turns out right
 * is forgiven, never audited). The entity is the normalised email; what was typed is kept when it differs.
 */
export async function recordSignInFailed(email: string, typed: string, address: string | null, reason: SignInFailureReason) {
  const asTyped = typed.slice(0, 320);
  await db().$transaction((tx) =>
    recordAudit(tx, {
      actorId: null,
      action: "auth.sign_in_failed",
      entityType: "sign_in",
      entityId: email,
      data: { address, reason, ...(asTyped === email ? {} : { typed: asTyped }) },
    }),
  );
}

/** A sign-in refused by the throttle (HTTP 429). The email is as typed: an admin sees what was tried. */
export async function recordSignInThrottled(email: string, address: string | null, lockout: Lockout) {
  await db().$transaction((tx) =>
    recordAudit(tx, {
      actorId: null,
      action: "auth.sign_in_throttled",
      entityType: "sign_in",
      entityId: email,
      data: { scope: lockout.scope, address, retryAfterSeconds: lockout.retryAfterSeconds },
    }),
  );
}
