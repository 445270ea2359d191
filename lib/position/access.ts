/**
 * Who may manage which position, in one place. Admins manage every position; a hiring manager manages the
 * positions whose hiring team lists them as a manager; nobody else manages any. Everything a position owns (its
 * candidates' applications, its interviews) follows the same rule through these scopes, which go into the `where`
 * clause of every read and write so that a forgotten check cannot leak or change a row.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasRole, type SessionUser } from "@/lib/auth/roles";

const NOTHING = { id: { in: [] as string[] } };

/** The positions `user` manages. */
export function managedPositions(user: SessionUser): Prisma.PositionWhereInput {
  if (hasRole(user, "admin")) return {};
  if (hasRole(user, "hiring_manager")) return { managers: { some: { userId: user.id } } };
  return NOTHING;
}

/** The candidates `user` may see and edit: admins all; a hiring manager those applying to a position they manage. */
export function managedCandidates(user: SessionUser): Prisma.CandidateWhereInput {
  const visible = { mergedIntoId: null };
  if (hasRole(user, "admin")) return visible;
  if (hasRole(user, "hiring_manager")) return { ...visible, applications: { some: { position: managedPositions(user) } } };
  return { id: { in: [] } };
}

/** The interviews `user` may schedule, change and cancel: those of the positions they manage. */
export function managedInterviews(user: SessionUser): Prisma.InterviewWhereInput {
  if (hasRole(user, "admin")) return {};
  if (hasRole(user, "hiring_manager")) return { position: managedPositions(user) };
  return { id: { in: [] } };
}

/**
 * The interviews `user` may see (their details and calendar invite): those they manage, and those they are on the
 * panel of. (Admins: every one. `{}` is kept out of the OR: there it would not mean "everything".)
 */
export function visibleInterviews(user: SessionUser): Prisma.InterviewWhereInput {
  if (hasRole(user, "admin")) return {};
  const assigned = { assignments: { some: { interviewerId: user.id } } };
  return hasRole(user, "hiring_manager") ? { OR: [managedInterviews(user), assigned] } : assigned;
}

/** A closed position is read-only: nothing of it is created or changed until it is reopened (by an update of its status). */
export const isWritablePosition = (p: { status: string }) => p.status !== "closed";
