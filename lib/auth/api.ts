import "server-only";
import { getSession } from "@/lib/auth/session";
import { hasAnyRole, type Role, type SessionUser } from "@/lib/auth/roles";
import { jsonError } from "@/lib/http/json";

/**
 * Route handlers: the signed-in, enabled person holding one of `roles`, or the response to send instead
 * (401 when nobody is signed in, 403 without the role). Pages use requireRole, which redirects.
 */
export async function authorizeApi(...roles: Role[]): Promise<{ user: SessionUser; denied?: never } | { user?: never; denied: Response }> {
  const user = await getSession();
  if (!user) return { denied: jsonError(401, "Sign in first.") };
  if (roles.length > 0 && !hasAnyRole(user, roles)) return { denied: jsonError(403, "You do not have access to this.") };
  return { user };
}
