// Assigning an interviewer creates their draft scorecard in the same transaction, so opening the interview page
// only reads; a migration gives every assignment made before that its draft.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { emptyDatabase, freshDatabasePerTest } from "@/tests/support/db";
import { createPanel } from "@/tests/support/scorecard-fixture";

freshDatabasePerTest();

describe("assignInterviewer", () => {
  test("creates the assignment and an empty draft; assigning again, or after a removal, keeps the card as it is", async () => {
    const { first, outsider, criteria } = await createPanel();
    const { db } = await import("@/lib/db");
    const { assignInterviewer } = await import("@/lib/interview/mutations");
    const { saveRating } = await import("@/lib/scorecard/mutations");
    await db().$transaction((tx) => assignInterviewer(tx, { interviewId: first.id, interviewerId: outsider.id }));
    const card = await db().scorecard.findFirstOrThrow({ where: { interviewId: first.id, interviewerId: outsider.id } });
    expect(card).toMatchObject({ status: "draft", summary: "", recommendation: null, revision: 0 });
    expect(await db().interviewAssignment.count({ where: { interviewId: first.id, interviewerId: outsider.id } })).toBe(1);

    expect(await saveRating(outsider.id, card.id, { opId: crypto.randomUUID(), criterionId: criteria[0]!, level: 3, noEvidence: false, note: "kept", baseRevision: 0 }, 0)).toMatchObject({ ok: true });
    await db().$transaction((tx) => assignInterviewer(tx, { interviewId: first.id, interviewerId: outsider.id }));
    await db().interviewAssignment.delete({ where: { interviewId_interviewerId: { interviewId: first.id, interviewerId: outsider.id } } });
    await db().$transaction((tx) => assignInterviewer(tx, { interviewId: first.id, interviewerId: outsider.id }));
    const cards = await db().scorecard.findMany({ where: { interviewId: first.id, interviewerId: outsider.id }, select: { id: true, ratings: { select: { note: true } } } });
    expect(cards).toEqual([{ id: card.id, ratings: [{ note: "kept" }] }]);
  });
});

describe("the backfill migration", () => {
  test("gives every assignment without a scorecard an empty draft, and leaves existing cards alone", async () => {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    const [init, ...later] = fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory()).sort();
    const backfill = later.find((d) => d.endsWith("_backfill_draft_scorecards"));
    expect(backfill).toBeDefined();
    const client = new pg.Client({ connectionString: await emptyDatabase("quorum_backfill") });
    await client.connect();
    try {
      const sql = (name: string) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      // The database as it was before the backfill: every migration up to it.
      for (const name of [init!, ...later.filter((d) => d < backfill!)]) await client.query(sql(name));
      const id = async (q: string, params: unknown[] = []) => (await client.query<{ id: string }>(q, params)).rows[0]!.id;
      const user = (email: string) => id("insert into users (id, email, name, roles, updated_at) values (gen_random_uuid(), $1, 'x', '{interviewer}', now()) returning id", [email]);
      const [opened, unopened] = [await user("opened@example.com"), await user("unopened@example.com")];
      await client.query("insert into rubrics (id, title) values ('r', 'R')");
      const version = await id("insert into rubric_versions (id, rubric_id, version, content_hash, source_yaml, definition) values (gen_random_uuid(), 'r', 1, 'h', '', '{}') returning id");
      const position = await id("insert into positions (id, title, updated_at) values (gen_random_uuid(), 'P', now()) returning id");
      const candidate = await id("insert into candidates (id, name, updated_at) values (gen_random_uuid(), 'C', now()) returning id");
      const interview = await id(
        "insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at) values (gen_random_uuid(), $1, $2, $3, 's', now(), now()) returning id",
        [candidate, position, version],
      );
      await client.query("insert into interview_assignments (interview_id, interviewer_id) values ($1, $2), ($1, $3)", [interview, opened, unopened]);
      const existing = await id("insert into scorecards (id, interview_id, interviewer_id, summary, revision, updated_at) values (gen_random_uuid(), $1, $2, 'started', 1, now()) returning id", [interview, opened]);

      await client.query(sql(backfill!));
      const { rows } = await client.query("select id, interviewer_id, status::text, summary, revision from scorecards order by summary desc");
      expect(rows).toEqual([
        { id: existing, interviewer_id: opened, status: "draft", summary: "started", revision: 1 },
        { id: expect.any(String), interviewer_id: unopened, status: "draft", summary: "", revision: 0 },
      ]);
    } finally {
      await client.end();
    }
  });
});
