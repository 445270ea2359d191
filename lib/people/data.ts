import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";

/**
 * The person behind a session, re-read on every request so a disabled person, or a session ended since (another
 * session version), is out at once.
 */
export async function getActiveUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db().user.findFirst({
    where: { id, disabled: false, sessionVersion },
    select: { id: true, email: true, name: true, roles: true },
  });
  return user;
}

export async function getCredentialsUser(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, roles: true, disabled: true, passwordHash: true, sessionVersion: true },
  });
}

export async function getActiveUserByEmail(email: string) {
  return db().user.findFirst({ where: { email, disabled: false }, select: { id: true, email: true, name: true, sessionVersion: true } });
}

/** Whether anyone can administer this database yet (`npm start` tells a new operator how to make the first admin). */
export async function hasActiveAdmin(): Promise<boolean> {
  return (await db().user.count({ where: { disabled: false, roles: { has: "admin" } } })) > 0;
}
