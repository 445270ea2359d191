// The report's snapshot (lib/report/data.ts getPositionReport): every write that changes the figures makes the next
// read compute them afresh (database triggers bump the position's generation in the write's own transaction), a
// write that changes nothing the report shows keeps the snapshot, and a snapshot of another generation or format is
// never served: also not by another process reading right after a submit made here.
import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createPanel, op, OTHER_STAGE } from "@/tests/support/scorecard-fixture";
import type { SessionUser } from "@/lib/auth/roles";

const url = freshDatabasePerTest();

async function setup() {
  const panel = await createPanel();
  const { db } = await import("@/lib/db");
  const cardOf = (interviewId: string, interviewerId: string) => db().scorecard.findFirstOrThrow({ where: { interviewId, interviewerId } });
  const viewer: SessionUser = { id: panel.admin.id, email: panel.admin.email, name: panel.admin.name, roles: panel.admin.roles };
  const ctx = { ...panel, db: db(), viewer, annCard: await cardOf(panel.first.id, panel.ann.id), benCard: await cardOf(panel.first.id, panel.ben.id), annSecond: await cardOf(panel.second.id, panel.ann.id) };
  await complete(ctx.ann.id, ctx.annCard.id, ctx.criteria);
  const { submitScorecard } = await import("@/lib/scorecard/mutations");
  expect(await submitScorecard(ctx.ann.id, ctx.annCard.id)).toEqual({ ok: true });
  return ctx;
}

/** Rate every criterion 3 and recommend yes: a complete card. */
async function complete(interviewerId: string, scorecardId: string, criteria: string[]) {
  const { saveRating, saveSummary } = await import("@/lib/scorecard/mutations");
  for (const c of criteria) expect(await saveRating(interviewerId, scorecardId, op(c, 3, 0, { note: "Seen it" }), 0)).toMatchObject({ ok: true });
  expect(await saveSummary(interviewerId, scorecardId, { opId: crypto.randomUUID(), recommendation: "yes", summary: "", baseRevision: 0 }, 0)).toMatchObject({ ok: true });
}

/** A view as the report page makes it (a fresh report is stored), and whether it came from the snapshot. */
async function view(viewer: SessionUser, positionId: string) {
  const { getPositionReport } = await import("@/lib/report/data");
  const { storeReportSnapshot } = await import("@/lib/report/mutations");
  const read = await getPositionReport(viewer, positionId);
  if (!read.ok) throw new Error(read.reason);
  if (read.value.storeAs !== null) await storeReportSnapshot(positionId, read.value.storeAs, read.value.report);
  return { report: read.value.report, fromSnapshot: read.value.storeAs === null };
}

/** The report computed from the rows, with no snapshot involved. */
async function computed(viewer: SessionUser, positionId: string) {
  const { getReportInput } = await import("@/lib/report/data");
  const { assembleReport } = await import("@/lib/report/assemble");
  const input = await getReportInput(viewer, positionId);
  if (!input.ok) throw new Error(input.reason);
  return assembleReport(input.value);
}

/** After `change`, the next view is computed afresh and equals the rows' report; the one after is the snapshot. */
async function expectInvalidated(ctx: Awaited<ReturnType<typeof setup>>, change: () => Promise<unknown>) {
  const pid = ctx.first.positionId;
  await view(ctx.viewer, pid);
  expect((await view(ctx.viewer, pid)).fromSnapshot).toBe(true);
  const before = (await view(ctx.viewer, pid)).report;
  await change();
  const next = await view(ctx.viewer, pid);
  expect(next.fromSnapshot).toBe(false);
  expect(next.report).toEqual(await computed(ctx.viewer, pid));
  expect(next.report).not.toEqual(before);
  const again = await view(ctx.viewer, pid);
  expect(again.fromSnapshot).toBe(true);
  expect(again.report).toEqual(next.report);
  return next.report;
}

describe("every change of the figures invalidates the snapshot", () => {
  test("a submit: read at once, the new scorecard counts", async () => {
    const ctx = await setup();
    await complete(ctx.ben.id, ctx.benCard.id, ctx.criteria);
    const { submitScorecard } = await import("@/lib/scorecard/mutations");
    const report = await expectInvalidated(ctx, () => submitScorecard(ctx.ben.id, ctx.benCard.id));
    expect(report.totals.submitted).toBe(2);
  });

  test("a reopen: the scorecard stops counting", async () => {
    const ctx = await setup();
    const { reopenScorecard } = await import("@/lib/scorecard/mutations");
    const report = await expectInvalidated(ctx, () => reopenScorecard(ctx.admin.id, ctx.annCard.id, "typo"));
    expect(report.totals.submitted).toBe(0);
  });

  test("a draft's first rating (not started -> draft) invalidates; its next autosaves do not", async () => {
    const ctx = await setup();
    const { saveRating } = await import("@/lib/scorecard/mutations");
    const { criteriaOfStage } = await import("@/lib/rubric/schema");
    const [first, second] = criteriaOfStage(ctx.definition, OTHER_STAGE).map((r) => r.criterion.id);
    const report = await expectInvalidated(ctx, async () => expect(await saveRating(ctx.ann.id, ctx.annSecond.id, op(first!, 2, 0), 0)).toMatchObject({ ok: true }));
    expect(report.totals.drafts).toBe(1);
    expect(await saveRating(ctx.ann.id, ctx.annSecond.id, op(second!, 3, 0, { note: "more" }), 0)).toMatchObject({ ok: true });
    expect(await saveRating(ctx.ann.id, ctx.annSecond.id, op(first!, 4, 1), 0)).toMatchObject({ ok: true });
    expect((await view(ctx.viewer, ctx.first.positionId)).fromSnapshot).toBe(true);
  });

  test("an interview moved to another rubric version", async () => {
    const ctx = await setup();
    const other = await ctx.db.rubricVersion.create({
      data: { rubricId: "senior-postgresql-engineer", version: 99, contentHash: "test", sourceYaml: "", definition: ctx.definition as object },
    });
    const report = await expectInvalidated(ctx, () => ctx.db.interview.update({ where: { id: ctx.first.id }, data: { rubricVersionId: other.id } }));
    expect(report.referenceVersion).toBe(99);
  });

  test("an interviewer added to and taken off a panel", async () => {
    const ctx = await setup();
    const { assignInterviewer } = await import("@/lib/interview/mutations");
    const added = await expectInvalidated(ctx, () => ctx.db.$transaction((tx) => assignInterviewer(tx, { interviewId: ctx.first.id, interviewerId: ctx.outsider.id })));
    expect(added.totals.notStarted).toBe(3);
    const removed = await expectInvalidated(ctx, () => ctx.db.interviewAssignment.delete({ where: { interviewId_interviewerId: { interviewId: ctx.first.id, interviewerId: ctx.outsider.id } } }));
    expect(removed.totals.notStarted).toBe(2);
  });

  test("a candidate merged (interviews moved, names changed) and anonymised", async () => {
    const ctx = await setup();
    const other = await ctx.db.candidate.create({ data: { name: "Aardvark Duplicate" } });
    const moved = await expectInvalidated(ctx, () => ctx.db.interview.update({ where: { id: ctx.second.id }, data: { candidateId: other.id } }));
    expect(moved.candidates.map((c) => c.name)).toEqual(["Aardvark Duplicate", "Test Candidate"]);
    const anonymised = await expectInvalidated(ctx, () => ctx.db.candidate.update({ where: { id: ctx.candidate.id }, data: { name: "[anonymised]", anonymizedAt: new Date() } }));
    expect(anonymised.candidates.map((c) => c.name)).toContain("[anonymised]");
  });

  test("a cancelled interview, a renamed interviewer, a renamed position", async () => {
    const ctx = await setup();
    const cancelled = await expectInvalidated(ctx, () => ctx.db.interview.update({ where: { id: ctx.second.id }, data: { cancelledAt: new Date() } }));
    expect(cancelled.totals.notStarted).toBe(1);
    const renamed = await expectInvalidated(ctx, () => ctx.db.user.update({ where: { id: ctx.ann.id }, data: { name: "Ann Renamed" } }));
    expect(renamed.interviewers.map((i) => i.name)).toEqual(["Ann Renamed"]);
    const retitled = await expectInvalidated(ctx, () => ctx.db.position.update({ where: { id: ctx.first.positionId }, data: { title: "Staff PostgreSQL Engineer" } }));
    expect(retitled.position.title).toBe("Staff PostgreSQL Engineer");
  });
});

describe("a stale snapshot is never served", () => {
  test("a change that the report does not show keeps the snapshot; a rolled-back change bumps nothing", async () => {
    const ctx = await setup();
    const pid = ctx.first.positionId;
    await view(ctx.viewer, pid);
    await ctx.db.candidate.update({ where: { id: ctx.candidate.id }, data: { notes: "phone screen went well" } });
    await ctx.db.interview.update({ where: { id: ctx.first.id }, data: { location: "Room 2" } });
    await ctx.db.rating.updateMany({ where: { scorecardId: ctx.annCard.id }, data: { note: "scrubbed" } });
    expect((await view(ctx.viewer, pid)).fromSnapshot).toBe(true);
    await expect(
      ctx.db.$transaction(async (tx) => {
        await tx.candidate.update({ where: { id: ctx.candidate.id }, data: { name: "Never committed" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const after = await view(ctx.viewer, pid);
    expect(after.fromSnapshot).toBe(true);
    expect(after.report.candidates[0]!.name).toBe("Test Candidate");
  });

  test("a snapshot of an older generation, or of another format, is recomputed; an older one never overwrites a newer", async () => {
    const ctx = await setup();
    const pid = ctx.first.positionId;
    const { storeReportSnapshot } = await import("@/lib/report/mutations");
    const { report } = await view(ctx.viewer, pid);
    const [row] = await ctx.db.$queryRaw<{ generation: bigint }[]>`select coalesce(sum(generation), 0)::bigint as generation from report_generations where position_id = ${pid}::uuid`;
    const generation = row!.generation;
    // A slow reader of an older generation finishing last must not replace the current snapshot with its figures.
    await storeReportSnapshot(pid, { generation: generation - 1n, asOf: new Date() }, { ...report, position: { ...report.position, title: "OLD FIGURES" } });
    const current = await view(ctx.viewer, pid);
    expect(current.fromSnapshot).toBe(true);
    expect(current.report.position.title).toBe(report.position.title);
    await ctx.db.$executeRaw`update report_snapshots set format = format + 1 where position_id = ${pid}::uuid`;
    expect((await view(ctx.viewer, pid)).fromSnapshot).toBe(false);
    // Forged: a snapshot claiming the current generation is the only way to be served, and only the app writes it.
    await ctx.db.$executeRaw`update report_generations set generation = generation + 1 where position_id = ${pid}::uuid`;
    expect((await view(ctx.viewer, pid)).fromSnapshot).toBe(false);
  });
});

test("first ratings of two drafts in one position, on two connections, do not wait for each other, and both invalidate", async () => {
  const ctx = await setup();
  const pid = ctx.first.positionId;
  await view(ctx.viewer, pid);
  expect((await view(ctx.viewer, pid)).fromSnapshot).toBe(true);
  const connect = async () => {
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
    return { client, shard: rows[0]!.pid % 16 };
  };
  // Two backends of different shards (report_bump in the report_generation_shards migration); on one shard they
  // would queue, as every writer did on the position's single row before.
  const a = await connect();
  let b = await connect();
  while (b.shard === a.shard) {
    await b.client.end();
    b = await connect();
  }
  const firstRating = (client: pg.Client, cardId: string) =>
    client.query("insert into ratings (id, scorecard_id, criterion_id, level, revision, last_op_id, updated_at) values (gen_random_uuid(), $1, $2, 3, 1, gen_random_uuid(), now())", [cardId, ctx.criteria[0]]);
  try {
    await a.client.query("begin");
    await firstRating(a.client, ctx.benCard.id); // Ben's draft starts; the transaction stays open
    await b.client.query("set lock_timeout = '5s'");
    await firstRating(b.client, ctx.annSecond.id); // Ann's other draft in the same position: must not wait for A
    await a.client.query("commit");
  } finally {
    await a.client.end();
    await b.client.end();
  }
  const next = await view(ctx.viewer, pid);
  expect(next.fromSnapshot).toBe(false);
  expect(next.report).toEqual(await computed(ctx.viewer, pid));
});

test("an interview falling due since the snapshot was computed makes it stale, with no write at all", async () => {
  const ctx = await setup();
  const pid = ctx.first.positionId;
  // Ann's second interview is still to come.
  const due = new Date(Date.now() + 60 * 60_000);
  await ctx.db.interview.update({ where: { id: ctx.second.id }, data: { scheduledAt: due } });
  const { storeReportSnapshot } = await import("@/lib/report/mutations");
  const { getPositionReport } = await import("@/lib/report/data");
  const fresh = await getPositionReport(ctx.viewer, pid);
  if (!fresh.ok || !fresh.value.storeAs) throw new Error("expected a fresh report");
  expect(fresh.value.report.totals.upcoming).toBe(1);
  await storeReportSnapshot(pid, fresh.value.storeAs, fresh.value.report);
  expect((await view(ctx.viewer, pid)).fromSnapshot).toBe(true);
  // The hour passing, without waiting for it: the interview's time becomes the database's present, after the moment
  // the snapshot was computed for. Moving it bumps the generation, so the generation is put back: what is left is
  // exactly "time passed, nothing the report reads was written".
  await ctx.db.$executeRaw`update interviews set scheduled_at = now() where id = ${ctx.second.id}::uuid`;
  await ctx.db.$transaction([
    ctx.db.$executeRaw`delete from report_generations where position_id = ${pid}::uuid`,
    ctx.db.$executeRaw`insert into report_generations (position_id, shard, generation) values (${pid}::uuid, 0, ${fresh.value.storeAs.generation})`,
  ]);
  const after = await view(ctx.viewer, pid);
  expect(after.fromSnapshot).toBe(false);
  expect(after.report.totals.upcoming).toBe(0);
  expect(after.report).toEqual(await computed(ctx.viewer, pid));
});

describe("another app process", () => {
  let child: ChildProcess | undefined;
  afterAll(() => void child?.kill());

  test("reads the report right after a submit made here: the new figures, never its own older snapshot", async () => {
    const ctx = await setup();
    child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/report-reader.ts"], {
      env: { ...process.env, DATABASE_URL: url() },
      stdio: ["pipe", "pipe", "inherit"],
    });
    const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const next = async () => JSON.parse((await lines.next()).value as string) as { ok: boolean; fromSnapshot: boolean; submitted: number; candidates: string[] };
    expect((await lines.next()).value).toBe("ready");
    const read = () => {
      child!.stdin!.write(`${ctx.first.positionId} ${JSON.stringify(ctx.viewer)}\n`);
      return next();
    };
    expect(await read()).toMatchObject({ ok: true, submitted: 1 });
    expect(await read()).toMatchObject({ ok: true, fromSnapshot: true, submitted: 1 });
    await complete(ctx.ben.id, ctx.benCard.id, ctx.criteria);
    const { submitScorecard, reopenScorecard } = await import("@/lib/scorecard/mutations");
    expect(await submitScorecard(ctx.ben.id, ctx.benCard.id)).toEqual({ ok: true });
    expect(await read()).toMatchObject({ ok: true, fromSnapshot: false, submitted: 2 });
    expect(await read()).toMatchObject({ ok: true, fromSnapshot: true, submitted: 2 });
    expect(await reopenScorecard(ctx.admin.id, ctx.annCard.id, "second look")).toEqual({ ok: true });
    expect(await read()).toMatchObject({ ok: true, fromSnapshot: false, submitted: 1 });
    // And the other way round: the snapshot the child stored is the one this process now reads.
    expect(await view(ctx.viewer, ctx.first.positionId)).toMatchObject({ fromSnapshot: true, report: { totals: { submitted: 1 } } });
  }, 120_000);
});
