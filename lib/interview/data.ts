import "server-only";
import { db } from "@/lib/db";
import { stageNames } from "@/lib/rubric/data";
import { interviewStatus } from "@/lib/interview/status";

/** The interviews assigned to one interviewer, with what their home shows. Scoped by the assignment. */
export async function listMyInterviews(interviewerId: string) {
  const rows = await db().interview.findMany({
    where: { assignments: { some: { interviewerId } } },
    orderBy: { scheduledAt: "asc" },
    select: {
      id: true,
      scheduledAt: true,
      stageId: true,
      rubricVersionId: true,
      candidate: { select: { name: true } },
      position: { select: { title: true } },
      scorecards: {
        where: { interviewerId },
        select: { status: true, summary: true, _count: { select: { ratings: true } } },
      },
    },
  });
  const names = await stageNames([...new Set(rows.map((r) => r.rubricVersionId))]);
  return rows.map((r) => {
    const card = r.scorecards[0];
    return {
      id: r.id,
      scheduledAt: r.scheduledAt,
      candidate: r.candidate.name,
      position: r.position.title,
      stage: names.get(`${r.rubricVersionId}:${r.stageId}`) ?? r.stageId,
      status: interviewStatus(card ? { status: card.status, summary: card.summary, ratingCount: card._count.ratings } : null),
    };
  });
}

export type MyInterview = Awaited<ReturnType<typeof listMyInterviews>>[number];
