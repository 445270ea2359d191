// Submit, reopen and blind scoring against a real PostgreSQL.
import { describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createPanel, op } from "@/tests/support/scorecard-fixture";

freshDatabasePerTest();

async function setup() {
  const panel = await createPanel();
  const { db } = await import("@/lib/db");
  const cardOf = (interviewId: string, interviewerId: string) => db().scorecard.findFirstOrThrow({ where: { interviewId, interviewerId } });
  return { ...panel, db: db(), annCard: await cardOf(panel.first.id, panel.ann.id), benCard: await cardOf(panel.first.id, panel.ben.id), annSecond: await cardOf(panel.second.id, panel.ann.id) };
}

/** Rate every criterion 3 and recommend yes: a complete card. */
async function complete(interviewerId: string, scorecardId: string, criteria: string[]) {
  const { saveRating, saveSummary } = await import("@/lib/scorecard/mutations");
  for (const c of criteria) expect(await saveRating(interviewerId, scorecardId, op(c, 3, 0), 0)).toMatchObject({ ok: true });
  expect(await saveSummary(interviewerId, scorecardId, { opId: crypto.randomUUID(), recommendation: "yes", summary: "", baseRevision: 0 }, 0)).toMatchObject({ ok: true });
}

describe("submit", () => {
  test("lists every missing rating, missing required note and the recommendation, and submits nothing", async () => {
    const { annCard, ann, criteria, db } = await setup();
    const { saveRating, submitScorecard } = await import("@/lib/scorecard/mutations");
    await saveRating(ann.id, annCard.id, op(criteria[0]!, 1, 0), 0);
    await saveRating(ann.id, annCard.id, op(criteria[1]!, 4, 0, { note: "  " }), 0);
    await saveRating(ann.id, annCard.id, op(criteria[2]!, null, 0, { noEvidence: true }), 0);
    await saveRating(ann.id, annCard.id, op(criteria[3]!, 2, 0), 0);
    const result = await submitScorecard(ann.id, annCard.id);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "incomplete") throw new Error("expected incomplete");
    expect(result.problems.map((p) => [p.field, p.criterionId])).toEqual([
      ["note", criteria[0]],
      ["note", criteria[1]],
      ["rating", criteria[4]],
      ["rating", criteria[5]],
      ["recommendation", undefined],
    ]);
    expect((await db.scorecard.findUniqueOrThrow({ where: { id: annCard.id } })).status).toBe("draft");
    expect(await db.auditEvent.count({ where: { action: "scorecard.submitted" } })).toBe(0);
  });

  test("a complete card is submitted and audited; then it refuses writes and a second submit", async () => {
    const { annCard, ann, criteria, db } = await setup();
    const { saveRating, saveSummary, submitScorecard } = await import("@/lib/scorecard/mutations");
    await complete(ann.id, annCard.id, criteria);
    expect(await submitScorecard(ann.id, annCard.id)).toEqual({ ok: true });
    expect(await db.auditEvent.findMany({ where: { action: "scorecard.submitted" }, select: { actorId: true, entityId: true } })).toEqual([{ actorId: ann.id, entityId: annCard.id }]);
    expect(await saveRating(ann.id, annCard.id, op(criteria[0]!, 1, 1), 0)).toEqual({ ok: false, reason: "submitted" });
    expect(await saveSummary(ann.id, annCard.id, { opId: crypto.randomUUID(), recommendation: "no", summary: "", baseRevision: 1 }, 0)).toEqual({ ok: false, reason: "submitted" });
    expect(await submitScorecard(ann.id, annCard.id)).toEqual({ ok: false, reason: "submitted" });
    expect((await db.rating.findFirstOrThrow({ where: { scorecardId: annCard.id, criterionId: criteria[0]! } })).level).toBe(3);
  });

  test("someone else cannot submit my scorecard", async () => {
    const { annCard, ann, ben, criteria } = await setup();
    const { submitScorecard } = await import("@/lib/scorecard/mutations");
    await complete(ann.id, annCard.id, criteria);
    expect(await submitScorecard(ben.id, annCard.id)).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("reopen", () => {
  test("puts a submitted card back to draft with the reason in the audit trail; a draft cannot be reopened", async () => {
    const { annCard, ann, admin, criteria, db } = await setup();
    const { reopenScorecard, submitScorecard, saveRating } = await import("@/lib/scorecard/mutations");
    expect(await reopenScorecard(admin.id, annCard.id, "not submitted yet")).toEqual({ ok: false, reason: "notSubmitted" });
    await complete(ann.id, annCard.id, criteria);
    await submitScorecard(ann.id, annCard.id);
    expect(await reopenScorecard(admin.id, annCard.id, "Rated the wrong candidate")).toEqual({ ok: true });
    expect(await db.scorecard.findUniqueOrThrow({ where: { id: annCard.id } })).toMatchObject({ status: "draft", submittedAt: null });
    const events = await db.auditEvent.findMany({ where: { action: "scorecard.reopened" }, select: { actorId: true, entityId: true, data: true } });
    expect(events).toEqual([{ actorId: admin.id, entityId: annCard.id, data: { reason: "Rated the wrong candidate" } }]);
    expect(await saveRating(ann.id, annCard.id, op(criteria[0]!, 2, 1), 0)).toMatchObject({ ok: true, revision: 2 });
    expect(await reopenScorecard(admin.id, crypto.randomUUID(), "Rated the wrong candidate")).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("blind scoring", () => {
  test("the panel's cards stay hidden until I submitted every card I owe for the candidate; each read is audited", async () => {
    const { annCard, annSecond, benCard, ann, ben, outsider, candidate, criteria, definition, db } = await setup();
    const { submitScorecard } = await import("@/lib/scorecard/mutations");
    const { getPanelFeedback, getReadableScorecard } = await import("@/lib/scorecard/data");
    const { criteriaOfStage } = await import("@/lib/rubric/schema");
    await complete(ben.id, benCard.id, criteria);
    await submitScorecard(ben.id, benCard.id);

    expect(await getPanelFeedback(ann.id, candidate.id)).toEqual({ unlocked: false, cards: [], drafts: [] });
    expect(await getReadableScorecard(ann.id, benCard.id)).toBeNull();
    // Submitting one stage is not enough while another stage of the same candidate is still to score.
    await complete(ann.id, annCard.id, criteria);
    await submitScorecard(ann.id, annCard.id);
    expect(await getReadableScorecard(ann.id, benCard.id)).toBeNull();
    // Someone who is not on the panel reads nothing, ever.
    expect(await getReadableScorecard(outsider.id, benCard.id)).toBeNull();
    expect(await getPanelFeedback(outsider.id, candidate.id)).toEqual({ unlocked: false, cards: [], drafts: [] });
    expect(await db.auditEvent.count({ where: { action: "scorecard.read" } })).toBe(0);

    await complete(ann.id, annSecond.id, criteriaOfStage(definition, "ha-dr-deep-dive").map((r) => r.criterion.id));
    await submitScorecard(ann.id, annSecond.id);
    const panel = await getPanelFeedback(ann.id, candidate.id);
    expect(panel.unlocked).toBe(true);
    expect(panel.cards.map((c) => c.id)).toEqual([benCard.id]);
    // Nobody else still owes a card: Ben submitted his.
    expect(panel.drafts).toEqual([]);
    expect(await getReadableScorecard(ann.id, benCard.id)).toMatchObject({ id: benCard.id });
    // Reading my own card is not an audit event; reading Ben's is, once per read.
    expect(await getReadableScorecard(ann.id, annCard.id)).toMatchObject({ id: annCard.id });
    const reads = await db.auditEvent.findMany({ where: { action: "scorecard.read" }, select: { actorId: true, entityType: true, entityId: true } });
    expect(reads).toEqual([
      { actorId: ann.id, entityType: "scorecard", entityId: benCard.id },
      { actorId: ann.id, entityType: "scorecard", entityId: benCard.id },
    ]);
  });
});
