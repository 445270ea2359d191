import "server-only";
import { db } from "@/lib/db";
import { hashToken, tokenState, type TokenState } from "@/lib/people/one-time-token";

/** What a setup link is worth, for its page (read-only: opening it uses nothing). */
export async function getSetupLink(token: string): Promise<TokenState | "adminExists"> {
  const [row, admins] = await Promise.all([
    db().oneTimeToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { purpose: true, usedAt: true, expiresAt: true } }),
    db().user.count({ where: { disabled: false, roles: { has: "admin" } } }),
  ]);
  if (row?.purpose !== "first_admin") return "unknown";
  const state = tokenState(row);
  return state === "valid" && admins > 0 ? "adminExists" : state;
}
