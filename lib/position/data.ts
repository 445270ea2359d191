import "server-only";
import { db } from "@/lib/db";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

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
      interviews: { select: { candidateId: true, scorecards: { select: { status: true } } } },
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
