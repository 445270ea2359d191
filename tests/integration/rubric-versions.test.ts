// Published versions: immutable, imported once, exported back to the same content. Then what follows a publish:
// any two versions compared (unknown or malformed version numbers refused cleanly), and a position's not-started
// interviews moved to the latest version by an admin only, one audited transaction, started, submitted, cancelled
// and stage-less interviews left where they are.
import fs from "node:fs";
import pg from "pg";
import { describe, expect, test, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createWorld, digest, STAGE, type World } from "@/tests/support/positions-fixture";
import { ADDED_CRITERION, NEW_ANCHOR, OLD_ANCHOR, RENAMED_STAGE, nextVersion } from "@/tests/support/rubric-next-version";
import { parseRubric } from "@/lib/rubric/load";
import { rubricToYaml } from "@/lib/rubric/serialize";

const session = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
  return { user: null as SessionUser | null };
});
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.user, getSessionClaims: async () => (session.user ? { userId: session.user.id, sessionVersion: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const databaseUrl = freshDatabasePerTest();

const SENIOR = "rubrics/senior-postgresql-engineer.yaml";
const seniorSource = () => fs.readFileSync(SENIOR, "utf8");

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("publishing matrix versions", () => {
  test("a fresh database gets each shipped matrix's history as v1 and the shipped text as v2, once", async () => {
    const { importShippedRubrics } = await import("@/lib/rubric/shipped");
    const first = await importShippedRubrics();
    expect(first.map((r) => [r.file, r.result])).toEqual([
      ["rubrics/history/intermediate-postgresql-dba.v1.yaml", expect.objectContaining({ ok: true, created: true, rubricId: "intermediate-postgresql-dba", version: 1 })],
      ["rubrics/intermediate-postgresql-dba.yaml", expect.objectContaining({ ok: true, created: true, rubricId: "intermediate-postgresql-dba", version: 2 })],
      ["rubrics/history/senior-postgresql-engineer.v1.yaml", expect.objectContaining({ ok: true, created: true, rubricId: "senior-postgresql-engineer", version: 1 })],
      ["rubrics/senior-postgresql-engineer.yaml", expect.objectContaining({ ok: true, created: true, rubricId: "senior-postgresql-engineer", version: 2 })],
    ]);
    // Again: the history is not re-imported (the matrix has versions) and the shipped text is the latest already.
    const again = await importShippedRubrics();
    expect(again.map((r) => r.file)).toEqual(["rubrics/intermediate-postgresql-dba.yaml", "rubrics/senior-postgresql-engineer.yaml"]);
    expect(again.every((r) => r.result.ok && !r.result.created)).toBe(true);
    expect(await query("select rubric_id, version, changelog from rubric_versions order by rubric_id, version")).toEqual([
      { rubric_id: "intermediate-postgresql-dba", version: 1, changelog: "Shipped with Quorum" },
      { rubric_id: "intermediate-postgresql-dba", version: 2, changelog: expect.stringMatching(/^v2: scoring rules stated/) },
      { rubric_id: "senior-postgresql-engineer", version: 1, changelog: "Shipped with Quorum" },
      { rubric_id: "senior-postgresql-engineer", version: 2, changelog: expect.stringMatching(/^v2 after a staff PostgreSQL engineer's review/) },
    ]);
    const audit = await query<{ n: string }>("select count(*) as n from audit_events where action = 'rubric.version.published'");
    expect(Number(audit[0]!.n)).toBe(4);
  });

  test("changed content becomes the next version, keeping the source as written and the older version intact", async () => {
    const { importRubricSource } = await import("@/lib/rubric/mutations");
    await importRubricSource({ source: seniorSource(), fileName: SENIOR, actorId: null });
    const edited = seniorSource().replace(/^title: .*$/m, "title: Senior PostgreSQL Engineer (2027)");
    const second = await importRubricSource({ source: edited, fileName: SENIOR, actorId: null, changelog: "New title" });
    expect(second).toMatchObject({ ok: true, created: true, version: 2 });
    const rows = await query<{ version: number; source_yaml: string; changelog: string; title: string }>(
      "select version, source_yaml, changelog, definition->>'title' as title from rubric_versions where rubric_id = 'senior-postgresql-engineer' order by version",
    );
    expect(rows.map((r) => [r.version, r.title, r.changelog])).toEqual([
      [1, "Senior PostgreSQL Engineer", ""],
      [2, "Senior PostgreSQL Engineer (2027)", "New title"],
    ]);
    expect(rows[1]!.source_yaml).toBe(edited);
  });

  test("an invalid matrix is refused with its problems and writes nothing", async () => {
    const { importRubricSource } = await import("@/lib/rubric/mutations");
    const broken = seniorSource().replace(/^ {4}weight: 1$/m, "    weight: -2");
    const result = await importRubricSource({ source: broken, fileName: "x.yaml", actorId: null });
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      problems: expect.arrayContaining([expect.objectContaining({ file: "x.yaml", path: "competencies[0].weight" })]),
    });
    expect(await query("select id from rubric_versions")).toEqual([]);
    expect(await query("select id from rubrics")).toEqual([]);
  });

  test("a stored version exports to YAML that re-imports to the same definition (and creates nothing)", async () => {
    const { importRubricSource } = await import("@/lib/rubric/mutations");
    await importRubricSource({ source: seniorSource(), fileName: SENIOR, actorId: null });
    const [stored] = await query<{ definition: unknown }>("select definition from rubric_versions");
    const exported = rubricToYaml(stored!.definition as never);
    const reparsed = parseRubric(exported, "export.yaml");
    expect(reparsed.ok && reparsed.definition).toEqual(stored!.definition);
    expect(await importRubricSource({ source: exported, fileName: "export.yaml", actorId: null })).toMatchObject({ ok: true, created: false, version: 1 });
  });

  test("the database refuses to update or delete a published version, whoever asks", async () => {
    const { importRubricSource } = await import("@/lib/rubric/mutations");
    const { db } = await import("@/lib/db");
    const published = await importRubricSource({ source: seniorSource(), fileName: SENIOR, actorId: null });
    if (!published.ok) throw new Error("import failed");
    await expect(db().rubricVersion.update({ where: { id: published.versionId }, data: { changelog: "sneaky" } })).rejects.toThrow(/immutable/);
    await expect(query("update rubric_versions set definition = '{}'::jsonb")).rejects.toThrow(/immutable/);
    await expect(query("delete from rubric_versions")).rejects.toThrow(/immutable/);
    expect(await query("select changelog from rubric_versions")).toEqual([{ changelog: "" }]);
  });
});

/** v2 of the senior matrix (see tests/support/rubric-next-version.ts), published by the world's admin. */
async function publishV2(w: World) {
  const { importRubricSource } = await import("@/lib/rubric/mutations");
  const result = await importRubricSource({ source: nextVersion(seniorSource()), fileName: SENIOR, actorId: w.admin.id, changelog: "Sharper anchor, change safety" });
  if (!result.ok || !result.created) throw new Error("v2 was not published");
  return result;
}

describe("comparing two versions", () => {
  test("the diff loader gives both stored sources and the summary; unknown or malformed versions are refused with the versions that exist", async () => {
    const w = await createWorld();
    // The world starts on the shipped matrix (the latest version, after its history); its next version follows.
    const base = w.version.version;
    const next = base + 1;
    const all = Array.from({ length: next }, (_, i) => i + 1);
    await publishV2(w);
    const { getVersionDiff } = await import("@/lib/rubric/diff-data");
    const diff = await getVersionDiff("senior-postgresql-engineer", { from: String(base), to: String(next) });
    if (!diff.ok) throw new Error(`refused: ${diff.reason}`);
    expect(diff.from.sourceYaml).toBe(seniorSource());
    expect(diff.to.sourceYaml).toBe(nextVersion(seniorSource()));
    expect(diff.to.changelog).toBe("Sharper anchor, change safety");
    expect(diff.summary.criteria.anchors).toEqual([{ id: "po-judgment", name: "Production judgment", levels: [expect.objectContaining({ level: "3", before: expect.stringContaining(OLD_ANCHOR), after: expect.stringContaining(NEW_ANCHOR) })] }]);
    expect(diff.summary.criteria.added).toEqual([{ ...ADDED_CRITERION, competencyId: "production-ownership" }]);
    expect(diff.summary.interviewPlan.added.map((s) => s.id)).toEqual([RENAMED_STAGE.to]);
    expect(diff.summary.interviewPlan.removed.map((s) => s.id)).toEqual([RENAMED_STAGE.from]);
    // Without parameters: the two newest.
    expect(await getVersionDiff("senior-postgresql-engineer", {})).toMatchObject({ ok: true, from: { version: base }, to: { version: next } });

    expect(await getVersionDiff("senior-postgresql-engineer", { from: "1", to: "9" })).toEqual({
      ok: false, reason: "unknownVersion", title: "Senior PostgreSQL Engineer", versions: all, message: `This matrix has no version 9: its versions are ${all.map((v) => `v${v}`).join(", ")}.`,
    });
    for (const bad of [{ from: "abc" }, { from: "1.5" }, { from: "0" }, { from: ["1", "2"] }, { to: "" }, { to: "-1" }]) {
      expect(await getVersionDiff("senior-postgresql-engineer", bad), JSON.stringify(bad)).toMatchObject({ ok: false, reason: "invalid", versions: all });
    }
    expect(await getVersionDiff("no-such-matrix", { from: "1", to: "2" })).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("moving not-started interviews to the latest version", () => {
  /** Alpha's interviews on the world's version: one not started, one with a rating, one submitted, one cancelled, one at a stage v2 renamed. */
  async function interviewsOnV1(w: World) {
    const { db } = await import("@/lib/db");
    const { assignInterviewer } = await import("@/lib/interview/mutations");
    const interview = (stageId: string, extra: { cancelledAt?: Date } = {}) =>
      db().$transaction(async (tx) => {
        const created = await tx.interview.create({ data: { candidateId: w.priya.id, positionId: w.alpha.id, rubricVersionId: w.version.id, stageId, scheduledAt: new Date("2031-07-15T08:00:00Z"), ...extra } });
        await assignInterviewer(tx, { interviewId: created.id, interviewerId: w.ann.id });
        return created.id;
      });
    const card = (interviewId: string) => db().scorecard.findFirstOrThrow({ where: { interviewId } });
    const notStarted = await interview(STAGE);
    const started = await interview(STAGE);
    await db().rating.create({ data: { scorecardId: (await card(started)).id, criterionId: "po-judgment", level: 3 } });
    const submitted = await interview(STAGE);
    await db().scorecard.update({ where: { id: (await card(submitted)).id }, data: { status: "submitted", submittedAt: new Date(), recommendation: "yes" } });
    const cancelled = await interview(STAGE, { cancelledAt: new Date() });
    const stageless = await interview(RENAMED_STAGE.from);
    return { notStarted, started, submitted, cancelled, stageless, all: [notStarted, started, submitted, cancelled, stageless] };
  }

  const versionOf = async (interviewId: string) => {
    const { db } = await import("@/lib/db");
    return (await db().interview.findUniqueOrThrow({ where: { id: interviewId }, select: { rubricVersion: { select: { version: true } } } })).rubricVersion.version;
  };

  test("refused for the position's hiring manager, an interviewer and a signed-out caller, changing nothing", async () => {
    const w = await createWorld();
    const ids = await interviewsOnV1(w);
    const v2 = await publishV2(w);
    const { moveInterviewsAction } = await import("@/lib/rubric/move-actions");
    for (const who of [w.hmA, w.ann, null]) {
      session.user = who;
      const before = await digest();
      const result = await moveInterviewsAction({ positionId: w.alpha.id, toVersionId: v2.versionId, interviewIds: ids.all });
      expect(result, `as ${who?.name ?? "signed out"}`).toMatchObject({ ok: false, message: who ? "You do not have permission to do that." : expect.stringMatching(/session has ended/) });
      expect(await digest(), `as ${who?.name ?? "signed out"}`).toEqual(before);
    }
  });

  test("as an admin: only the not-started interview moves, audited; started, submitted, cancelled and stage-less ones stay", async () => {
    const w = await createWorld();
    const ids = await interviewsOnV1(w);
    const v2 = await publishV2(w);
    const { getOlderVersionUse } = await import("@/lib/rubric/moves-data");
    const page = await getOlderVersionUse("senior-postgresql-engineer");
    const alpha = page!.positions.find((p) => p.id === w.alpha.id)!;
    // The page lists the live interviews (not the cancelled one) and says what a move would do to each.
    expect(Object.fromEntries(alpha.interviews.map((i) => [i.id, i.stays]))).toEqual({
      [ids.notStarted]: null, [ids.started]: "started", [ids.submitted]: "submitted", [ids.stageless]: "missingStage",
    });
    expect(alpha.pin).toEqual({ kind: "latest" });

    session.user = w.admin;
    const { moveInterviewsAction } = await import("@/lib/rubric/move-actions");
    const result = await moveInterviewsAction({ positionId: w.alpha.id, toVersionId: v2.versionId, interviewIds: ids.all });
    const base = w.version.version;
    expect(result).toMatchObject({ ok: true, data: { moved: 1 }, message: expect.stringMatching(new RegExp(`^Moved 1 interview to v${base + 1}\\. 4 stayed`)) });
    expect(await versionOf(ids.notStarted)).toBe(base + 1);
    for (const id of [ids.started, ids.submitted, ids.cancelled, ids.stageless]) expect(await versionOf(id)).toBe(base);

    const { db } = await import("@/lib/db");
    const audit = await db().auditEvent.findMany({ where: { action: "interview.version_moved" }, select: { actorId: true, entityType: true, entityId: true, data: true } });
    expect(audit).toEqual([{ actorId: w.admin.id, entityType: "interview", entityId: ids.notStarted, data: { positionId: w.alpha.id, rubricId: "senior-postgresql-engineer", fromVersion: base, toVersion: base + 1 } }]);
    // The stage kept its name: the calendar invite did not change, so its SEQUENCE did not either.
    expect((await db().interview.findUniqueOrThrow({ where: { id: ids.notStarted } })).sequence).toBe(0);

    // Done twice, nothing more moves.
    const again = await moveInterviewsAction({ positionId: w.alpha.id, toVersionId: v2.versionId, interviewIds: [ids.notStarted] });
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/nothing was moved/) });
  });

  test("refused, changing nothing, when a newer version was published since, for another position's interviews, or on a closed position", async () => {
    const w = await createWorld();
    const ids = await interviewsOnV1(w);
    const v2 = await publishV2(w);
    session.user = w.admin;
    const { moveInterviewsAction } = await import("@/lib/rubric/move-actions");
    const { db } = await import("@/lib/db");
    const before = await digest();
    expect(await moveInterviewsAction({ positionId: w.alpha.id, toVersionId: w.version.id, interviewIds: ids.all })).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`newer version \\(v${w.version.version + 1}\\)`)) });
    expect(await moveInterviewsAction({ positionId: w.beta.id, toVersionId: v2.versionId, interviewIds: ids.all })).toMatchObject({ ok: false, message: expect.stringMatching(/nothing was moved/) });
    expect(await digest()).toEqual(before);
    await db().position.update({ where: { id: w.alpha.id }, data: { status: "closed" } });
    const closed = await digest();
    expect(await moveInterviewsAction({ positionId: w.alpha.id, toVersionId: v2.versionId, interviewIds: ids.all })).toMatchObject({ ok: false, message: expect.stringMatching(/closed/) });
    expect(await digest()).toEqual(closed);
  });
});
