import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PageRequest } from "@/lib/http/pagination";
import { stageNames } from "@/lib/rubric/data";
import type { SubmittedFilter } from "./schema";

export type SubmittedRow = {
  id: string;
  submittedAt: Date | null;
  interviewer: string;
  interviewId: string;
  candidateId: string;
  candidate: string;
  positionId: string;
  position: string;
  stage: string;
};

const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });

/**
 * Admin only (callers check the role): submitted scorecards for reopening, filtered by candidate, interviewer or
 * position, one page long. By candidate (then position, newest first) unless asked for the newest, so one
 * candidate's scorecards sit together and can be read in the report before one is reopened.
 */
export async function listSubmittedScorecards(filter: SubmittedFilter, page: PageRequest): Promise<{ rows: SubmittedRow[]; total: number }> {
  const where: Prisma.ScorecardWhereInput = {
    status: "submitted",
    ...(filter.interviewer ? { interviewer: { name: contains(filter.interviewer) } } : {}),
    interview: {
      ...(filter.q ? { candidate: { name: contains(filter.q) } } : {}),
      ...(filter.position ? { positionId: filter.position } : {}),
    },
  };
  const orderBy: Prisma.ScorecardOrderByWithRelationInput[] = filter.sort === "newest"
    ? [{ submittedAt: "desc" }, { id: "asc" }]
    : [{ interview: { candidate: { name: "asc" } } }, { interview: { position: { title: "asc" } } }, { submittedAt: "desc" }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    db().scorecard.findMany({
      where, orderBy, skip: page.skip, take: page.take,
      select: {
        id: true,
        submittedAt: true,
        interviewer: { select: { name: true } },
        interview: { select: { id: true, stageId: true, rubricVersionId: true, candidate: { select: { id: true, name: true } }, position: { select: { id: true, title: true } } } },
      },
    }),
    db().scorecard.count({ where }),
  ]);
  const names = await stageNames([...new Set(rows.map((r) => r.interview.rubricVersionId))]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      submittedAt: r.submittedAt,
      interviewer: r.interviewer.name,
      interviewId: r.interview.id,
      candidateId: r.interview.candidate.id,
      candidate: r.interview.candidate.name,
      positionId: r.interview.position.id,
      position: r.interview.position.title,
      stage: names.get(`${r.interview.rubricVersionId}:${r.interview.stageId}`) ?? r.interview.stageId,
    })),
  };
}

/** The positions that have a submitted scorecard: the choices of the list's position filter. */
export async function positionsWithSubmittedScorecards() {
  return db().position.findMany({
    where: { interviews: { some: { scorecards: { some: { status: "submitted" } } } } },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
}
