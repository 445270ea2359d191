// A small panel for scorecard integration tests: the shipped senior matrix, an admin, two interviewers and an
// outsider, one candidate with two interviews (two stages), both interviewers on the first, only `ann` on the second.
// Assigned the way the app assigns (lib/interview/mutations.ts): every assignment comes with its draft scorecard.
import { randomUUID } from "node:crypto";

export const STAGE = "production-incidents";
export const OTHER_STAGE = "ha-dr-deep-dive";

export async function createPanel() {
  const { db } = await import("@/lib/db");
  const { importShippedRubrics } = await import("@/lib/rubric/shipped");
  const { getVersionDefinition } = await import("@/lib/rubric/data");
  const { criteriaOfStage } = await import("@/lib/rubric/schema");
  await importShippedRubrics();
  const version = await db().rubricVersion.findFirstOrThrow({ where: { rubricId: "senior-postgresql-engineer" } });
  const person = (name: string, roles: ("admin" | "interviewer")[]) =>
    db().user.create({ data: { email: `${name}-${randomUUID()}@example.com`, name, roles } });
  const [admin, ann, ben, outsider] = await Promise.all([person("admin", ["admin"]), person("ann", ["interviewer"]), person("ben", ["interviewer"]), person("out", ["interviewer"])]);
  const position = await db().position.create({ data: { title: "Senior PostgreSQL Engineer" } });
  const candidate = await db().candidate.create({ data: { name: "Test Candidate" } });
  const { assignInterviewer } = await import("@/lib/interview/mutations");
  const interview = (stageId: string, panel: string[]) =>
    db().$transaction(async (tx) => {
      const created = await tx.interview.create({ data: { candidateId: candidate.id, positionId: position.id, rubricVersionId: version.id, stageId, scheduledAt: new Date() } });
      for (const interviewerId of panel) await assignInterviewer(tx, { interviewId: created.id, interviewerId });
      return created;
    });
  const first = await interview(STAGE, [ann.id, ben.id]);
  const second = await interview(OTHER_STAGE, [ann.id]);
  const definition = (await getVersionDefinition(version.id))!;
  const criteria = criteriaOfStage(definition, STAGE).map((r) => r.criterion.id);
  return { admin, ann, ben, outsider, candidate, first, second, criteria, definition };
}

export const op = (criterionId: string, level: number | null, baseRevision: number, extra: { note?: string; noEvidence?: boolean; opId?: string } = {}) => ({
  opId: extra.opId ?? randomUUID(),
  criterionId,
  level,
  noEvidence: extra.noEvidence ?? false,
  note: extra.note ?? "",
  baseRevision,
});

/** The panel and Ann's draft scorecard on the first interview: where the route tests start. */
export async function createPanelWithAnnsCard() {
  const panel = await createPanel();
  const { db } = await import("@/lib/db");
  const card = await db().scorecard.findFirstOrThrow({ where: { interviewId: panel.first.id, interviewerId: panel.ann.id } });
  return { ...panel, card, db: db() };
}

export const PANEL_PASSWORD = "correct horse battery staple";

/** The panel with passwords for Ann and Ben, for tests that sign in through HTTP, and both their first cards. */
export async function createPanelWithPasswords() {
  const panel = await createPanel();
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  const passwordHash = await hashPassword(PANEL_PASSWORD);
  await db().user.updateMany({ where: { id: { in: [panel.ann.id, panel.ben.id] } }, data: { passwordHash } });
  const cardOf = (interviewerId: string) => db().scorecard.findFirstOrThrow({ where: { interviewId: panel.first.id, interviewerId } });
  return { ...panel, db: db(), annCard: await cardOf(panel.ann.id), benCard: await cardOf(panel.ben.id) };
}
