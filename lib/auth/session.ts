import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { hasAnyRole, type Role, type SessionUser } from "@/lib/auth/roles";
import { getActiveUser } from "@/lib/people/data";

/** The signed-in, enabled person for this request, or null. The database is asked every request. */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return getActiveUser(id);
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

/**
 * For hot API routes (autosave, benchmarked): the id in the session cookie, decoded and checked (signature,
 * expiry) but nothing more. getServerSession also runs the callbacks and encrypts a refreshed token on every call,
 * which doubles the cost and is thrown away in a route handler. The id is NOT proof of an active person: callers
 * must put "not disabled" in the query that uses it (lib/scorecard/data.ts does).
 */
export async function getSessionUserId(): Promise<string | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: env().NEXTAUTH_SECRET });
    return typeof payload?.uid === "string" ? payload.uid : null;
  } catch {
    return null; // tampered, expired or signed with another secret
  }
}
