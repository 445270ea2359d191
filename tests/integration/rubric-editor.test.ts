// The matrix editor's server side on a real PostgreSQL, with the session stubbed: drafts are per admin and per
// matrix; publishing is for admins only, re-parses the text (problems refuse it), needs a changelog line, creates
// nothing for identical content, and otherwise creates version N+1 with its audit event and drops the draft.
import fs from "node:fs";
import { describe, expect, test, vi } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { auditOf, createPerson, session } from "@/tests/support/people-session";
import { NEW_MATRIX_KEY } from "@/lib/rubric/editor-schema";

vi.mock("@/lib/auth/session", async () => (await import("@/tests/support/people-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

freshDatabasePerTest("quorum_rubric_editor");

const SENIOR_ID = "senior-postgresql-engineer";
const senior = fs.readFileSync("rubrics/senior-postgresql-engineer.yaml", "utf8");
const renamed = senior.replace(/^title: .*$/m, "title: Senior PostgreSQL Engineer (edited)");
const actions = () => import("@/lib/rubric/editor-actions");

async function publishedSenior() {
  const { importRubricSource } = await import("@/lib/rubric/mutations");
  await importRubricSource({ source: senior, fileName: "senior.yaml", actorId: null });
}

async function versions(rubricId = SENIOR_ID) {
  const { db } = await import("@/lib/db");
  return db().rubricVersion.findMany({ where: { rubricId }, orderBy: { version: "asc" }, select: { version: true, changelog: true, publishedById: true, contentHash: true } });
}

async function draftOf(userId: string, matrixKey: string) {
  const { getDraft } = await import("@/lib/rubric/editor-data");
  return getDraft(userId, matrixKey);
}

describe("drafts", () => {
  test("are saved and read back per admin and per matrix: another admin does not see them", async () => {
    const ada = await createPerson("Ada", ["admin"]);
    const bea = await createPerson("Bea", ["admin"]);
    const a = await actions();
    session.user = ada;
    expect(await a.saveDraftAction({ matrixKey: SENIOR_ID, source: "id: first\n", baseVersion: 1 })).toMatchObject({ ok: true, data: { savedAt: expect.any(String) } });
    expect(await a.saveDraftAction({ matrixKey: SENIOR_ID, source: "id: second\n", baseVersion: 1 })).toMatchObject({ ok: true });
    expect(await a.saveDraftAction({ matrixKey: NEW_MATRIX_KEY, source: "id: brand-new\n", baseVersion: null })).toMatchObject({ ok: true });
    expect(await draftOf(ada.id, SENIOR_ID)).toMatchObject({ source: "id: second\n", baseVersion: 1 });
    expect(await draftOf(ada.id, NEW_MATRIX_KEY)).toMatchObject({ source: "id: brand-new\n", baseVersion: null });
    expect(await draftOf(bea.id, SENIOR_ID)).toBeNull();

    session.user = bea;
    await a.saveDraftAction({ matrixKey: SENIOR_ID, source: "id: bea\n", baseVersion: 1 });
    await a.discardDraftAction({ matrixKey: SENIOR_ID });
    expect(await draftOf(bea.id, SENIOR_ID)).toBeNull();
    expect(await draftOf(ada.id, SENIOR_ID)).toMatchObject({ source: "id: second\n" });
  });

  test("are refused for non-admins, over 1 MB, with NUL characters or a bad matrix key, writing nothing", async () => {
    const ada = await createPerson("Ada", ["admin"]);
    const a = await actions();
    for (const user of [null, await createPerson("Ivy", ["interviewer"]), await createPerson("Hana", ["hiring_manager"])]) {
      session.user = user;
      expect(await a.saveDraftAction({ matrixKey: SENIOR_ID, source: "id: x\n", baseVersion: 1 })).toMatchObject({ ok: false, message: expect.stringMatching(/permission|session has ended/) });
    }
    session.user = ada;
    expect(await a.saveDraftAction({ matrixKey: SENIOR_ID, source: "a".repeat(1024 * 1024 + 1), baseVersion: 1 })).toMatchObject({ ok: false, fieldErrors: { source: expect.stringContaining("1 MB") } });
    expect(await a.saveDraftAction({ matrixKey: SENIOR_ID, source: "id: a\u0000b\n", baseVersion: 1 })).toMatchObject({ ok: false, fieldErrors: { source: expect.stringContaining("NUL") } });
    expect(await a.saveDraftAction({ matrixKey: "Not A Key", source: "id: x\n", baseVersion: 1 })).toMatchObject({ ok: false, fieldErrors: { matrixKey: expect.any(String) } });
    const { db } = await import("@/lib/db");
    expect(await db().rubricDraft.count()).toBe(0);
  });
});

describe("publishing from the editor", () => {
  test("is refused for non-admins, with problems, without a changelog line, or under another matrix's id", async () => {
    await publishedSenior();
    const ada = await createPerson("Ada", ["admin"]);
    const a = await actions();
    for (const user of [null, await createPerson("Ivy", ["interviewer"]), await createPerson("Hana", ["hiring_manager"])]) {
      session.user = user;
      expect(await a.publishMatrixAction({ matrixKey: SENIOR_ID, source: renamed, changelog: "New title" })).toMatchObject({ ok: false, message: expect.stringMatching(/permission|session has ended/) });
    }
    session.user = ada;
    const duplicate = renamed.replace("      - id: po-operational-excellence", "      - id: po-judgment");
    expect(await a.publishMatrixAction({ matrixKey: SENIOR_ID, source: duplicate, changelog: "Broken" })).toMatchObject({
      ok: false,
      message: 'Not published: the matrix has 1 problem. Fix them first (line 108: duplicate criterion id "po-judgment" (first used by competencies[0].criteria[0]); criterion ids are unique across the matrix).',
    });
    const unknown = await a.publishMatrixAction({ matrixKey: SENIOR_ID, source: `${renamed}colour: blue\n`, changelog: "Unknown field" });
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining('unknown field "colour"') });
    expect(await a.publishMatrixAction({ matrixKey: SENIOR_ID, source: renamed, changelog: "   " })).toMatchObject({ ok: false, fieldErrors: { changelog: expect.stringContaining("Write one line") } });
    const elsewhere = renamed.replace(/^id: .*$/m, "id: some-other-matrix");
    expect(await a.publishMatrixAction({ matrixKey: SENIOR_ID, source: elsewhere, changelog: "Moved" })).toMatchObject({ ok: false, message: expect.stringContaining('this editor publishes "senior-postgresql-engineer"') });
    expect(await a.publishMatrixAction({ matrixKey: NEW_MATRIX_KEY, source: renamed, changelog: "Copy" })).toMatchObject({ ok: false, message: expect.stringContaining("exists already") });
    expect((await versions()).map((v) => v.version)).toEqual([1]);
    expect(await versions("some-other-matrix")).toEqual([]);
    expect(await auditOf("rubric.version.published")).toHaveLength(1);
  });

  test("identical content creates nothing and says so; a change creates v2 with its author, changelog and audit event, and drops the draft", async () => {
    await publishedSenior();
    const ada = await createPerson("Ada", ["admin"]);
    const bea = await createPerson("Bea", ["admin"]);
    const a = await actions();
    session.user = bea;
    await a.saveDraftAction({ matrixKey: SENIOR_ID, source: "bea's draft", baseVersion: 1 });
    session.user = ada;
    await a.saveDraftAction({ matrixKey: SENIOR_ID, source: renamed, baseVersion: 1 });

    // A comment changes the text but not the content: no version.
    const same = await a.publishMatrixAction({ matrixKey: SENIOR_ID, source: `# only a comment\n${senior}`, changelog: "Nothing really" });
    expect(same).toEqual({ ok: true, data: { rubricId: SENIOR_ID, version: 1, created: false }, message: "No changes: nothing was published. v1 is still the latest." });
    expect(await draftOf(ada.id, SENIOR_ID)).not.toBeNull();

    const published = await a.publishMatrixAction({ matrixKey: SENIOR_ID, source: renamed, changelog: "  A clearer title  " });
    expect(published).toEqual({ ok: true, data: { rubricId: SENIOR_ID, version: 2, created: true }, message: "Published v2." });
    const rows = await versions();
    expect(rows.map((v) => [v.version, v.changelog, v.publishedById])).toEqual([[1, "", null], [2, "A clearer title", ada.id]]);
    expect(rows[1]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[1]!.contentHash).not.toBe(rows[0]!.contentHash);
    const { db } = await import("@/lib/db");
    const v2 = await db().rubricVersion.findFirstOrThrow({ where: { rubricId: SENIOR_ID, version: 2 }, select: { id: true, sourceYaml: true } });
    expect(v2.sourceYaml).toBe(renamed);
    expect((await auditOf("rubric.version.published")).at(-1)).toEqual({ actorId: ada.id, entityId: v2.id, data: { rubricId: SENIOR_ID, version: 2, contentHash: rows[1]!.contentHash } });
    expect(await draftOf(ada.id, SENIOR_ID)).toBeNull();
    expect(await draftOf(bea.id, SENIOR_ID)).toMatchObject({ source: "bea's draft" });
  });

  test("a new matrix from a copy needs its own id and title, then starts at v1", async () => {
    await publishedSenior();
    session.user = await createPerson("Ada", ["admin"]);
    const a = await actions();
    const ownId = senior.replace(/^id: .*$/m, "id: senior-copy");
    expect(await a.publishMatrixAction({ matrixKey: NEW_MATRIX_KEY, source: ownId, changelog: "Copy" })).toMatchObject({ ok: false, message: expect.stringContaining("already has the title") });
    await a.saveDraftAction({ matrixKey: NEW_MATRIX_KEY, source: ownId, baseVersion: null });
    const copy = ownId.replace(/^title: .*$/m, "title: Senior copy");
    expect(await a.publishMatrixAction({ matrixKey: NEW_MATRIX_KEY, source: copy, changelog: "Copied from the senior matrix" })).toMatchObject({ ok: true, data: { rubricId: "senior-copy", version: 1, created: true } });
    expect(await draftOf(session.user.id, NEW_MATRIX_KEY)).toBeNull();
    expect((await versions()).map((v) => v.version)).toEqual([1]);
  });
});
