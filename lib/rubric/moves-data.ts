import "server-only";
import { db } from "@/lib/db";
import { getVersionDefinition, stageNames } from "./data";
import { stayReason, type StayReason } from "./moves";

/** What scorecard state a move needs to judge an interview (./moves.ts stayReason). */
export const MOVE_CARD_SELECT = {
  status: true,
  summary: true,
  recommendation: true,
  _count: { select: { ratings: true } },
} as const;

/**
 * After a publish: the positions that hire on the matrix (and which version each gives new interviews), and every
 * live interview still on an older version, each judged movable to the latest version or not, with the reason.
 */
export async function getOlderVersionUse(rubricId: string) {
  const latest = await db().rubricVersion.findFirst({ where: { rubricId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
  if (!latest) return null;
  const target = (await getVersionDefinition(latest.id))!;
  const [positions, interviews] = await Promise.all([
    db().position.findMany({
      where: { OR: [{ rubricId }, { interviews: { some: { rubricVersion: { rubricId } } } }] },
      orderBy: [{ status: "asc" }, { title: "asc" }],
      select: { id: true, title: true, status: true, rubricId: true, rubricVersion: { select: { rubricId: true, version: true } } },
    }),
    db().interview.findMany({
      where: { rubricVersion: { rubricId }, rubricVersionId: { not: latest.id }, cancelledAt: null, candidate: { mergedIntoId: null } },
      orderBy: { scheduledAt: "asc" },
      select: {
        id: true, positionId: true, stageId: true, scheduledAt: true, cancelledAt: true, rubricVersionId: true,
        rubricVersion: { select: { version: true } },
        candidate: { select: { name: true } },
        scorecards: { select: MOVE_CARD_SELECT },
      },
    }),
  ]);
  const names = await stageNames([...new Set(interviews.map((i) => i.rubricVersionId))]);
  return {
    latest,
    positions: positions.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      /** What new interviews get: "latest", a pinned older version of this matrix, or another matrix altogether. */
      pin: p.rubricId !== rubricId ? ({ kind: "otherMatrix" } as const)
        : p.rubricVersion && p.rubricVersion.version < latest.version ? ({ kind: "older", version: p.rubricVersion.version } as const)
        : ({ kind: "latest" } as const),
      interviews: interviews.filter((i) => i.positionId === p.id).map((i) => ({
        id: i.id,
        candidate: i.candidate.name,
        stage: names.get(`${i.rubricVersionId}:${i.stageId}`) ?? i.stageId,
        scheduledAt: i.scheduledAt,
        version: i.rubricVersion.version,
        stays: stayReason(i, target) satisfies StayReason | null,
      })),
    })),
  };
}

export type OlderVersionUse = NonNullable<Awaited<ReturnType<typeof getOlderVersionUse>>>;
export type PositionUse = OlderVersionUse["positions"][number];
