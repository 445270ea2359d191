import "server-only";
import { db, preparedQuery } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { criteriaOfStage, levelLabel, noteLevelsFor } from "@/lib/rubric/schema";
import { getVersionDefinition, loadedStagesScoring } from "@/lib/rubric/data";
import { submitProblems } from "./completeness";
import type { RatingOp, RatingValue, Recommendation, SubmitProblem, SummaryOp, SummaryValue } from "./schema";

/**
 * Writes of scorecards. A save is ONE conditional statement (writeRating, saveSummary), prepared once per connection
 * (preparedQuery in lib/db.ts), so that autosave stays cheap: the route only decoded the session, so "the owner is an
 * active person on the panel" is part of the statement; the rubric definition comes from the in-memory cache of
 * immutable versions. Submit and reopen lock the scorecard row and audit in the same transaction.
 */

export type SaveResult<V> =
  | { ok: true; revision: number; replay: boolean }
  | { ok: false; reason: "notFound" | "submitted" | "cancelled" | "unknownCriterion" | "opIdReused" }
  | { ok: false; reason: "conflict"; current: V & { revision: number } };

type RatingWrite = { status: "draft" | "submitted"; cancelled: boolean; versionId: string; stageId: string; revision: number | null };

/**
 * ONE statement: the owner-scoped read of the card (an active person, this session version, still on the panel,
 * the interview's version and stage) and the conditional upsert. The stage check is an IN over the stages that
 * score the criterion in the versions this process has loaded (immutable, so never stale); a version not loaded
 * yet makes the statement write nothing, and the caller loads it and runs it again.
 *
 * The FOR SHARE on the card makes the write wait for a concurrent submit (which locks the row FOR UPDATE) and then
 * see the card as submitted, so no rating can slip in after a submit. The DO UPDATE only applies when the client
 * saw the current revision; 0 means "I never saw this row", which no existing row matches (revisions start at 1).
 * A base other than 0 proposes no row at all unless the row exists, so it can never create one: the row was
 * written since that client saw it, and with nothing written the fallback answers a conflict. An opId that made the
 * row's last change never writes again: it is a retry, or a reused id (told apart in saveRating).
 */
const WRITE_RATING = `
    WITH card AS (
      SELECT s.id, s.status::text AS status, i.stage_id, i.rubric_version_id, i.cancelled_at IS NOT NULL AS cancelled
        FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
        JOIN interview_assignments a ON a.interview_id = s.interview_id AND a.interviewer_id = s.interviewer_id
       WHERE s.id = $1::uuid AND s.interviewer_id = $2::uuid AND NOT u.disabled AND u.session_version = $3::int
         FOR SHARE OF s
    ), written AS (
      INSERT INTO ratings (id, scorecard_id, criterion_id, level, no_evidence, note, revision, last_op_id, updated_at)
      SELECT gen_random_uuid(), card.id, $4, $5::smallint, $6::boolean, $7, 1, $8::uuid, now()
        FROM card
       WHERE card.status = 'draft' AND NOT card.cancelled
         AND (card.rubric_version_id::text || ':' || card.stage_id) = ANY($9::text[])
         AND ($10::int = 0 OR EXISTS (SELECT 1 FROM ratings r WHERE r.scorecard_id = card.id AND r.criterion_id = $4))
      ON CONFLICT (scorecard_id, criterion_id) DO UPDATE
         SET level = EXCLUDED.level, no_evidence = EXCLUDED.no_evidence, note = EXCLUDED.note,
             revision = ratings.revision + 1, last_op_id = EXCLUDED.last_op_id, updated_at = EXCLUDED.updated_at
       WHERE ratings.revision = $10::int AND ratings.last_op_id IS DISTINCT FROM EXCLUDED.last_op_id
      RETURNING revision
    )
    SELECT card.status, card.cancelled, card.rubric_version_id::text AS "versionId", card.stage_id AS "stageId",
           (SELECT revision FROM written) AS revision
      FROM card`;

async function writeRating(interviewerId: string, scorecardId: string, op: RatingOp, sessionVersion: number, stageKeys: string[]): Promise<RatingWrite | null> {
  const [row] = await preparedQuery<RatingWrite>("write-rating", WRITE_RATING, [
    scorecardId, interviewerId, sessionVersion, op.criterionId, op.level, op.noEvidence, op.note, op.opId, stageKeys, op.baseRevision,
  ]);
  return row ?? null;
}

export async function saveRating(interviewerId: string, scorecardId: string, op: RatingOp, sessionVersion: number): Promise<SaveResult<RatingValue>> {
  let stages = loadedStagesScoring(op.criterionId);
  let row = await writeRating(interviewerId, scorecardId, op, sessionVersion, stages.keys);
  if (!row) return { ok: false, reason: "notFound" };
  if (row.revision === null && !stages.isLoaded(row.versionId)) {
    // The first save on a version this process has not read yet: read it, then the statement can decide.
    if (!(await getVersionDefinition(row.versionId))) return { ok: false, reason: "notFound" };
    stages = loadedStagesScoring(op.criterionId);
    row = await writeRating(interviewerId, scorecardId, op, sessionVersion, stages.keys);
    if (!row) return { ok: false, reason: "notFound" };
  }
  if (row.revision !== null) return { ok: true, revision: row.revision, replay: false };
  if (!stages.keys.includes(`${row.versionId}:${row.stageId}`)) return { ok: false, reason: "unknownCriterion" };
  if (row.status === "submitted") return { ok: false, reason: "submitted" };
  if (row.cancelled) return { ok: false, reason: "cancelled" };

  // Nothing written: a replay of an op that already landed, a stale base revision, or a submit in between.
  const current = await db().rating.findUnique({
    where: { scorecardId_criterionId: { scorecardId, criterionId: op.criterionId } },
    select: { level: true, noEvidence: true, note: true, revision: true, lastOpId: true },
  });
  if (current?.lastOpId === op.opId) return sameOp(current, op, ["level", "noEvidence", "note"]) ? { ok: true, revision: current.revision, replay: true } : { ok: false, reason: "opIdReused" };
  if (await isSubmitted(scorecardId)) return { ok: false, reason: "submitted" };
  const value = current ?? { level: null, noEvidence: false, note: "", revision: 0 };
  return { ok: false, reason: "conflict", current: { level: value.level, noEvidence: value.noEvidence, note: value.note, revision: value.revision } };
}

const WRITE_SUMMARY = `
    UPDATE scorecards
       SET recommendation = $1::recommendation, summary = $2, revision = revision + 1, last_op_id = $3::uuid, updated_at = now()
     WHERE id = $4::uuid AND interviewer_id = $5::uuid AND status = 'draft' AND revision = $6::int
       AND EXISTS (SELECT 1 FROM users WHERE id = $5::uuid AND NOT disabled AND session_version = $7::int)
       AND EXISTS (SELECT 1 FROM interview_assignments a JOIN interviews i ON i.id = a.interview_id
                    WHERE a.interview_id = scorecards.interview_id AND a.interviewer_id = scorecards.interviewer_id AND i.cancelled_at IS NULL)
       AND last_op_id IS DISTINCT FROM $3::uuid
    RETURNING revision`;

export async function saveSummary(interviewerId: string, scorecardId: string, op: SummaryOp, sessionVersion: number): Promise<SaveResult<SummaryValue>> {
  const rows = await preparedQuery<{ revision: number }>("write-summary", WRITE_SUMMARY, [op.recommendation, op.summary, op.opId, scorecardId, interviewerId, op.baseRevision, sessionVersion]);
  if (rows[0]) return { ok: true, revision: rows[0].revision, replay: false };
  const card = await db().scorecard.findFirst({
    where: { id: scorecardId, interviewerId, interviewer: { disabled: false, sessionVersion }, interview: { assignments: { some: { interviewerId } } } },
    select: { status: true, recommendation: true, summary: true, revision: true, lastOpId: true, interview: { select: { cancelledAt: true } } },
  });
  if (!card) return { ok: false, reason: "notFound" };
  if (card.lastOpId === op.opId) return sameOp(card, op, ["recommendation", "summary"]) ? { ok: true, revision: card.revision, replay: true } : { ok: false, reason: "opIdReused" };
  if (card.status === "submitted") return { ok: false, reason: "submitted" };
  if (card.interview.cancelledAt) return { ok: false, reason: "cancelled" };
  return { ok: false, reason: "conflict", current: { recommendation: card.recommendation as Recommendation | null, summary: card.summary, revision: card.revision } };
}

/**
 * Whether the row's last change is exactly this operation: these values, made on this base revision. Only then is a
 * repeated opId a retry; answering "done" to the same id with another payload would silently lose that payload.
 */
function sameOp<K extends string>(row: Record<K, unknown> & { revision: number }, op: Record<K, unknown> & { baseRevision: number }, fields: readonly K[]): boolean {
  return row.revision === op.baseRevision + 1 && fields.every((k) => (row[k] as unknown) === (op[k] as unknown));
}

async function isSubmitted(scorecardId: string) {
  const card = await db().scorecard.findUnique({ where: { id: scorecardId }, select: { status: true } });
  return card?.status === "submitted";
}

export type SubmitResult =
  | { ok: true }
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "submitted" }
  | { ok: false; reason: "cancelled" }
  | { ok: false; reason: "incomplete"; problems: SubmitProblem[] };

export async function submitScorecard(interviewerId: string, scorecardId: string): Promise<SubmitResult> {
  return db().$transaction(async (tx) => {
    // Lock the card: saves wait (FOR SHARE) until this commits, so what we validate is what gets submitted.
    // Only while on the panel of an interview that still stands (as in writeRating).
    const locked = await tx.$queryRaw<{ status: string; cancelled: boolean }[]>`
      SELECT s.status::text, i.cancelled_at IS NOT NULL AS cancelled
        FROM scorecards s JOIN interviews i ON i.id = s.interview_id
        JOIN interview_assignments a ON a.interview_id = s.interview_id AND a.interviewer_id = s.interviewer_id
       WHERE s.id = ${scorecardId}::uuid AND s.interviewer_id = ${interviewerId}::uuid FOR UPDATE OF s`;
    if (!locked[0]) return { ok: false, reason: "notFound" } as const;
    if (locked[0].status === "submitted") return { ok: false, reason: "submitted" } as const;
    if (locked[0].cancelled) return { ok: false, reason: "cancelled" } as const;
    const card = await tx.scorecard.findUniqueOrThrow({
      where: { id: scorecardId },
      select: { recommendation: true, interview: { select: { stageId: true, rubricVersionId: true } }, ratings: { select: { criterionId: true, level: true, noEvidence: true, note: true } } },
    });
    const definition = await getVersionDefinition(card.interview.rubricVersionId);
    if (!definition) throw new Error(`rubric version ${card.interview.rubricVersionId} of scorecard ${scorecardId} is missing`);
    const problems = submitProblems({
      criteria: criteriaOfStage(definition, card.interview.stageId).map(({ competency, criterion }) => ({
        id: criterion.id,
        name: criterion.name,
        noteLevels: noteLevelsFor(definition, competency),
        mustHaveMin: competency.mustHave?.minLevel ?? null,
      })),
      levelLabel: (level) => levelLabel(definition, level),
      ratings: new Map(card.ratings.map((r) => [r.criterionId, r])),
      recommendation: card.recommendation,
    });
    if (problems.length > 0) return { ok: false, reason: "incomplete", problems } as const;
    await tx.scorecard.update({ where: { id: scorecardId }, data: { status: "submitted", submittedAt: new Date() } });
    await recordAudit(tx, { actorId: interviewerId, action: "scorecard.submitted", entityType: "scorecard", entityId: scorecardId });
    return { ok: true } as const;
  });
}

export type ReopenResult = { ok: true } | { ok: false; reason: "notFound" | "notSubmitted" };

/** Admin only (the caller checks the role): back to draft, with the reason in the audit trail. */
export async function reopenScorecard(adminId: string, scorecardId: string, reason: string): Promise<ReopenResult> {
  return db().$transaction(async (tx) => {
    const changed = await tx.scorecard.updateMany({ where: { id: scorecardId, status: "submitted" }, data: { status: "draft", submittedAt: null } });
    if (changed.count === 0) {
      const exists = await tx.scorecard.findUnique({ where: { id: scorecardId }, select: { id: true } });
      return { ok: false, reason: exists ? "notSubmitted" : "notFound" } as const;
    }
    await recordAudit(tx, { actorId: adminId, action: "scorecard.reopened", entityType: "scorecard", entityId: scorecardId, data: { reason } });
    return { ok: true } as const;
  });
}
