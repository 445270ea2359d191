// Autosave semantics against a real PostgreSQL: idempotent replay, stale revision, submitted and foreign cards.
import { describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createPanel, op } from "@/tests/support/scorecard-fixture";

freshDatabasePerTest();

async function setup() {
  const panel = await createPanel();
  const { db } = await import("@/lib/db");
  const card = await db().scorecard.findFirstOrThrow({ where: { interviewId: panel.first.id, interviewerId: panel.ann.id } });
  return { ...panel, card, db: db() };
}

describe("saving a rating", () => {
  test("creates the row at revision 1, then each save with the current revision bumps it", async () => {
    const { card, ann, criteria, db } = await setup();
    const { saveRating } = await import("@/lib/scorecard/mutations");
    expect(await saveRating(ann.id, card.id, op(criteria[0]!, 2, 0), 0)).toEqual({ ok: true, revision: 1, replay: false });
    expect(await saveRating(ann.id, card.id, op(criteria[0]!, 3, 1, { note: "explained lock queues" }), 0)).toEqual({ ok: true, revision: 2, replay: false });
    const row = await db.rating.findFirstOrThrow({ where: { scorecardId: card.id, criterionId: criteria[0]! } });
    expect(row).toMatchObject({ level: 3, note: "explained lock queues", revision: 2 });
  });

  test("a retried save (same opId) is a success that neither duplicates nor reorders", async () => {
    const { card, ann, criteria, db } = await setup();
    const { saveRating } = await import("@/lib/scorecard/mutations");
    const first = op(criteria[0]!, 2, 0);
    await saveRating(ann.id, card.id, first, 0);
    expect(await saveRating(ann.id, card.id, first, 0)).toEqual({ ok: true, revision: 1, replay: true });
    expect(await db.rating.count({ where: { scorecardId: card.id } })).toBe(1);
    // A later change, then a late replay of the first op: the later value stays.
    await saveRating(ann.id, card.id, op(criteria[0]!, 4, 1, { note: "designed it" }), 0);
    expect(await saveRating(ann.id, card.id, first, 0)).toMatchObject({ ok: false, reason: "conflict", current: { level: 4, revision: 2 } });
    expect(await db.rating.findFirstOrThrow({ where: { scorecardId: card.id } })).toMatchObject({ level: 4, revision: 2 });
  });

  test("a stale revision is a conflict carrying the newer value, and writes nothing", async () => {
    const { card, ann, criteria, db } = await setup();
    const { saveRating } = await import("@/lib/scorecard/mutations");
    await saveRating(ann.id, card.id, op(criteria[1]!, 3, 0, { note: "tab A" }), 0);
    const stale = await saveRating(ann.id, card.id, op(criteria[1]!, 1, 0, { note: "tab B" }), 0);
    expect(stale).toEqual({ ok: false, reason: "conflict", current: { level: 3, noEvidence: false, note: "tab A", revision: 1 } });
    expect(await db.rating.findFirstOrThrow({ where: { scorecardId: card.id } })).toMatchObject({ level: 3, note: "tab A" });
  });

  test("the same opId with a different payload is refused, not answered as a replay", async () => {
    const { card, ann, criteria, db } = await setup();
    const { saveRating } = await import("@/lib/scorecard/mutations");
    const first = op(criteria[0]!, 2, 0, { note: "first" });
    await saveRating(ann.id, card.id, first, 0);
    expect(await saveRating(ann.id, card.id, { ...first, level: 4 }, 0)).toEqual({ ok: false, reason: "opIdReused" });
    expect(await saveRating(ann.id, card.id, { ...first, note: "edited" }, 0)).toEqual({ ok: false, reason: "opIdReused" });
    expect(await saveRating(ann.id, card.id, { ...first, baseRevision: 1 }, 0)).toEqual({ ok: false, reason: "opIdReused" });
    expect(await saveRating(ann.id, card.id, first, 0)).toEqual({ ok: true, revision: 1, replay: true });
    expect(await db.rating.findFirstOrThrow({ where: { scorecardId: card.id } })).toMatchObject({ level: 2, note: "first", revision: 1 });
  });

  test("a base revision that matches no row is a conflict even when the rating does not exist yet", async () => {
    const { card, ann, criteria, db } = await setup();
    const { saveRating } = await import("@/lib/scorecard/mutations");
    expect(await saveRating(ann.id, card.id, op(criteria[0]!, 3, 42), 0)).toEqual({ ok: false, reason: "conflict", current: { level: null, noEvidence: false, note: "", revision: 0 } });
    expect(await db.rating.count()).toBe(0);
  });

  test("No evidence is stored apart from the levels", async () => {
    const { card, ann, criteria, db } = await setup();
    const { saveRating } = await import("@/lib/scorecard/mutations");
    await saveRating(ann.id, card.id, op(criteria[2]!, null, 0, { noEvidence: true }), 0);
    expect(await db.rating.findFirstOrThrow({ where: { scorecardId: card.id } })).toMatchObject({ level: null, noEvidence: true });
  });

  test("a criterion of another stage or of no stage is refused; nothing is written", async () => {
    const { card, ann, definition, db } = await setup();
    const { saveRating } = await import("@/lib/scorecard/mutations");
    const { criteriaOfStage } = await import("@/lib/rubric/schema");
    const otherStage = criteriaOfStage(definition, "ha-dr-deep-dive")[0]!.criterion.id;
    expect(await saveRating(ann.id, card.id, op(otherStage, 3, 0), 0)).toEqual({ ok: false, reason: "unknownCriterion" });
    expect(await saveRating(ann.id, card.id, op("no-such-criterion", 3, 0), 0)).toEqual({ ok: false, reason: "unknownCriterion" });
    expect(await db.rating.count()).toBe(0);
  });

  test("another interviewer's scorecard, or a made-up id, is not found for writes", async () => {
    const { card, ben, outsider, criteria, db } = await setup();
    const { saveRating, saveSummary } = await import("@/lib/scorecard/mutations");
    expect(await saveRating(ben.id, card.id, op(criteria[0]!, 3, 0), 0)).toEqual({ ok: false, reason: "notFound" });
    expect(await saveRating(outsider.id, card.id, op(criteria[0]!, 3, 0), 0)).toEqual({ ok: false, reason: "notFound" });
    expect(await saveRating(ben.id, "7f1e4a3c-9d2b-4c1a-8e5f-0a1b2c3d4e5f", op(criteria[0]!, 3, 0), 0)).toEqual({ ok: false, reason: "notFound" });
    expect(await saveSummary(ben.id, card.id, { opId: crypto.randomUUID(), recommendation: "yes", summary: "x", baseRevision: 0 }, 0)).toEqual({ ok: false, reason: "notFound" });
    expect(await db.rating.count()).toBe(0);
    expect((await db.scorecard.findUniqueOrThrow({ where: { id: card.id } })).summary).toBe("");
  });

  test("an interviewer who is not assigned has no scorecard", async () => {
    const { outsider, db } = await setup();
    expect(await db.scorecard.count({ where: { interviewerId: outsider.id } })).toBe(0);
  });
});

describe("saving the recommendation and summary", () => {
  test("revisioned like ratings: replay is a success, a stale base a conflict with the newer value", async () => {
    const { card, ann, db } = await setup();
    const { saveSummary } = await import("@/lib/scorecard/mutations");
    const first = { opId: crypto.randomUUID(), recommendation: "yes" as const, summary: "solid", baseRevision: 0 };
    expect(await saveSummary(ann.id, card.id, first, 0)).toEqual({ ok: true, revision: 1, replay: false });
    expect(await saveSummary(ann.id, card.id, first, 0)).toEqual({ ok: true, revision: 1, replay: true });
    const stale = await saveSummary(ann.id, card.id, { opId: crypto.randomUUID(), recommendation: "no", summary: "other tab", baseRevision: 0 }, 0);
    expect(stale).toEqual({ ok: false, reason: "conflict", current: { recommendation: "yes", summary: "solid", revision: 1 } });
    expect(await db.scorecard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ recommendation: "yes", summary: "solid", revision: 1 });
  });

  test("the same opId with a different recommendation or summary is refused, not answered as a replay", async () => {
    const { card, ann, db } = await setup();
    const { saveSummary } = await import("@/lib/scorecard/mutations");
    const first = { opId: crypto.randomUUID(), recommendation: "yes" as const, summary: "solid", baseRevision: 0 };
    await saveSummary(ann.id, card.id, first, 0);
    expect(await saveSummary(ann.id, card.id, { ...first, recommendation: "no" }, 0)).toEqual({ ok: false, reason: "opIdReused" });
    expect(await saveSummary(ann.id, card.id, { ...first, summary: "changed" }, 0)).toEqual({ ok: false, reason: "opIdReused" });
    expect(await saveSummary(ann.id, card.id, first, 0)).toEqual({ ok: true, revision: 1, replay: true });
    expect(await db.scorecard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ recommendation: "yes", summary: "solid", revision: 1 });
  });
});
