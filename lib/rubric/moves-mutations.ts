import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { SessionUser } from "@/lib/auth/roles";
import { isWritablePosition } from "@/lib/position/access";
import { getVersionDefinition } from "./data";
import { stayReason, type MoveInterviewsInput, type StayReason } from "./moves";
import { MOVE_CARD_SELECT } from "./moves-data";

export type MoveResult =
  | { ok: true; moved: string[]; stayed: { id: string; reason: StayReason }[]; version: number }
  | { ok: false; message: string };

/**
 * Move the named interviews of one position to the latest version of their matrix, in one transaction with one
 * audit event per interview. Each interview is judged again under lock, so one whose scoring started since the page
 * was read stays where it is (and is reported back), as does one whose stage the new version lacks. Admins only:
 * the action checks the role; the rows are scoped to the position here.
 */
export async function moveNotStartedInterviews(actor: SessionUser, input: MoveInterviewsInput): Promise<MoveResult> {
  return db().$transaction(async (tx) => {
    const target = await tx.rubricVersion.findUnique({ where: { id: input.toVersionId }, select: { id: true, rubricId: true, version: true } });
    if (!target) return { ok: false, message: "That matrix version does not exist. Reload the page." };
    const latest = await tx.rubricVersion.findFirst({ where: { rubricId: target.rubricId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
    if (latest?.id !== target.id) return { ok: false, message: `A newer version (v${latest?.version}) was published since this page was loaded: nothing was moved. Reload the page to review it.` };
    // FOR SHARE: a concurrent close of the position waits for this move, or this sees it closed.
    const [position] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM positions WHERE id = ${input.positionId}::uuid FOR SHARE`;
    if (!position) return { ok: false, message: "This position does not exist." };
    if (!isWritablePosition(position)) return { ok: false, message: "This position is closed, and read-only: nothing was moved." };

    const ids = [...new Set(input.interviewIds)];
    // The interviews, then their scorecards, FOR UPDATE: a rating save holds its scorecard FOR SHARE, so one in
    // flight finishes first and is seen below (the interview then stays); a save that starts after this commits
    // reads the new version. Left open: a save that read the old version just before and writes just after, whose
    // rating then names a criterion id the new version may lack (it is shown and counted nowhere, never lost).
    await tx.$queryRaw`
      SELECT i.id FROM interviews i JOIN rubric_versions v ON v.id = i.rubric_version_id
       WHERE i.id = ANY(${ids}::uuid[]) AND i.position_id = ${input.positionId}::uuid AND v.rubric_id = ${target.rubricId}
       ORDER BY i.id FOR UPDATE OF i`;
    await tx.$queryRaw`SELECT id FROM scorecards WHERE interview_id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
    const interviews = await tx.interview.findMany({
      where: { id: { in: ids }, positionId: input.positionId, rubricVersion: { rubricId: target.rubricId }, rubricVersionId: { not: target.id } },
      select: { id: true, stageId: true, cancelledAt: true, rubricVersionId: true, rubricVersion: { select: { version: true } }, scorecards: { select: MOVE_CARD_SELECT } },
    });
    if (interviews.length === 0) return { ok: false, message: "None of these interviews is on an older version of this matrix any more: nothing was moved. Reload the page." };

    const definition = (await getVersionDefinition(target.id))!;
    const moved: string[] = [];
    const stayed: { id: string; reason: StayReason }[] = [];
    for (const interview of interviews) {
      const reason = stayReason(interview, definition);
      if (reason) {
        stayed.push({ id: interview.id, reason });
        continue;
      }
      const before = (await getVersionDefinition(interview.rubricVersionId))?.interviewPlan.find((s) => s.id === interview.stageId)?.name;
      const after = definition.interviewPlan.find((s) => s.id === interview.stageId)?.name;
      // The calendar invite names the stage: a renamed stage is a change the invite's SEQUENCE must show.
      await tx.interview.update({
        where: { id: interview.id },
        data: { rubricVersionId: target.id, ...(before !== after ? { sequence: { increment: 1 } } : {}) },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "interview.version_moved",
        entityType: "interview",
        entityId: interview.id,
        data: { positionId: input.positionId, rubricId: target.rubricId, fromVersion: interview.rubricVersion.version, toVersion: target.version },
      });
      moved.push(interview.id);
    }
    return { ok: true, moved, stayed, version: target.version };
  });
}
