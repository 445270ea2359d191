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

/**
 * Opened tokens, by token: decrypting one was about a fifth of the server's CPU per autosave, and a browser sends the
 * same token with every save. What a token says is a pure function of the token and the secret (one per process,
 * lib/env.ts), so a kept answer
 * cannot go stale; its expiry is checked again on every use, and revocation was never the token's to say (the
 * session version is checked in the database). Bounded: the oldest entries go first.
 */
const opened = new Map<string, { claims: SessionClaims; expiresAtMs: number }>();
const MAX_OPENED = 10_000;
// next-auth's own tolerance for clock skew between the processes that sign and open a token.
const CLOCK_TOLERANCE_MS = 15_000;

/** A token without a version (issued before versions existed) is no session. */
export async function claimsFromToken(token: string | undefined): Promise<SessionClaims | null> {
  if (!token) return null;
  const kept = opened.get(token);
  if (kept) return Date.now() < kept.expiresAtMs + CLOCK_TOLERANCE_MS ? kept.claims : null;
  try {
    const payload = await decodeSessionToken({ token, secret: env().NEXTAUTH_SECRET });
    if (typeof payload?.uid !== "string" || typeof payload.sv !== "number" || typeof payload.exp !== "number") return null;
    const claims = { userId: payload.uid, sessionVersion: payload.sv };
    if (opened.size >= MAX_OPENED) opened.delete(opened.keys().next().value!);
    opened.set(token, { claims, expiresAtMs: payload.exp * 1000 });
    return claims;
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
