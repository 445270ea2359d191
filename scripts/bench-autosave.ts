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
 *
 * Then, on the same database and build (each phase starts from empty ratings and is verified the same way):
 *   - two app processes (two servers on their own ports, one PostgreSQL): each interviewer's saves alternate
 *     between them, so any state kept in one process would show as a lost, reordered or stale-accepted save;
 *   - the realistic tier: 200 interviewers saving every 1-3 s, its p99;
 *   - capacity: 200 interviewers with shorter and shorter pauses (offered 100 to 1,600 saves/s); the highest save
 *     rate whose p99 stays under 25 ms;
 *   - CPU per save (ms) over the main phase, from the kernel's user+system time (the counters process.cpuUsage
 *     reads): the server's processes, PostgreSQL's, and this load generator's; PostgreSQL's and the load
 *     generator's for the raw phase too.
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
import { groupCpuMs, treeCpuMs } from "./lib/process-cpu.ts";

const INTERVIEWERS = 50;
const REALISTIC = 200;
const TIER_SECONDS = Math.min(20, Math.max(5, SECONDS_ARG()));
// Offered 100 to 1,600 saves/s, in steps of a quarter to a third near where this machine tops out.
const CAPACITY_PAUSES_MS = [2000, 1500, 1200, 1000, 800, 667, 500, 400, 333, 250, 167, 125];
const CAPACITY_SECONDS = 6;
function SECONDS_ARG() {
  return Math.max(1, Number(process.argv[2]) || 30);
}
const SECONDS = SECONDS_ARG();
const THINK_MS = Math.max(0, Number(process.argv[3] ?? 100));
const RAW_SECONDS = Math.min(SECONDS, 15);
const GOAL_P99_MS = 25;
const GOAL_RATIO = 5;

let embedded: EmbeddedPostgres | undefined;
let server: NextServer | undefined;
let second: NextServer | undefined;
let tempDir: string | undefined;

async function cleanup() {
  agent.destroy();
  await second?.stop().catch(() => undefined);
  await server?.stop().catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  server = second = embedded = tempDir = undefined;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 100) / 100;

type Last = Map<string, { level: number; note: string; acked: number }>;

/** One simulated interviewer: sequential saves, cycling criteria and levels, tracking revisions like the client. */
type Save = (criterionId: string, level: number, note: string, base: number) => Promise<{ ok: boolean; revision?: number }>;
/** The pause after a save, in ms. */
type Think = () => number;
// Jittered pauses (0.5x-1.5x): fixed pauses would keep the interviewers in lockstep, arriving as bursts.
const jittered = (ms: number): Think => () => ms * (0.5 + Math.random());

async function interviewer(save: Save, think: Think, criteria: string[], until: number, times: number[], last: Last, errors: { n: number }) {
  const revision = new Map<string, number>();
  // A random start, so the first saves do not all arrive at once.
  await sleep(Math.random() * think());
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
    const pause = think();
    if (pause > 0) await sleep(pause);
  }
}

async function runPhase(people: BenchInterviewer[], seconds: number, saveFor: (p: BenchInterviewer) => Save, criteria: string[], think: Think = jittered(THINK_MS)) {
  const times: number[] = [];
  const errors = { n: 0 };
  const lasts = new Map<BenchInterviewer, Last>(people.map((p) => [p, new Map()]));
  const started = Date.now();
  const until = started + seconds * 1000;
  await Promise.all(people.map((p) => interviewer(saveFor(p), think, criteria, until, times, lasts.get(p)!, errors)));
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

/**
 * CPU per save over a phase, split by who spent it: the app server's processes, PostgreSQL's (postmaster and
 * backends) and this process, which generates the load. All three share the machine's cores.
 */
function cpuMeter(serverGroup: number, postmaster: number) {
  const start = { server: groupCpuMs(serverGroup), database: treeCpuMs(postmaster), client: process.cpuUsage() };
  return {
    perSave(saves: number) {
      const client = process.cpuUsage(start.client);
      return {
        server: (groupCpuMs(serverGroup) - start.server) / saves,
        database: (treeCpuMs(postmaster) - start.database) / saves,
        client: (client.user + client.system) / 1000 / saves,
      };
    },
  };
}

const STEPS = 9;
const step = (n: number, text: string) => console.log(`[${n}/${STEPS}] ${text}`);

async function main() {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-bench-"));
  fs.chmodSync(tempDir, 0o755);
  step(1, `Starting an embedded PostgreSQL in ${tempDir}`);
  embedded = await startEmbeddedPostgres({ dataDir: tempDir });
  const url = await createDatabase(embedded.url, "quorum_bench");
  step(2, `Migrating, importing the matrices, seeding ${REALISTIC} interviewers`);
  await migrateDeploy(url, { quiet: true });
  Object.assign(process.env, { DATABASE_URL: url });
  const { bootstrapData } = await import("./lib/bootstrap.ts");
  await bootstrapData({ demo: false });
  const { interviewers: everyone, criteria } = await seedBench(url, REALISTIC);
  const interviewers = everyone.slice(0, INTERVIEWERS);

  const [port, port2] = [await freePort(), await freePort()];
  // No NEXTAUTH_URL: each server takes its origin from the Host header, so one session works on both.
  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "bench-only-secret-not-used-anywhere-else-0123456789", QUORUM_DEMO: "0" };
  step(3, `${buildIsStale() ? "Building the app (the build is stale)" : "The build is current"}; starting two production servers`);
  if (buildIsStale() && !buildApp(env)) throw new Error("next build failed");
  // BENCH_CPU_PROF_DIR=<dir>: the first server writes a V8 CPU profile there when it stops (scripts/profile-summary.ts).
  const profileDir = process.env.BENCH_CPU_PROF_DIR;
  server = startNextServer({ port, env, quiet: true, nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : [] });
  second = startNextServer({ port: port2, env, quiet: true });
  const bases = [`http://localhost:${port}`, `http://localhost:${port2}`] as const;
  for (const base of bases) if (!(await waitForHealth(base, 90_000))) throw new Error("a server did not become healthy");

  step(4, `Signing the ${REALISTIC} interviewers in`);
  const cookies = new Map<BenchInterviewer, string>();
  for (let i = 0; i < everyone.length; i += 5) {
    await Promise.all(everyone.slice(i, i + 5).map(async (p) => cookies.set(p, await signIn(bases[0], p.email))));
  }
  /** Saves through HTTP; `spread` alternates each interviewer's saves between the two servers. */
  const httpSave = (spread: boolean) => (p: BenchInterviewer) => {
    let n = 0;
    return async (criterionId: string, level: number, note: string, baseRevision: number) => {
      const base = bases[spread ? n++ % 2 : 0];
      const res = await request(`${base}/api/scorecards/${p.scorecardId}/ratings`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: cookies.get(p)! },
        body: JSON.stringify({ opId: crypto.randomUUID(), criterionId, level, noEvidence: false, note, baseRevision }),
      });
      return res.status === 200 ? { ok: true, revision: (JSON.parse(res.body) as { revision: number }).revision } : { ok: false };
    };
  };
  const check = new pg.Client({ connectionString: url });
  await check.connect();
  const fresh = () => check.query("delete from ratings");
  // Warm-up (JIT, pool, definition cache) of both servers.
  await runPhase(interviewers, 3, httpSave(true), criteria);
  // The floor: one interviewer alone, with the same pauses, so the figures below can be read against an idle server.
  const alone = await runPhase(interviewers.slice(0, 1), 3, httpSave(false), criteria);
  await fresh();

  step(5, `${INTERVIEWERS} interviewers saving through HTTP for ${SECONDS} s (think time ${THINK_MS} ms), one app process`);
  const cpu = cpuMeter(server.child.pid!, embedded.pid);
  const app = await runPhase(interviewers, SECONDS, httpSave(false), criteria);
  const appCpu = cpu.perSave(app.count);
  const appCheck = await verify(check, app.lasts, (p) => p.scorecardId);

  step(6, `The same upsert through pg directly for ${RAW_SECONDS} s (50 workers, pool of 10, same think time)`);
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
  const rawMeter = cpuMeter(server.child.pid!, embedded.pid);
  const raw = await runPhase(interviewers, RAW_SECONDS, rawSave, criteria);
  const rawCpu = rawMeter.perSave(raw.count);
  await pool.end();
  const rawCheck = await verify(check, raw.lasts, (p) => p.rawScorecardId);

  step(7, `${INTERVIEWERS} interviewers for ${TIER_SECONDS} s, each one's saves alternating between two app processes`);
  await fresh();
  const two = await runPhase(interviewers, TIER_SECONDS, httpSave(true), criteria);
  const twoCheck = await verify(check, two.lasts, (p) => p.scorecardId);

  step(8, `The realistic tier: ${REALISTIC} interviewers saving every 1-3 s for ${TIER_SECONDS} s`);
  await fresh();
  const realistic = await runPhase(everyone, TIER_SECONDS, httpSave(false), criteria, () => 1000 + 2000 * Math.random());
  const realisticCheck = await verify(check, realistic.lasts, (p) => p.scorecardId);

  step(9, `Capacity: ${REALISTIC} interviewers with shorter pauses, ${CAPACITY_SECONDS} s per step, until p99 passes ${GOAL_P99_MS} ms`);
  const steps: { offeredPerS: number; savesPerS: number; p99Ms: number }[] = [];
  let capacityChecked = 0;
  let capacityWrong = 0;
  for (const pause of CAPACITY_PAUSES_MS) {
    await fresh();
    const r = await runPhase(everyone, CAPACITY_SECONDS, httpSave(false), criteria, jittered(pause));
    const c = await verify(check, r.lasts, (p) => p.scorecardId);
    capacityChecked += c.checked;
    capacityWrong += c.wrong;
    steps.push({ offeredPerS: Math.round((REALISTIC * 1000) / pause), savesPerS: round(r.throughput), p99Ms: round(r.p99) });
    console.log(`      offered ${steps.at(-1)!.offeredPerS}/s: ${round(r.throughput)} saves/s, p99 ${round(r.p99)} ms, errors ${r.errors}`);
    if (r.p99 >= GOAL_P99_MS || r.errors > 0) break;
  }
  const capacity = Math.max(0, ...steps.filter((x) => x.p99Ms < GOAL_P99_MS).map((x) => x.savesPerS));
  await check.end();

  const ratio = app.p99 / raw.p99;
  const lost = appCheck.wrong + twoCheck.wrong + realisticCheck.wrong + capacityWrong;
  const met = app.p99 < GOAL_P99_MS && ratio < GOAL_RATIO && lost === 0 && app.errors === 0 && two.errors === 0;
  console.log(`\nHTTP autosave: ${app.count} saves, ${round(app.throughput)} saves/s, p50 ${round(app.p50)} ms, p99 ${round(app.p99)} ms, max ${round(app.max)} ms, errors ${app.errors}`);
  console.log(`HTTP, one interviewer alone: p50 ${round(alone.p50)} ms, p99 ${round(alone.p99)} ms (${alone.count} saves)`);
  console.log(`raw pg upsert: ${raw.count} upserts, ${round(raw.throughput)} /s, p50 ${round(raw.p50)} ms, p99 ${round(raw.p99)} ms, errors ${raw.errors}`);
  console.log(`p99 ratio HTTP / raw: x${round(ratio)} (goal < ${GOAL_RATIO}); p99 goal < ${GOAL_P99_MS} ms: ${app.p99 < GOAL_P99_MS ? "met" : "NOT met"}`);
  console.log(`CPU per save, main phase: server ${round(appCpu.server)} ms, PostgreSQL ${round(appCpu.database)} ms, this load generator ${round(appCpu.client)} ms (raw phase: PostgreSQL ${round(rawCpu.database)} ms, load generator ${round(rawCpu.client)} ms)`);
  console.log(`two processes, saves alternating: ${two.count} saves, ${round(two.throughput)} saves/s, p50 ${round(two.p50)} ms, p99 ${round(two.p99)} ms, errors ${two.errors}`);
  console.log(`realistic (${REALISTIC} interviewers, every 1-3 s): ${realistic.count} saves, ${round(realistic.throughput)} saves/s, p50 ${round(realistic.p50)} ms, p99 ${round(realistic.p99)} ms, errors ${realistic.errors}`);
  console.log(`capacity (highest save rate with p99 < ${GOAL_P99_MS} ms, one process): ${capacity} saves/s`);
  console.log(`final state: ${appCheck.checked - appCheck.wrong} of ${appCheck.checked} criteria hold the last value sent with revision = acknowledged saves (lost or reordered: ${appCheck.wrong}); raw: ${rawCheck.wrong} wrong of ${rawCheck.checked}; two processes: ${twoCheck.wrong} wrong of ${twoCheck.checked}; realistic: ${realisticCheck.wrong} of ${realisticCheck.checked}; capacity steps: ${capacityWrong} of ${capacityChecked}`);
  console.log(
    JSON.stringify({
      bench: "autosave", interviewers: INTERVIEWERS, seconds: SECONDS, thinkMs: THINK_MS,
      saves: app.count, throughputPerS: round(app.throughput), p50Ms: round(app.p50), p99Ms: round(app.p99), maxMs: round(app.max), errors: app.errors,
      aloneP50Ms: round(alone.p50), aloneP99Ms: round(alone.p99), rawP50Ms: round(raw.p50), rawP99Ms: round(raw.p99), rawThroughputPerS: round(raw.throughput), rawConcurrency: `${INTERVIEWERS} workers, pool 10`,
      ratioP99: round(ratio), checked: appCheck.checked, lostOrReordered: appCheck.wrong, goalP99Ms: GOAL_P99_MS, goalRatio: GOAL_RATIO, met,
      serverCpuMsPerSave: round(appCpu.server), databaseCpuMsPerSave: round(appCpu.database), clientCpuMsPerSave: round(appCpu.client),
      rawDatabaseCpuMsPerSave: round(rawCpu.database), rawClientCpuMsPerSave: round(rawCpu.client),
      twoProcesses: { saves: two.count, throughputPerS: round(two.throughput), p50Ms: round(two.p50), p99Ms: round(two.p99), errors: two.errors, checked: twoCheck.checked, lostOrReordered: twoCheck.wrong },
      realistic: { interviewers: REALISTIC, pauseMs: "1000-3000", saves: realistic.count, throughputPerS: round(realistic.throughput), p50Ms: round(realistic.p50), p99Ms: round(realistic.p99), errors: realistic.errors, lostOrReordered: realisticCheck.wrong },
      capacitySavesPerS: capacity, capacitySteps: steps, lostOrReorderedAllPhases: lost,
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
