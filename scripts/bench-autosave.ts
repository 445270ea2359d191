/**
 * Autosave under load: `npm run bench:autosave [-- seconds thinkMs]` (defaults 30 s, 100 ms).
 *
 * Starts its own embedded PostgreSQL in a temp folder, migrates, imports the matrices, seeds 50 interviewers with a
 * scorecard each, builds the app if the build is stale, starts the production server, signs the 50 in, then runs
 * 50 simulated interviewers at once: each saves ratings through PUT /api/scorecards/[id]/ratings, one after the
 * other like the real client (waiting for the answer, carrying the returned revision as the next baseRevision),
 * cycling criteria and levels, pausing `thinkMs` between saves. Then, in the same run, the same 50 workers run the
 * same conditional upsert straight through `pg` (a pool the size of the app's, DATABASE_POOL_SIZE 10) with the
 * same pause. Pauses are jittered (0.5x-1.5x) so the 50 do not move in lockstep; one interviewer alone is also timed. Finally it checks that every criterion holds the last value its interviewer sent and that its
 * revision equals the number of acknowledged saves (nothing lost, duplicated or reordered). Ends with ONE JSON line.
 * Goal: p99 < 25 ms and < 5x the raw upsert's p99.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, freePort, type EmbeddedPostgres } from "./lib/embedded-postgres.ts";
import { createDatabase } from "./lib/create-database.ts";
import { buildApp, buildIsStale } from "./lib/build.ts";
import { startNextServer, waitForHealth, type NextServer } from "./lib/next-server.ts";
import { migrateDeploy } from "./db/prisma-cli.ts";
import { agent, request, seedBench, signIn, type BenchInterviewer } from "./lib/bench-scorecards.ts";

const INTERVIEWERS = 50;
const SECONDS = Math.max(1, Number(process.argv[2]) || 30);
const THINK_MS = Math.max(0, Number(process.argv[3] ?? 100));
const RAW_SECONDS = Math.min(SECONDS, 15);
const GOAL_P99_MS = 25;
const GOAL_RATIO = 5;

let embedded: EmbeddedPostgres | undefined;
let server: NextServer | undefined;
let tempDir: string | undefined;

async function cleanup() {
  agent.destroy();
  await server?.stop().catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  server = embedded = tempDir = undefined;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 100) / 100;

type Last = Map<string, { level: number; note: string; acked: number }>;

/** One simulated interviewer: sequential saves, cycling criteria and levels, tracking revisions like the client. */
async function interviewer(save: (criterionId: string, level: number, note: string, base: number) => Promise<{ ok: boolean; revision?: number }>, criteria: string[], until: number, times: number[], last: Last, errors: { n: number }) {
  const revision = new Map<string, number>();
  // Random start and jittered pauses (0.5x-1.5x): fixed pauses would keep the 50 in lockstep, arriving as bursts.
  if (THINK_MS > 0) await sleep(Math.random() * THINK_MS);
  for (let n = 0; Date.now() < until; n++) {
    const criterionId = criteria[n % criteria.length]!;
    const level = ((Math.floor(n / criteria.length) + n) % 4) + 1;
    const note = `save ${n}`;
    const t = performance.now();
    const res = await save(criterionId, level, note, revision.get(criterionId) ?? 0);
    times.push(performance.now() - t);
    if (res.ok && res.revision !== undefined) {
      revision.set(criterionId, res.revision);
      last.set(criterionId, { level, note, acked: (last.get(criterionId)?.acked ?? 0) + 1 });
    } else errors.n++;
    if (THINK_MS > 0) await sleep(THINK_MS * (0.5 + Math.random()));
  }
}

async function runPhase(people: BenchInterviewer[], seconds: number, saveFor: (p: BenchInterviewer) => Parameters<typeof interviewer>[0], criteria: string[]) {
  const times: number[] = [];
  const errors = { n: 0 };
  const lasts = new Map<BenchInterviewer, Last>(people.map((p) => [p, new Map()]));
  const started = Date.now();
  const until = started + seconds * 1000;
  await Promise.all(people.map((p) => interviewer(saveFor(p), criteria, until, times, lasts.get(p)!, errors)));
  const elapsed = (Date.now() - started) / 1000;
  const sorted = times.sort((a, b) => a - b);
  return { count: times.length, errors: errors.n, throughput: times.length / elapsed, p50: pct(sorted, 50), p99: pct(sorted, 99), max: sorted.at(-1) ?? 0, lasts };
}

/** Final state versus what each interviewer last sent: value equal and revision = acknowledged saves. */
async function verify(client: pg.Client, lasts: Map<BenchInterviewer, Last>, cardOf: (p: BenchInterviewer) => string) {
  let checked = 0;
  let wrong = 0;
  for (const [p, last] of lasts) {
    const { rows } = await client.query<{ criterion_id: string; level: number; note: string; revision: number }>("select criterion_id, level, note, revision from ratings where scorecard_id = $1", [cardOf(p)]);
    const byId = new Map(rows.map((r) => [r.criterion_id, r]));
    for (const [criterionId, want] of last) {
      checked++;
      const got = byId.get(criterionId);
      if (!got || got.level !== want.level || got.note !== want.note || got.revision !== want.acked) wrong++;
    }
  }
  return { checked, wrong };
}

async function main() {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-bench-"));
  fs.chmodSync(tempDir, 0o755);
  console.log(`[1/6] Starting an embedded PostgreSQL in ${tempDir}`);
  embedded = await startEmbeddedPostgres({ dataDir: tempDir });
  const url = await createDatabase(embedded.url, "quorum_bench");
  console.log("[2/6] Migrating, importing the matrices, seeding 50 interviewers");
  await migrateDeploy(url, { quiet: true });
  Object.assign(process.env, { DATABASE_URL: url });
  const { bootstrapData } = await import("./lib/bootstrap.ts");
  await bootstrapData({ demo: false });
  const { interviewers, criteria } = await seedBench(url, INTERVIEWERS);

  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "bench-only-secret-not-used-anywhere-else-0123456789", QUORUM_DEMO: "0", NEXTAUTH_URL: `http://localhost:${port}` };
  console.log(`[3/6] ${buildIsStale() ? "Building the app (the build is stale)" : "The build is current"}; starting the production server`);
  if (buildIsStale() && !buildApp(env)) throw new Error("next build failed");
  // BENCH_CPU_PROF_DIR=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profileDir = process.env.BENCH_CPU_PROF_DIR;
  server = startNextServer({ port, env, quiet: true, nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : [] });
  const base = `http://localhost:${port}`;
  if (!(await waitForHealth(base, 60_000))) throw new Error("the server did not become healthy");

  console.log("[4/6] Signing the 50 interviewers in");
  const cookies = new Map<BenchInterviewer, string>();
  for (let i = 0; i < interviewers.length; i += 5) {
    await Promise.all(interviewers.slice(i, i + 5).map(async (p) => cookies.set(p, await signIn(base, p.email))));
  }
  const httpSave = (p: BenchInterviewer) => async (criterionId: string, level: number, note: string, baseRevision: number) => {
    const res = await request(`${base}/api/scorecards/${p.scorecardId}/ratings`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: cookies.get(p)! },
      body: JSON.stringify({ opId: crypto.randomUUID(), criterionId, level, noEvidence: false, note, baseRevision }),
    });
    return res.status === 200 ? { ok: true, revision: (JSON.parse(res.body) as { revision: number }).revision } : { ok: false };
  };
  // Warm-up (JIT, pool, definition cache) on the raw-only scorecards' criteria would skew the final check: use a
  // short HTTP pass whose writes the main phase then continues from (revisions are tracked from the server).
  await runPhase(interviewers, 2, httpSave, criteria);
  // The floor: one interviewer alone, no pause, so the figures below can be read against an idle server.
  const alone = await runPhase(interviewers.slice(0, 1), 3, httpSave, criteria);
  const check = new pg.Client({ connectionString: url });
  await check.connect();
  await check.query("delete from ratings");

  console.log(`[5/6] ${INTERVIEWERS} interviewers saving through HTTP for ${SECONDS} s (think time ${THINK_MS} ms)`);
  const app = await runPhase(interviewers, SECONDS, httpSave, criteria);

  console.log(`[6/6] The same upsert through pg directly for ${RAW_SECONDS} s (50 workers, pool of 10, same think time)`);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const rawSave = (p: BenchInterviewer) => async (criterionId: string, level: number, note: string, baseRevision: number) => {
    const { rows } = await pool.query<{ revision: number }>(
      `INSERT INTO ratings (id, scorecard_id, criterion_id, level, no_evidence, note, revision, last_op_id, updated_at)
       SELECT gen_random_uuid(), s.id, $2, $3::smallint, false, $4, 1, $5::uuid, now() FROM scorecards s
        WHERE s.id = $1::uuid AND s.interviewer_id = $6::uuid AND s.status = 'draft'
          AND ($7::int = 0 OR EXISTS (SELECT 1 FROM ratings r WHERE r.scorecard_id = s.id AND r.criterion_id = $2)) FOR SHARE
       ON CONFLICT (scorecard_id, criterion_id) DO UPDATE
          SET level = EXCLUDED.level, no_evidence = EXCLUDED.no_evidence, note = EXCLUDED.note, revision = ratings.revision + 1,
              last_op_id = EXCLUDED.last_op_id, updated_at = EXCLUDED.updated_at
        WHERE ratings.revision = $7::int AND ratings.last_op_id IS DISTINCT FROM EXCLUDED.last_op_id RETURNING revision`,
      [p.rawScorecardId, criterionId, level, note, crypto.randomUUID(), p.userId, baseRevision],
    );
    return rows[0] ? { ok: true, revision: rows[0].revision } : { ok: false };
  };
  const raw = await runPhase(interviewers, RAW_SECONDS, rawSave, criteria);
  await pool.end();

  const appCheck = await verify(check, app.lasts, (p) => p.scorecardId);
  const rawCheck = await verify(check, raw.lasts, (p) => p.rawScorecardId);
  await check.end();

  const ratio = app.p99 / raw.p99;
  const met = app.p99 < GOAL_P99_MS && ratio < GOAL_RATIO && appCheck.wrong === 0 && app.errors === 0;
  console.log(`\nHTTP autosave: ${app.count} saves, ${round(app.throughput)} saves/s, p50 ${round(app.p50)} ms, p99 ${round(app.p99)} ms, max ${round(app.max)} ms, errors ${app.errors}`);
  console.log(`HTTP, one interviewer alone: p50 ${round(alone.p50)} ms, p99 ${round(alone.p99)} ms (${alone.count} saves)`);
  console.log(`raw pg upsert: ${raw.count} upserts, ${round(raw.throughput)} /s, p50 ${round(raw.p50)} ms, p99 ${round(raw.p99)} ms, errors ${raw.errors}`);
  console.log(`p99 ratio HTTP / raw: x${round(ratio)} (goal < ${GOAL_RATIO}); p99 goal < ${GOAL_P99_MS} ms: ${app.p99 < GOAL_P99_MS ? "met" : "NOT met"}`);
  console.log(`final state: ${appCheck.checked - appCheck.wrong} of ${appCheck.checked} criteria hold the last value sent with revision = acknowledged saves (lost or reordered: ${appCheck.wrong}); raw: ${rawCheck.wrong} wrong of ${rawCheck.checked}`);
  console.log(
    JSON.stringify({
      bench: "autosave", interviewers: INTERVIEWERS, seconds: SECONDS, thinkMs: THINK_MS,
      saves: app.count, throughputPerS: round(app.throughput), p50Ms: round(app.p50), p99Ms: round(app.p99), maxMs: round(app.max), errors: app.errors,
      aloneP50Ms: round(alone.p50), aloneP99Ms: round(alone.p99), rawP50Ms: round(raw.p50), rawP99Ms: round(raw.p99), rawThroughputPerS: round(raw.throughput), rawConcurrency: `${INTERVIEWERS} workers, pool 10`,
      ratioP99: round(ratio), checked: appCheck.checked, lostOrReordered: appCheck.wrong, goalP99Ms: GOAL_P99_MS, goalRatio: GOAL_RATIO, met,
    }),
  );
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().then(() => process.exit(130)));

main()
  .then(cleanup, async (error: unknown) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
