import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import { claimToken, newOneTimeToken, newTemporaryPassword, PASSWORD_LINK_DAYS } from "./one-time-token";
import { passwordChange, writePassword } from "./mutations";

/**
 * The two ways an admin gives a person a password for credentials sign-in: a one-time link the person opens to
 * choose their own (/set-password/[token]), or a generated temporary password shown once. No mail server is
 * needed for either; the caller mails the link when one is configured.
 */

type Refusal = { ok: false; reason: "notFound" } | { ok: false; reason: "disabled"; message: string };
const DISABLED = { ok: false, reason: "disabled", message: "This person is disabled. Re-enable them first." } as const;

/** A new set-password link for a person, valid for a week; their older unused links stop working. */
export async function createPasswordLink(actorId: string, userId: string): Promise<{ ok: true; token: string; expiresAt: Date; name: string; email: string } | Refusal> {
  const { token, tokenHash } = newOneTimeToken();
  const expiresAt = new Date(Date.now() + PASSWORD_LINK_DAYS * 24 * 60 * 60 * 1000);
  return db().$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, disabled: true } });
    if (!person) return { ok: false, reason: "notFound" } as const;
    if (person.disabled) return DISABLED;
    const { count: replaced } = await tx.oneTimeToken.deleteMany({ where: { userId, purpose: "set_password", usedAt: null } });
    await tx.oneTimeToken.create({ data: { tokenHash, purpose: "set_password", userId, createdById: actorId, expiresAt } });
    await recordAudit(tx, { actorId, action: "person.password_link_created", entityType: "user", entityId: userId, data: { expiresAt: expiresAt.toISOString(), replacedLinks: replaced } });
    return { ok: true, token, expiresAt, name: person.name, email: person.email } as const;
  });
}

/** A generated password for a person, returned once (only its hash is stored); their sessions and links end. */
export async function setTemporaryPassword(actorId: string, userId: string): Promise<{ ok: true; password: string } | Refusal> {
  const password = newTemporaryPassword();
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { disabled: true } });
    if (!person) return { ok: false, reason: "notFound" } as const;
    if (person.disabled) return DISABLED;
    const written = await writePassword(tx, userId, passwordHash);
    await recordAudit(tx, { actorId, action: "person.temporary_password_set", entityType: "user", entityId: userId, data: passwordChange(written!.hadPassword, "a temporary password") });
    return { ok: true, password } as const;
  });
}

export const LINK_UNUSABLE = "This link cannot be used: it was used already, it has expired, or a newer link replaced it. Ask an admin for a new one.";

/**
 * A person sets their own password with a link: the token must be unused, unexpired, of purpose set_password, and
 * its person active. The token is used, the hash stored, every session ended and the change audited, in one
 * transaction.
 */
export async function setPasswordWithLink(input: { token: string; password: string }): Promise<{ ok: true; email: string } | { ok: false; reason: "invalidLink"; message: string }> {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const claimed = await claimToken(tx, input.token, "set_password");
    const person = claimed?.userId ? await tx.user.findUnique({ where: { id: claimed.userId }, select: { disabled: true } }) : null;
    if (!claimed?.userId || !person || person.disabled) return { ok: false, reason: "invalidLink", message: LINK_UNUSABLE } as const;
    const written = await writePassword(tx, claimed.userId, passwordHash);
    await recordAudit(tx, { actorId: claimed.userId, action: "person.password_set_by_link", entityType: "user", entityId: claimed.userId, data: { ...passwordChange(written!.hadPassword, "their own password"), tokenId: claimed.id } });
    return { ok: true, email: written!.email } as const;
  });
}
