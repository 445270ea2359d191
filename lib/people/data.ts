import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, SessionUser } from "@/lib/auth/roles";
import type { PageRequest } from "@/lib/http/pagination";
import { hashToken, tokenState, type TokenState } from "./one-time-token";
import type { PeopleFilter } from "./schema";

/**
 * The person behind a session, re-read on every request so a disabled person, or a session ended since (another
 * session version), is out at once.
 */
export async function getActiveUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db().user.findFirst({
    where: { id, disabled: false, sessionVersion },
    select: { id: true, email: true, name: true, roles: true, timeZone: true },
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

export type PersonRow = { id: string; name: string; email: string; roles: Role[]; disabled: boolean; hasPassword: boolean; createdAt: Date };

const ROW = { id: true, name: true, email: true, roles: true, disabled: true, passwordHash: true, createdAt: true } as const;
// The hash never leaves this module: pages get whether there is one.
const toRow = ({ passwordHash, ...rest }: { passwordHash: string | null } & Omit<PersonRow, "hasPassword">): PersonRow => ({ ...rest, hasPassword: passwordHash !== null });

/** The people list of the admin pages (admin-only: callers check the role), filtered, ordered and one page long. */
export async function listPeople(filter: PeopleFilter, page: PageRequest): Promise<{ rows: PersonRow[]; total: number }> {
  const where: Prisma.UserWhereInput = {
    ...(filter.q ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q, mode: "insensitive" } }] } : {}),
    ...(filter.role ? { roles: { has: filter.role } } : {}),
    ...(filter.status ? { disabled: filter.status === "disabled" } : {}),
  };
  const orderBy: Prisma.UserOrderByWithRelationInput[] = filter.sort === "name" ? [{ name: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    db().user.findMany({ where, orderBy, skip: page.skip, take: page.take, select: ROW }),
    db().user.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** One person for their admin page, with the hiring teams they are on (read-only there). */
export async function getPerson(id: string) {
  const user = await db().user.findUnique({
    where: { id },
    select: {
      ...ROW,
      managedPositions: { select: { position: { select: { id: true, title: true, status: true } } }, orderBy: { position: { title: "asc" } } },
      poolPositions: { select: { position: { select: { id: true, title: true, status: true } } }, orderBy: { position: { title: "asc" } } },
    },
  });
  if (!user) return null;
  const { managedPositions, poolPositions, ...row } = user;
  return { ...toRow(row), manages: managedPositions.map((m) => m.position), pool: poolPositions.map((p) => p.position) };
}

/** What a set-password link is worth, for its page (read-only: opening the link uses nothing). */
export async function getPasswordLink(token: string): Promise<{ state: Exclude<TokenState, "valid"> } | { state: "valid"; name: string; email: string }> {
  const row = await db().oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { name: true, email: true, disabled: true } } },
  });
  // A link of another purpose, or of a person disabled since, is no set-password link.
  const state = row?.purpose === "set_password" && row.user && !row.user.disabled ? tokenState(row) : "unknown";
  return state === "valid" ? { state, name: row!.user!.name, email: row!.user!.email } : { state };
}
