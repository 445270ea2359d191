import "server-only";
import { parse as parseCookies } from "cookie";
import { env } from "@/lib/env";
import { decodeSessionToken } from "@/lib/auth/session-token";

/**
 * What a session cookie claims, decoded and checked (encryption, expiry) but nothing more. Framework-free, so the
 * save lane (lib/scorecard/save-lane.ts), which answers autosaves before Next.js sees them, reads sessions exactly as
 * the pages do (lib/auth/session.ts). NOT proof of an active person: callers put "not disabled and this session
 * version" in the query that uses it (getActiveUser; writeRating on the save path).
 */
export type SessionClaims = { userId: string; sessionVersion: number };

/** next-auth's cookie names: the __Secure- one on https, the plain one on http. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** A token without a version (issued before versions existed) is no session. */
export async function claimsFromToken(token: string | undefined): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const payload = await decodeSessionToken({ token, secret: env().NEXTAUTH_SECRET });
    if (typeof payload?.uid !== "string" || typeof payload.sv !== "number") return null;
    return { userId: payload.uid, sessionVersion: payload.sv };
  } catch {
    return null; // tampered, expired or signed with another secret
  }
}

/** The session token in a raw Cookie header (the save lane has no cookie jar). */
export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const jar = parseCookies(header);
  return SESSION_COOKIES.map((name) => jar[name]).find(Boolean);
}
