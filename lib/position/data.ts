import "server-only";
import { db } from "@/lib/db";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PageRequest } from "@/lib/http/pagination";
import { getRubricVersion } from "@/lib/rubric/data";
import { managedPositions } from "./access";
import type { PositionStatus } from "./schema";

/** Who may read a position's report: its hiring managers, and admins. The scope goes into the query itself. */
export function reportScope(user: SessionUser): Prisma.PositionWhereInput {
  return hasRole(user, "admin") ? {} : { managers: { some: { userId: user.id } } };
}

export async function listReportablePositions(user: SessionUser) {
  const rows = await db().position.findMany({
    where: reportScope(user),
    orderBy: [{ status: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      // A cancelled interview is no part of the report.
      interviews: { where: { cancelledAt: null }, select: { candidateId: true, scorecards: { select: { status: true } } } },
    },
  });
  return rows.map((p) => {
    const cards = p.interviews.flatMap((i) => i.scorecards);
    return {
      id: p.id,
      title: p.title,
      status: p.status,
      candidates: new Set(p.interviews.map((i) => i.candidateId)).size,
      interviews: p.interviews.length,
      submitted: cards.filter((c) => c.status === "submitted").length,
    };
  });
}

export type Access<T> = { ok: true; value: T } | { ok: false; reason: "notFound" | "forbidden" };

/** Applications of candidates that still exist as themselves (a merged-away candidate is hidden everywhere). */
const LIVE_APPLICATION = { candidate: { mergedIntoId: null } } satisfies Prisma.ApplicationWhereInput;

/** The newest published version number of each matrix. */
async function latestVersions(): Promise<Map<string, { id: string; version: number }>> {
  const rows = await db().rubricVersion.findMany({ orderBy: { version: "desc" }, distinct: ["rubricId"], select: { id: true, rubricId: true, version: true } });
  return new Map(rows.map((r) => [r.rubricId, { id: r.id, version: r.version }]));
}

/** The positions `user` manages, one page, optionally of one status, with what the list shows. */
export async function listPositions(user: SessionUser, filter: { status?: PositionStatus }, page: PageRequest, now = new Date()) {
  const where: Prisma.PositionWhereInput = { AND: [managedPositions(user), filter.status ? { status: filter.status } : {}] };
  const [total, rows, latest] = await Promise.all([
    db().position.count({ where }),
    db().position.findMany({
      where,
      orderBy: [{ status: "asc" }, { title: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        title: true,
        team: true,
        location: true,
        status: true,
        rubricId: true,
        rubric: { select: { title: true } },
        rubricVersion: { select: { version: true } },
        _count: { select: { applications: { where: LIVE_APPLICATION } } },
        interviews: { where: { cancelledAt: null, scheduledAt: { gte: now } }, orderBy: { scheduledAt: "asc" }, take: 1, select: { scheduledAt: true, timeZone: true } },
      },
    }),
    latestVersions(),
  ]);
  return {
    total,
    rows: rows.map((p) => ({
      id: p.id,
      title: p.title,
      team: p.team,
      location: p.location,
      status: p.status,
      matrix: p.rubric ? { title: p.rubric.title, version: p.rubricVersion?.version ?? null, latest: p.rubricId ? latest.get(p.rubricId)?.version ?? null : null } : null,
      applicants: p._count.applications,
      nextInterview: p.interviews[0] ?? null,
    })),
  };
}

const personSelect = { id: true, name: true, email: true, disabled: true } as const;

/** One position `user` manages, with its team and the matrix version it hires on; "forbidden" if it is not theirs. */
export async function getManagedPosition(user: SessionUser, id: string) {
  const position = await db().position.findFirst({
    where: { AND: [{ id }, managedPositions(user)] },
    select: {
      id: true,
      title: true,
      description: true,
      team: true,
      location: true,
      status: true,
      rubricId: true,
      rubricVersionId: true,
      rubric: { select: { title: true } },
      managers: { select: { user: { select: personSelect } }, orderBy: { user: { name: "asc" } } },
      interviewers: { select: { user: { select: personSelect } }, orderBy: { user: { name: "asc" } } },
    },
  });
  if (!position) {
    const exists = await db().position.count({ where: { id } });
    return { ok: false, reason: exists > 0 ? "forbidden" : "notFound" } as const;
  }
  return { ok: true, value: { ...position, managers: position.managers.map((m) => m.user), interviewers: position.interviewers.map((m) => m.user) } } as const;
}

export type ManagedPosition = Extract<Awaited<ReturnType<typeof getManagedPosition>>, { ok: true }>["value"];

/** The version new interviews of the position are pinned to: its chosen one, else its matrix's newest. */
export async function positionVersion(position: { rubricId: string | null; rubricVersionId: string | null }) {
  const id = position.rubricVersionId ?? (position.rubricId ? (await latestVersions()).get(position.rubricId)?.id : undefined);
  return id ? getRubricVersion(id) : null;
}

/** One page of the position's applicants, each with every interview of theirs for this position. */
export async function listApplicants(positionId: string, page: PageRequest) {
  const where = { positionId, ...LIVE_APPLICATION };
  const [total, applications] = await Promise.all([
    db().application.count({ where }),
    db().application.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, status: true, createdAt: true, candidate: { select: { id: true, name: true } } },
    }),
  ]);
  const interviews = await db().interview.findMany({
    where: { positionId, candidateId: { in: applications.map((a) => a.candidate.id) } },
    orderBy: { scheduledAt: "asc" },
    select: { id: true, candidateId: true, stageId: true, scheduledAt: true, durationMinutes: true, timeZone: true, cancelledAt: true, _count: { select: { assignments: true } } },
  });
  return {
    total,
    rows: applications.map((a) => ({ ...a, interviews: interviews.filter((i) => i.candidateId === a.candidate.id) })),
  };
}

/** The select of matrices for the position form: each matrix's "latest" and each of its published versions. */
export async function matrixOptions() {
  const rubrics = await db().rubric.findMany({
    where: { versions: { some: {} } },
    orderBy: { title: "asc" },
    select: { id: true, title: true, versions: { orderBy: { version: "desc" }, select: { id: true, version: true } } },
  });
  return rubrics.flatMap((r) => [
    { value: `latest:${r.id}`, label: `${r.title}: always its latest version (now v${r.versions[0]!.version})` },
    ...r.versions.map((v) => ({ value: `version:${v.id}`, label: `${r.title}: version ${v.version} only` })),
  ]);
}

/**
 * Who may be put on a position's team: active people holding the role, and whoever is on the team now (so that
 * saving the form never drops someone silently because they lost the role since).
 */
export async function teamOptions(positionId: string) {
  const people = await db().user.findMany({
    where: {
      OR: [
        { disabled: false, roles: { hasSome: ["hiring_manager", "interviewer"] } },
        { managedPositions: { some: { positionId } } },
        { poolPositions: { some: { positionId } } },
      ],
    },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { ...personSelect, roles: true, managedPositions: { where: { positionId }, select: { userId: true } }, poolPositions: { where: { positionId }, select: { userId: true } } },
  });
  const option = (p: (typeof people)[number]) => ({ id: p.id, name: p.name, email: p.email, disabled: p.disabled });
  return {
    managers: people.filter((p) => (!p.disabled && p.roles.includes("hiring_manager")) || p.managedPositions.length > 0).map(option),
    interviewers: people.filter((p) => (!p.disabled && p.roles.includes("interviewer")) || p.poolPositions.length > 0).map(option),
    current: { managers: people.filter((p) => p.managedPositions.length > 0).map((p) => p.id), interviewers: people.filter((p) => p.poolPositions.length > 0).map((p) => p.id) },
  };
}
