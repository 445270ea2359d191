import "server-only";
import { db } from "@/lib/db";
import { stageNames } from "@/lib/rubric/data";

/** Admin only (callers check the role): submitted scorecards, newest first, for reopening. */
export async function listSubmittedScorecards(limit = 100) {
  const rows = await db().scorecard.findMany({
    where: { status: "submitted" },
    orderBy: { submittedAt: "desc" },
    take: limit,
    select: {
      id: true,
      submittedAt: true,
      interviewer: { select: { name: true } },
      interview: { select: { stageId: true, rubricVersionId: true, candidate: { select: { name: true } }, position: { select: { title: true } } } },
    },
  });
  const names = await stageNames([...new Set(rows.map((r) => r.interview.rubricVersionId))]);
  return rows.map((r) => ({
    id: r.id,
    submittedAt: r.submittedAt,
    interviewer: r.interviewer.name,
    candidate: r.interview.candidate.name,
    position: r.interview.position.title,
    stage: names.get(`${r.interview.rubricVersionId}:${r.interview.stageId}`) ?? r.interview.stageId,
  }));
}
