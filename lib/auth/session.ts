import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { forbidden, redirect } from "next/navigation";
import { hasAnyRole, type Role, type SessionUser } from "@/lib/auth/roles";
import { getActiveUser } from "@/lib/people/data";
import { decodeSessionToken } from "@/lib/auth/session-token";

/**
 * The signed-in, enabled person for this request, or null: one query per request, which also checks that the
 * token's session version is still the person's (sign-out, disabling, role and password changes bump it).
 * getServerSession would run the session callback (another query) and re-encrypt a token that a page throws away.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const claims = await getSessionClaims();
  return claims ? getActiveUser(claims.userId, claims.sessionVersion) : null;
});

/** Pages: an anonymous visitor goes to /login. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/login");
  return user;
}

/** Pages and actions: a person without one of the roles gets the 403 page. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasAnyRole(user, roles)) forbidden();
  return user;
}

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export type SessionClaims = { userId: string; sessionVersion: number };

/**
 * What the session cookie claims, decoded and checked (signature, expiry) but nothing more; for hot API routes
 * (autosave, benchmarked) and getSession. NOT proof of an active person: callers put "not disabled and this session
 * version" in the query that uses it (getActiveUser; lib/scorecard/data.ts on the save path). A token without a
 * version (issued before versions existed) is no session.
 */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  try {
    const payload = await decodeSessionToken({ token, secret: env().NEXTAUTH_SECRET });
    if (typeof payload?.uid !== "string" || typeof payload.sv !== "number") return null;
    return { userId: payload.uid, sessionVersion: payload.sv };
  } catch {
    return null; // tampered, expired or signed with another secret
  }
}
