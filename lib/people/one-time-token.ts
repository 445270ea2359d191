import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";

/**
 * The secrets people are handed: one-time link tokens (only their sha256 is stored, so a copy of the database opens
 * no link) and temporary passwords (only their bcrypt hash is stored). 32 random bytes cannot be guessed, so a link
 * needs no throttling: it is looked up by its hash.
 */
export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url"); // 43 characters, 256 bits
  return { token, tokenHash: hashToken(token) };
}

/** A generated password, shown once: 20 characters, 120 bits. */
export const newTemporaryPassword = () => randomBytes(15).toString("base64url");

/** A set_password link lives a week; the first-admin link lives until it is used or replaced. */
export const PASSWORD_LINK_DAYS = 7;

/**
 * Use a token inside the caller's transaction: marks it used only if it is still unused, unexpired and of this
 * purpose, in one UPDATE, so two requests with the same link cannot both get through. Returns the token's row, or
 * null (unknown, used, expired, replaced or of another purpose: the caller says which with `describeToken`).
 */
export async function claimToken(tx: Tx, token: string, purpose: TokenPurpose) {
  const now = new Date();
  const tokenHash = hashToken(token);
  const { count } = await tx.oneTimeToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    data: { usedAt: now },
  });
  if (count === 0) return null;
  return tx.oneTimeToken.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, userId: true } });
}

export type TokenState = "valid" | "unknown" | "used" | "expired";

/** Why a token can or cannot be used, for the pages that open it (read-only). */
export function tokenState(row: { usedAt: Date | null; expiresAt: Date | null } | null, now = new Date()): TokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt && row.expiresAt <= now) return "expired";
  return "valid";
}
