// Blind scoring follows the assignments, not counts of cards: a card left over from a removed assignment neither
// unlocks the panel's feedback nor stands in for the draft the viewer still owes.
import { expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createPanel, OTHER_STAGE, op } from "@/tests/support/scorecard-fixture";

freshDatabasePerTest();

test("removing and re-adding an assignment: the viewer reads the panel only while every assignment has their submitted card", async () => {
  const { ann, ben, candidate, first, second, criteria, definition } = await createPanel();
  const { db } = await import("@/lib/db");
  const { assignInterviewer } = await import("@/lib/interview/mutations");
  const { saveRating, saveSummary, submitScorecard } = await import("@/lib/scorecard/mutations");
  const { getPanelFeedback, getReadableScorecard } = await import("@/lib/scorecard/data");
  const { criteriaOfStage } = await import("@/lib/rubric/schema");
  const cardOf = (interviewId: string, interviewerId: string) => db().scorecard.findFirstOrThrow({ where: { interviewId, interviewerId } });
  const submitComplete = async (interviewerId: string, scorecardId: string, ids: string[]) => {
    for (const c of ids) expect(await saveRating(interviewerId, scorecardId, op(c, 3, 0), 0)).toMatchObject({ ok: true });
    expect(await saveSummary(interviewerId, scorecardId, { opId: crypto.randomUUID(), recommendation: "yes", summary: "", baseRevision: 0 }, 0)).toMatchObject({ ok: true });
    expect(await submitScorecard(interviewerId, scorecardId)).toEqual({ ok: true });
  };
  const [annFirst, annSecond, benFirst] = [await cardOf(first.id, ann.id), await cardOf(second.id, ann.id), await cardOf(first.id, ben.id)];
  const annReadsBen = async () => ({ api: (await getReadableScorecard(ann.id, benFirst.id))?.id ?? null, panel: (await getPanelFeedback(ann.id, candidate.id)).cards.map((c) => c.id) });
  const locked = { api: null, panel: [] };
  const unlocked = { api: benFirst.id, panel: [benFirst.id] };

  await submitComplete(ben.id, benFirst.id, criteria);
  // Ann submits the second stage; then she is taken off it. She still owes her draft of the first stage.
  await submitComplete(ann.id, annSecond.id, criteriaOfStage(definition, OTHER_STAGE).map((r) => r.criterion.id));
  await db().interviewAssignment.delete({ where: { interviewId_interviewerId: { interviewId: second.id, interviewerId: ann.id } } });
  expect(await annReadsBen()).toEqual(locked);

  // Put back on the second stage (her submitted card is still there), the first stage is still owed.
  await db().$transaction((tx) => assignInterviewer(tx, { interviewId: second.id, interviewerId: ann.id }));
  expect(await annReadsBen()).toEqual(locked);

  // Taken off the first stage, the one she owed: every interview she is assigned to has her submitted card.
  await db().interviewAssignment.delete({ where: { interviewId_interviewerId: { interviewId: first.id, interviewerId: ann.id } } });
  expect(await annReadsBen()).toEqual(unlocked);

  // Back on the first stage with her draft still unsubmitted: locked again; submitting it unlocks.
  await db().$transaction((tx) => assignInterviewer(tx, { interviewId: first.id, interviewerId: ann.id }));
  expect(await annReadsBen()).toEqual(locked);
  await submitComplete(ann.id, annFirst.id, criteria);
  expect(await annReadsBen()).toEqual(unlocked);

  // With no assignment left for the candidate, her submitted cards do not put her on the panel.
  await db().interviewAssignment.deleteMany({ where: { interviewerId: ann.id } });
  expect(await annReadsBen()).toEqual(locked);
});
