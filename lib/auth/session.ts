import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { hasAnyRole, type Role, type SessionUser } from "@/lib/auth/roles";
import { getActiveUser } from "@/lib/people/data";
import { claimsFromToken, SESSION_COOKIES, type SessionClaims } from "@/lib/auth/session-claims";

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

/** What the session cookie claims (lib/auth/session-claims.ts): for hot API routes and getSession. */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  return claimsFromToken(SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean));
}
