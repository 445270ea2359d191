// The session the people tests act under: set `session.user` to act as someone, null for a signed-out caller.
// Test files mock lib/auth/session with `sessionModule` (vi.mock needs the factory in the test file itself).
import type { SessionUser } from "@/lib/auth/roles";

// On globalThis: a test that resets modules (to re-read the environment) gets a fresh copy of this module.
const store = globalThis as unknown as { quorumTestSession?: { user: SessionUser | null } };
export const session = (store.quorumTestSession ??= { user: null });

export const sessionModule = () => ({
  getSession: async () => session.user,
  getSessionClaims: async () => (session.user ? { userId: session.user.id, sessionVersion: 0 } : null),
});

export async function createPerson(name: string, roles: SessionUser["roles"], extra: { disabled?: boolean; password?: string } = {}) {
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  const passwordHash = extra.password ? await hashPassword(extra.password) : null;
  const user = await db().user.create({ data: { email: `${name.toLowerCase()}@example.com`, name, roles, disabled: extra.disabled ?? false, passwordHash } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles } satisfies SessionUser;
}

/** Every row a people action could change, to show that a refused one changed none. */
export async function peopleRows() {
  const { db } = await import("@/lib/db");
  const [users, tokens, audit, failures] = await Promise.all([
    db().user.findMany({ orderBy: { email: "asc" } }),
    db().oneTimeToken.findMany({ orderBy: { createdAt: "asc" } }),
    db().auditEvent.count(),
    db().signInFailure.count(),
  ]);
  return { users, tokens, audit, failures };
}

export const auditOf = async (action: string) => {
  const { db } = await import("@/lib/db");
  return db().auditEvent.findMany({ where: { action }, orderBy: { createdAt: "asc" }, select: { actorId: true, entityId: true, data: true } });
};
