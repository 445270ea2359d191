import "server-only";
import { db } from "@/lib/db";
import { getVersionDefinition } from "@/lib/rubric/data";
import { recordAudit } from "@/lib/audit/mutations";
import { canReadScorecard } from "./access";
import type { Recommendation } from "./schema";

/**
 * Reads of scorecards. Every query of an interviewer's own card carries `interviewerId` in its where clause; reads of
 * other people's cards go through `canReadScorecard` and are audited (so the report can prove blind scoring held).
 */

const cardSelect = {
  id: true,
  interviewerId: true,
  status: true,
  recommendation: true,
  summary: true,
  revision: true,
  submittedAt: true,
  interviewer: { select: { name: true } },
  interview: { select: { id: true, stageId: true, rubricVersionId: true } },
  ratings: { select: { criterionId: true, level: true, noEvidence: true, note: true, revision: true } },
} as const;

/** The interviewer's own scorecard for an interview, with what the page shows. Null when not assigned to them. */
export async function getOwnScorecardPage(interviewId: string, interviewerId: string) {
  const interview = await db().interview.findFirst({
    where: { id: interviewId, assignments: { some: { interviewerId } } },
    select: {
      id: true,
      stageId: true,
      scheduledAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      cancelledAt: true,
      rubricVersionId: true,
      rubricVersion: { select: { version: true } },
      candidateId: true,
      // An interviewer sees the candidate's name and links, nothing else of them.
      candidate: { select: { name: true, links: true } },
      position: { select: { title: true } },
      scorecards: { where: { interviewerId }, select: cardSelect },
    },
  });
  const card = interview?.scorecards[0];
  if (!interview || !card) return null;
  const definition = await getVersionDefinition(interview.rubricVersionId);
  if (!definition) return null;
  return { interview, card, definition };
}

/**
 * True when the viewer sits on the candidate's panel and has submitted their scorecard for every interview of the
 * candidate they are assigned to: only then may they see the panel's feedback (see ./access.ts). Someone who never
 * interviewed the candidate is not on the panel and reads nothing.
 */
async function viewerHasSubmittedAll(viewerId: string, candidateId: string): Promise<boolean> {
  // One statement over the assignments themselves, not two counts: a submitted card left over from a removed
  // assignment must not stand in for a draft the viewer still owes on another one.
  const [row] = await db().$queryRaw<{ unlocked: boolean }[]>`
    SELECT EXISTS (
             SELECT 1 FROM interview_assignments a JOIN interviews i ON i.id = a.interview_id
              WHERE a.interviewer_id = ${viewerId}::uuid AND i.candidate_id = ${candidateId}::uuid)
       AND NOT EXISTS (
             SELECT 1 FROM interview_assignments a JOIN interviews i ON i.id = a.interview_id
              WHERE a.interviewer_id = ${viewerId}::uuid AND i.candidate_id = ${candidateId}::uuid AND i.cancelled_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM scorecards s
                                 WHERE s.interview_id = a.interview_id AND s.interviewer_id = a.interviewer_id AND s.status = 'submitted')) AS unlocked`;
  return row?.unlocked === true;
}

type Card = { id: string; interviewerId: string; status: "draft" | "submitted" };

/** Keep the cards the viewer may read, and record each read of someone else's card in one transaction. */
async function readAudited<T extends Card>(viewerId: string, cards: T[], viewerSubmitted: boolean, via: string): Promise<T[]> {
  const readable = cards.filter((c) => canReadScorecard({ id: viewerId }, c, viewerSubmitted));
  const foreign = readable.filter((c) => c.interviewerId !== viewerId);
  if (foreign.length > 0) {
    await db().$transaction(async (tx) => {
      for (const c of foreign) await recordAudit(tx, { actorId: viewerId, action: "scorecard.read", entityType: "scorecard", entityId: c.id, data: { via } });
    });
  }
  return readable;
}

/**
 * Who on the panel still owes a scorecard for the candidate (a draft on an interview that is not cancelled, its
 * author still assigned), and for which stage. Only that: a draft is nobody else's to read (./access.ts), so no
 * rating, note or recommendation is selected, and nothing is audited because nothing of the card is read.
 */
async function getPanelDrafts(viewerId: string, candidateId: string) {
  const rows = await db().$queryRaw<{ name: string; stageId: string; rubricVersionId: string }[]>`
    SELECT u.name, i.stage_id AS "stageId", i.rubric_version_id::text AS "rubricVersionId"
      FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
      JOIN interview_assignments a ON a.interview_id = s.interview_id AND a.interviewer_id = s.interviewer_id
     WHERE i.candidate_id = ${candidateId}::uuid AND s.interviewer_id <> ${viewerId}::uuid AND s.status = 'draft' AND i.cancelled_at IS NULL
     ORDER BY i.scheduled_at, u.name`;
  return Promise.all(rows.map(async (r) => {
    const definition = await getVersionDefinition(r.rubricVersionId);
    return { name: r.name, stage: definition?.interviewPlan.find((s) => s.id === r.stageId)?.name ?? r.stageId };
  }));
}

/**
 * The other panelists' submitted scorecards for a candidate, once the viewer may read them (audited), and who has
 * not submitted yet (names and stages only).
 */
export async function getPanelFeedback(viewerId: string, candidateId: string) {
  const viewerSubmitted = await viewerHasSubmittedAll(viewerId, candidateId);
  if (!viewerSubmitted) return { unlocked: false as const, cards: [], drafts: [] };
  const cards = await db().scorecard.findMany({
    where: { interview: { candidateId }, interviewerId: { not: viewerId }, status: "submitted" },
    orderBy: { submittedAt: "asc" },
    select: cardSelect,
  });
  const readable = await withDefinitions(await readAudited(viewerId, cards, viewerSubmitted, "panel-feedback"));
  return { unlocked: true as const, cards: readable, drafts: await getPanelDrafts(viewerId, candidateId) };
}

/** One scorecard by id for the API, if the viewer may read it (own card, or blind scoring satisfied); audited. */
export async function getReadableScorecard(viewerId: string, scorecardId: string) {
  const card = await db().scorecard.findUnique({ where: { id: scorecardId }, select: { ...cardSelect, interview: { select: { ...cardSelect.interview.select, candidateId: true } } } });
  if (!card) return null;
  const viewerSubmitted = card.interviewerId !== viewerId && (await viewerHasSubmittedAll(viewerId, card.interview.candidateId));
  const [readable] = await readAudited(viewerId, [card], viewerSubmitted, "api");
  return readable ?? null;
}

async function withDefinitions<T extends { interview: { rubricVersionId: string; stageId: string } }>(cards: T[]) {
  return Promise.all(cards.map(async (c) => ({ ...c, definition: await getVersionDefinition(c.interview.rubricVersionId) })));
}

export type ScorecardCard = NonNullable<Awaited<ReturnType<typeof getOwnScorecardPage>>>["card"];
export type PanelCard = Awaited<ReturnType<typeof getPanelFeedback>>["cards"][number];
export type { Recommendation };
export type PanelDraft = Awaited<ReturnType<typeof getPanelFeedback>>["drafts"][number];
