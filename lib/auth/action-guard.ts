import "server-only";
import { getSession } from "@/lib/auth/session";
import { hasAnyRole, type Role, type SessionUser } from "@/lib/auth/roles";

export type Refusal = { ok: false; message: string };

/**
 * The person calling a server action, when they hold one of `roles`; otherwise the refusal to return. Actions
 * return it as their result (a typed "you may not", not a thrown 500). Scope rules (which position, which
 * candidate) are checked after this, in the domain's access module.
 */
export async function actionUser(...roles: Role[]): Promise<{ user: SessionUser; refusal?: undefined } | { user?: undefined; refusal: Refusal }> {
  const user = await getSession();
  if (!user) return { refusal: { ok: false, message: "Your session has ended. Sign in again; nothing was saved." } };
  if (roles.length && !hasAnyRole(user, roles)) return { refusal: { ok: false, message: "You do not have permission to do that." } };
  return { user };
}
