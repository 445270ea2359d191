import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";

/** The person behind a session, re-read on every request so a disabled person is out at once. */
export async function getActiveUser(id: string): Promise<SessionUser | null> {
  const user = await db().user.findFirst({
    where: { id, disabled: false },
    select: { id: true, email: true, name: true, roles: true },
  });
  return user;
}

export async function getCredentialsUser(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, roles: true, disabled: true, passwordHash: true },
  });
}

export async function getActiveUserByEmail(email: string) {
  return db().user.findFirst({ where: { email, disabled: false }, select: { id: true, email: true, name: true } });
}
