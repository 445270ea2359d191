// Candidates on a real PostgreSQL: who may call each action, duplicate detection, the all-or-nothing CSV import
// and its undo, merge and un-merge, and an audit trail without personal values.
import pg from "pg";
import { describe, expect, test, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createHiringTeams, createInterview } from "@/tests/support/candidate-fixture";

const session = vi.hoisted(() => ({ user: null as null | SessionUser }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.user, getSessionClaims: async () => (session.user ? { userId: session.user.id, sessionVersion: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const databaseUrl = freshDatabasePerTest("quorum_candidates");
const as = (user: SessionUser | null) => (session.user = user);

const actions = async () => ({ ...(await import("@/lib/candidate/actions")), ...(await import("@/lib/candidate/merge-actions")), ...(await import("@/lib/candidate/import-actions")) });

/** Everything the candidate actions may write, row by row. */
async function dbState() {
  const { db } = await import("@/lib/db");
  const order = { orderBy: { id: "asc" as const } };
  return JSON.parse(JSON.stringify({
    candidates: await db().candidate.findMany(order),
    applications: await db().application.findMany(order),
    interviews: await db().interview.findMany(order),
    imports: await db().candidateImport.findMany(order),
    merges: await db().candidateMerge.findMany(order),
    audit: await db().auditEvent.count(),
  }));
}

/** The same rows with the write timestamps left out: what an un-merge must put back exactly. */
async function contentState() {
  const { db } = await import("@/lib/db");
  const order = { orderBy: { id: "asc" as const } };
  const omit = (rows: object[]) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== "updatedAt")));
  return {
    candidates: omit(await db().candidate.findMany(order)),
    applications: omit(await db().application.findMany(order)),
    interviews: omit(await db().interview.findMany(order)),
    scorecards: await db().scorecard.findMany(order),
  };
}

/** No audit event carries a personal value: only field names. */
async function expectNoPersonalValues(values: string[]) {
  const { db } = await import("@/lib/db");
  const trail = JSON.stringify((await db().auditEvent.findMany()).map((e) => e.data)).toLowerCase();
  for (const value of values) expect({ value, found: trail.includes(value.toLowerCase()) }).toEqual({ value, found: false });
}

const csv = (...rows: string[]) => ["name,email,phone,source,links,notes", ...rows].join("\r\n") + "\r\n";

/** A world where every action has something to act on: a pair to merge, a merge to undo, an import to undo. */
async function world() {
  const teams = await createHiringTeams();
  const { db, managerA, positionA } = teams;
  const { mergeCandidates } = await import("@/lib/candidate/merge-mutations");
  const { commitImport } = await import("@/lib/candidate/import-mutations");
  const onA = (name: string, email: string) => db.candidate.create({ data: { name, email, emailKey: email, applications: { create: { positionId: positionA.id } } } });
  const [x1, x2, y1, y2] = [await onA("Xavier One", "x1@example.net"), await onA("Xena Two", "x2@example.net"), await onA("Yusuf One", "y1@example.net"), await onA("Yara Two", "y2@example.net")];
  const merged = await mergeCandidates(managerA, y1.id, y2.id, { name: "keep", email: "keep", phone: "keep", source: "keep", links: "keep", notes: "keep" });
  const imported = await commitImport(managerA, { fileName: "a.csv", text: csv("Imported Isla,isla@example.net,,,,"), positionId: positionA.id, expectedRows: 1 });
  if (!merged.ok || !imported.ok) throw new Error("world setup failed");
  const priyaApplication = await db.application.findFirstOrThrow({ where: { candidateId: teams.priya.id } });
  return { ...teams, x1, x2, y1, y2, mergeId: merged.mergeId, importId: imported.importId, priyaApplication };
}

type World = Awaited<ReturnType<typeof world>>;

/** Every action of this module, with an input aimed at manager A's position. */
function calls(w: World, a: Awaited<ReturnType<typeof actions>>) {
  const file = { fileName: "b.csv", text: csv("Brand New,brand.new@example.net,,,,"), positionId: w.positionA.id };
  return {
    create: () => a.createCandidateAction({ name: "New Person", email: "new@example.net", phone: "", source: "", links: "", notes: "", positionIds: [w.positionA.id] }),
    update: () => a.updateCandidateAction({ id: w.priya.id, name: "Priya R.", email: "priya.raman@example.net", phone: "", source: "Agency", links: "", notes: "" }),
    apply: () => a.applyToPositionAction({ candidateId: w.priya.id, positionId: w.positionA2.id }),
    status: () => a.setApplicationStatusAction({ applicationId: w.priyaApplication.id, status: "hired" }),
    merge: () => a.mergeCandidatesAction({ keepId: w.x1.id, mergeId: w.x2.id }),
    unmerge: () => a.unmergeCandidatesAction({ mergeId: w.mergeId }),
    preview: () => a.previewImportAction(file),
    import: () => a.importCandidatesAction({ ...file, expectedRows: 1 }),
    undoImport: () => a.undoImportAction({ importId: w.importId }),
  };
}

describe("who may call the candidate actions", () => {
  test("an interviewer, a hiring manager of another position and a signed-out caller are refused; nothing changes", async () => {
    const w = await world();
    const a = await actions();
    const before = await dbState();
    for (const [who, user] of [["interviewer", w.interviewer], ["manager of another position", w.managerB], ["signed out", null]] as const) {
      as(user);
      for (const [name, call] of Object.entries(calls(w, a))) {
        const result = await call();
        expect({ who, name, ok: result.ok }).toEqual({ who, name, ok: false });
      }
    }
    expect(await dbState()).toEqual(before);
  });

  test.each(["manager of the position", "admin"] as const)("as the %s, every action is done", async (who) => {
    const w = await world();
    as(who === "admin" ? w.admin : w.managerA);
    for (const [name, call] of Object.entries(calls(w, await actions()))) {
      const result = await call();
      expect({ name, result }).toMatchObject({ name, result: { ok: true } });
    }
    const { db } = w;
    expect(await db.candidate.findUniqueOrThrow({ where: { id: w.priya.id } })).toMatchObject({ name: "Priya R.", source: "Agency" });
    expect(await db.application.findUniqueOrThrow({ where: { id: w.priyaApplication.id } })).toMatchObject({ status: "hired" });
    expect(await db.application.count({ where: { candidateId: w.priya.id, positionId: w.positionA2.id } })).toBe(1);
    expect(await db.candidate.findUniqueOrThrow({ where: { id: w.x2.id } })).toMatchObject({ mergedIntoId: w.x1.id });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: w.y2.id } })).toMatchObject({ mergedIntoId: null });
    expect(await db.candidate.count({ where: { name: "Imported Isla" } })).toBe(0);
    expect(await db.candidate.count({ where: { name: { in: ["Brand New", "New Person"] } } })).toBe(2);
    await expectNoPersonalValues(["Priya R.", "priya.raman@example.net", "New Person", "new@example.net", "Brand New", "Xena Two", "x2@example.net"]);
  });

  test("a hiring manager cannot add a candidate without one of their positions, nor to a closed one", async () => {
    const w = await world();
    const a = await actions();
    as(w.managerA);
    const base = { name: "Nina", email: "", phone: "", source: "", links: "", notes: "" };
    expect(await a.createCandidateAction({ ...base, positionIds: [] })).toMatchObject({ ok: false, fieldErrors: { positionIds: expect.stringMatching(/at least one/) } });
    expect(await a.createCandidateAction({ ...base, positionIds: [w.closedA.id] })).toMatchObject({ ok: false, message: expect.stringMatching(/closed/) });
    expect(await a.previewImportAction({ fileName: "c.csv", text: csv("Nina,,,,,"), positionId: "" })).toMatchObject({ ok: false, fieldErrors: { positionId: expect.any(String) } });
    expect(await w.db.candidate.count({ where: { name: "Nina" } })).toBe(0);
  });
});

describe("duplicate detection when creating", () => {
  test("an email whose normalised form is taken is refused: an admin is shown who, another team's manager only that it exists", async () => {
    const w = await createHiringTeams();
    const a = await actions();
    const base = { phone: "", source: "", links: "", notes: "" };
    as(w.admin);
    expect(await a.createCandidateAction({ ...base, name: "P Raman", email: " priya.raman@EXAMPLE.net ", positionIds: [] })).toMatchObject({
      ok: false, fieldErrors: { email: "Already used by Priya Raman" }, notice: { kind: "email", existing: { id: w.priya.id, name: "Priya Raman" } },
    });
    as(w.managerB);
    const hidden = await a.createCandidateAction({ ...base, name: "Someone", email: "priya.raman+other@example.net", positionIds: [w.positionB.id] });
    expect(hidden).toMatchObject({ ok: false, message: expect.stringMatching(/ask an admin/i), notice: { kind: "email", existing: null } });
    expect(JSON.stringify(hidden)).not.toMatch(/priya|raman/i);
    as(w.admin);
    expect(await a.updateCandidateAction({ ...base, id: w.jonas.id, name: "Jonas Becker", email: "priya.raman@example.net" })).toMatchObject({ ok: false, notice: { kind: "email" } });
    expect(await w.db.candidate.count()).toBe(2);
  });

  test("a similar name warns, naming only candidates the caller sees, until 'Create anyway'", async () => {
    const w = await createHiringTeams();
    const a = await actions();
    const input = { name: "Raman, Priya", email: "p.raman@example.org", phone: "", source: "", links: "", notes: "", positionIds: [w.positionB.id] };
    as(w.admin);
    expect(await a.createCandidateAction(input)).toMatchObject({ ok: false, notice: { kind: "similar", visible: [{ id: w.priya.id, name: "Priya Raman" }], hidden: 0 } });
    as(w.managerB);
    const warned = await a.createCandidateAction(input);
    expect(warned).toMatchObject({ ok: false, message: expect.stringMatching(/1 candidate you cannot see/), notice: { kind: "similar", visible: [], hidden: 1 } });
    expect(JSON.stringify(warned)).not.toContain(w.priya.id);
    expect(await w.db.candidate.count()).toBe(2);
    const created = await a.createCandidateAction({ ...input, confirmSimilar: "yes" });
    expect(created).toMatchObject({ ok: true });
    expect(await w.db.candidate.findFirstOrThrow({ where: { name: "Raman, Priya" } })).toMatchObject({ email: "p.raman@example.org", emailKey: "p.raman@example.org" });
  });

  test("the email of a merged-away candidate counts as its survivor's", async () => {
    const w = await createHiringTeams();
    const a = await actions();
    as(w.admin);
    const other = await w.db.candidate.create({ data: { name: "Pri Raman", email: "old@example.net", emailKey: "old@example.net", applications: { create: { positionId: w.positionA.id } } } });
    expect(await a.mergeCandidatesAction({ keepId: w.priya.id, mergeId: other.id })).toMatchObject({ ok: true });
    expect(await a.createCandidateAction({ name: "Anyone", email: "old@example.net", phone: "", source: "", links: "", notes: "", positionIds: [] })).toMatchObject({ notice: { kind: "email", existing: { id: w.priya.id } } });
  });
});

describe("the CSV import", () => {
  const file = csv(
    "Good Person,good@example.net,+1 555 0100,Job board,https://good.example.net,Keen",
    ",nameless@example.net,,,,",
    "Bad Email,not-an-email,,,,",
    "Repeat Person,GOOD+dup@example.net,,,,",
    "Already Here,priya.raman@example.net,,,,",
    "\"Raman, Priya\",priya.other@example.org,,,\"https://a.example.net; https://b.example.net\",\"quoted, with \"\"quotes\"\"\"",
    "",
  );

  test("the preview lists every row's problems; the import creates the valid rows, applied to the position, in one go", async () => {
    const w = await createHiringTeams();
    const a = await actions();
    as(w.admin);
    const preview = await a.previewImportAction({ fileName: "people.csv", text: `\uFEFF${file}`, positionId: w.positionA.id });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const byRow = Object.fromEntries(preview.data.rows.map((r) => [r.row, r]));
    expect(byRow[2]).toMatchObject({ name: "Good Person", problems: [], warnings: [] });
    expect(byRow[3]!.problems).toEqual(["Missing name"]);
    expect(byRow[4]!.problems).toEqual([expect.stringMatching(/^Bad email address/)]);
    expect(byRow[5]!.problems).toEqual(["Same email as row 2 of this file"]);
    expect(byRow[6]).toMatchObject({ problems: ["A candidate with this email already exists: Priya Raman"], duplicateOf: { id: w.priya.id } });
    expect(byRow[7]).toMatchObject({ problems: [], warnings: [expect.stringMatching(/Similar name to Priya Raman/)] });
    expect(preview.data.importable).toBe(2);

    const done = await a.importCandidatesAction({ fileName: "people.csv", text: `\uFEFF${file}`, positionId: w.positionA.id, expectedRows: 2 });
    expect(done).toMatchObject({ ok: true, data: { imported: 2 } });
    const imported = await w.db.candidate.findMany({ where: { importId: { not: null } }, orderBy: { name: "asc" }, include: { applications: true } });
    expect(imported.map((c) => [c.name, c.emailKey, c.links, c.notes, c.applications.map((p) => p.positionId)])).toEqual([
      ["Good Person", "good@example.net", ["https://good.example.net"], "Keen", [w.positionA.id]],
      ["Raman, Priya", "priya.other@example.org", ["https://a.example.net", "https://b.example.net"], 'quoted, with "quotes"', [w.positionA.id]],
    ]);
    const event = await w.db.auditEvent.findFirstOrThrow({ where: { action: "import.completed" } });
    expect(event.data).toMatchObject({ rows: 6, imported: 2, skipped: 4, withWarnings: 1 });
    await expectNoPersonalValues(["Good Person", "good@example.net", "Raman", "priya.other"]);
  });

  test("is all or nothing: a failure after the rows are written leaves no candidate and no import behind", async () => {
    const w = await createHiringTeams();
    const a = await actions();
    as(w.admin);
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query("create or replace function fail_import() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$");
      await client.query("create trigger fail_import before insert on audit_events for each row when (new.action = 'import.completed') execute function fail_import()");
      const before = await dbState();
      await expect(a.importCandidatesAction({ fileName: "people.csv", text: file, positionId: w.positionA.id, expectedRows: 2 })).rejects.toThrow(/injected failure/);
      expect(await dbState()).toEqual(before);
    } finally {
      await client.query("drop trigger if exists fail_import on audit_events");
      await client.end();
    }
  });

  test("is refused when the outcome changed since the preview, or the file is too big", async () => {
    const w = await createHiringTeams();
    const a = await actions();
    as(w.admin);
    const before = await dbState();
    expect(await a.importCandidatesAction({ fileName: "people.csv", text: file, positionId: "", expectedRows: 3 })).toMatchObject({ ok: false, message: expect.stringMatching(/changed since the preview/) });
    const many = csv(...Array.from({ length: 2001 }, (_, i) => `Person ${i},p${i}@example.net,,,,`));
    expect(await a.previewImportAction({ fileName: "many.csv", text: many, positionId: "" })).toMatchObject({ ok: false, message: expect.stringMatching(/more than 2000 rows/) });
    expect(await a.previewImportAction({ fileName: "big.csv", text: "name\n" + "x".repeat(1024 * 1024), positionId: "" })).toMatchObject({ ok: false, fieldErrors: { text: expect.stringMatching(/larger than 1 MB/) } });
    expect(await dbState()).toEqual(before);
  });

  test("undo removes the whole import, refused while one of its candidates has an interview, and only once", async () => {
    const w = await createHiringTeams();
    const a = await actions();
    as(w.admin);
    const done = await a.importCandidatesAction({ fileName: "people.csv", text: file, positionId: w.positionA.id, expectedRows: 2 });
    if (!done.ok) throw new Error(done.message);
    const good = await w.db.candidate.findFirstOrThrow({ where: { name: "Good Person" } });
    const interview = await createInterview(good.id, w.positionA.id, w.interviewer.id);
    expect(await a.undoImportAction({ importId: done.data.importId })).toMatchObject({ ok: false, message: expect.stringMatching(/1 of its candidates has an interview \(Good Person\)/) });
    expect(await w.db.candidate.count({ where: { importId: done.data.importId } })).toBe(2);
    await w.db.interview.delete({ where: { id: interview.id } });
    expect(await a.undoImportAction({ importId: done.data.importId })).toMatchObject({ ok: true, data: { removed: 2 } });
    expect(await w.db.candidate.count({ where: { importId: done.data.importId } })).toBe(0);
    expect(await w.db.application.count({ where: { positionId: w.positionA.id } })).toBe(1);
    expect(await w.db.candidateImport.findUniqueOrThrow({ where: { id: done.data.importId } })).toMatchObject({ undoneAt: expect.any(Date) });
    expect(await w.db.auditEvent.findFirstOrThrow({ where: { action: "import.undone" } })).toMatchObject({ data: { removed: 2 } });
    expect(await a.undoImportAction({ importId: done.data.importId })).toMatchObject({ ok: false, message: "This import was already undone." });
  });
});

describe("merge and un-merge", () => {
  async function pair() {
    const w = await createHiringTeams();
    const twin = await w.db.candidate.create({
      data: {
        name: "P. Raman", email: "praman@example.org", emailKey: "praman@example.org", phone: "+1 555 0199", source: "Job board",
        links: ["https://github.com/praman", "https://priya.example.net"], notes: "Applied twice",
        applications: { create: [{ positionId: w.positionA.id, status: "rejected" }, { positionId: w.positionA2.id }] },
      },
    });
    const interview = await createInterview(twin.id, w.positionA.id, w.interviewer.id);
    as(w.admin);
    return { ...w, twin, interview, a: await actions() };
  }
  const choices = { name: "keep", email: "merge", phone: "merge", source: "keep", links: "combine", notes: "combine" } as const;

  test("merge moves the rows and hides the merged candidate; un-merge restores both exactly; a second undo is refused", async () => {
    const { db, a, priya, twin, interview, positionA, positionA2, admin } = await pair();
    const before = await contentState();
    expect(await a.mergeCandidatesAction({ keepId: priya.id, mergeId: twin.id, ...choices })).toMatchObject({ ok: true });

    expect(await db.candidate.findUniqueOrThrow({ where: { id: priya.id } })).toMatchObject({
      name: "Priya Raman", email: "praman@example.org", emailKey: "praman@example.org", phone: "+1 555 0199", source: "Referral",
      links: ["https://priya.example.net", "https://github.com/praman"], notes: "Strong on HA\n\nApplied twice",
    });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: twin.id } })).toMatchObject({ mergedIntoId: priya.id });
    expect((await db.application.findMany({ where: { candidateId: priya.id }, orderBy: { positionId: "asc" } })).map((p) => [p.positionId, p.status]).sort()).toEqual([[positionA.id, "active"], [positionA2.id, "active"]].sort());
    expect(await db.application.count({ where: { candidateId: twin.id } })).toBe(0);
    expect(await db.interview.findUniqueOrThrow({ where: { id: interview.id } })).toMatchObject({ candidateId: priya.id });
    expect(await db.scorecard.count({ where: { interview: { candidateId: priya.id } } })).toBe(1);
    const { listCandidates, getCandidateFields } = await import("@/lib/candidate/data");
    expect((await listCandidates(admin, {}, { page: 1, skip: 0, take: 50 })).rows.map((r) => r.id)).not.toContain(twin.id);
    expect(await getCandidateFields(admin, twin.id)).toBeNull();
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "candidate.merged" } })).data).toMatchObject({ mergedId: twin.id, changedFields: ["email", "phone", "links", "notes"], movedApplications: 1, removedApplications: 1, movedInterviews: 1 });

    const merge = await db.candidateMerge.findFirstOrThrow();
    expect(await a.unmergeCandidatesAction({ mergeId: merge.id })).toMatchObject({ ok: true });
    expect(await contentState()).toEqual(before);
    expect(await a.unmergeCandidatesAction({ mergeId: merge.id })).toMatchObject({ ok: false, message: "This merge was already undone." });
    await expectNoPersonalValues(["praman@example.org", "+1 555 0199", "github.com/praman", "Applied twice", "Strong on HA", "P. Raman"]);
  });

  test("an edit of the survivor since the merge is named and kept unless the person confirms losing it", async () => {
    const { db, a, priya, twin } = await pair();
    const before = await contentState();
    await a.mergeCandidatesAction({ keepId: priya.id, mergeId: twin.id, ...choices });
    const merge = await db.candidateMerge.findFirstOrThrow();
    await a.updateCandidateAction({ id: priya.id, name: "Priya Raman", email: "praman@example.org", phone: "+1 555 0000", source: "Agency", links: "", notes: "" });
    const refused = await a.unmergeCandidatesAction({ mergeId: merge.id });
    expect(refused).toMatchObject({ ok: false, editedFields: ["phone", "source", "links", "notes"], message: expect.stringMatching(/edited after the merge \(phone, source, links, notes\)/) });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: twin.id } })).toMatchObject({ mergedIntoId: priya.id });
    expect(await a.unmergeCandidatesAction({ mergeId: merge.id, discardLaterEdits: true })).toMatchObject({ ok: true });
    expect(await contentState()).toEqual(before);
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "candidate.unmerged" } })).data).toMatchObject({ discardedEdits: ["phone", "source", "links", "notes"] });
  });

  test("merges into one candidate are undone newest first", async () => {
    const { db, a, priya, twin, positionA } = await pair();
    const third = await db.candidate.create({ data: { name: "Priya R", applications: { create: { positionId: positionA.id } } } });
    await a.mergeCandidatesAction({ keepId: priya.id, mergeId: twin.id });
    await a.mergeCandidatesAction({ keepId: priya.id, mergeId: third.id });
    const [first, second] = await db.candidateMerge.findMany({ orderBy: { createdAt: "asc" } });
    expect(await a.unmergeCandidatesAction({ mergeId: first!.id })).toMatchObject({ ok: false, message: expect.stringMatching(/later merge .* must be undone first/) });
    expect(await a.unmergeCandidatesAction({ mergeId: second!.id })).toMatchObject({ ok: true });
    expect(await a.unmergeCandidatesAction({ mergeId: first!.id })).toMatchObject({ ok: true });
    expect(await db.candidate.count({ where: { mergedIntoId: { not: null } } })).toBe(0);
  });

  test("a hiring manager cannot merge a candidate whose rows reach into another team's position", async () => {
    const { db, a, priya, twin, positionB, managerA } = await pair();
    await db.application.create({ data: { candidateId: twin.id, positionId: positionB.id } });
    as(managerA);
    expect(await a.mergeCandidatesAction({ keepId: priya.id, mergeId: twin.id })).toMatchObject({ ok: false, message: expect.stringMatching(/ask an admin/) });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: twin.id } })).toMatchObject({ mergedIntoId: null });
  });
});
