import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
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
