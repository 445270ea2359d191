/**
 * How long the position report takes: `npm run bench:report [iterations]`.
 *
 * Owns everything it uses: an embedded PostgreSQL in a temp folder, the migrations, the shipped matrices, and
 * three generated positions of N = 50, 200 and 800 candidates x 4 submitted scorecards x 24 criteria. For each N,
 * alternately (so machine load hits all alike), it times:
 *   - http:    GET /reports/<id> on a production build (`next start`), signed in as an admin, body fully read:
 *              authorization, queries, assembly and server rendering of the whole page;
 *   - inproc:  the same report read in this process (queries + assembly, no render), and apart: data (the queries)
 *              and assembly (lib/report/assemble.ts) of a fresh read;
 *   - raw:     one SQL aggregate over the same rows (avg level per candidate and criterion) on a plain pg client.
 * Each is timed WARM (nothing changed since the last view) and COLD (right before the sample, one scorecard of the
 * position is reopened, one of its levels changed and the card submitted again, through lib/scorecard/mutations.ts,
 * so the figures really change). `httpMs`/`inprocMs` are the warm figures (what the bench measured before it told
 * the two apart). Prints medians and ratios, and ends with ONE JSON line. Goals at 200 candidates: http under
 * 300 ms and under 3x raw; warm under 1.5x raw and cold under 3x raw; from 50 to 800 candidates (16x) the cold
 * view grows no worse than linearly. BENCH_CPU_PROF=<dir> profiles the server as `node --cpu-prof` would
 * (scripts/lib/cpu-profile.mjs; the .cpuprofile is written there when the bench stops the server).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { median, runBench, startBenchDatabase, startBenchServer } from "./lib/bench-stack.ts";
import { createInterviewers, createPosition } from "./lib/bench-report-data.ts";

const SIZES = [50, 200, 800];
const GOAL_MS = 300;
const GOAL_RATIO = 3;
const GOAL_WARM_RATIO = 1.5;
const GOAL_COLD_RATIO = 3;
const WARM_UP = 3;
const iterations = Math.max(5, Number.parseInt(process.argv[2] ?? "", 10) || 15);
const PASSWORD = "bench-password-not-secret";
const SECRET = "bench-only-secret-not-used-anywhere-else-0123456789";

const round = (ms: number) => Math.round(ms * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Sign in through next-auth's credentials endpoint, as a browser would; returns the Cookie header. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return cookie();
}

type Samples = Record<"warmHttp" | "warmInproc" | "raw" | "coldHttp" | "coldInproc" | "submit" | "store", number[]>;

/** One size's medians; `httpMs`, `inprocMs` and their ratios are the keys the bench printed before (warm views). */
function resultRow(p: { n: number; ratings: number }, t: Samples, phases: { data: number[]; assembly: number[] }) {
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, round(median(v))])) as Record<keyof Samples, number>;
  return {
    candidates: p.n,
    ratings: p.ratings,
    httpMs: m.warmHttp,
    inprocMs: m.warmInproc,
    rawMs: m.raw,
    httpRatio: ratio(m.warmHttp, m.raw),
    inprocRatio: ratio(m.warmInproc, m.raw),
    warmHttpMs: m.warmHttp,
    coldHttpMs: m.coldHttp,
    warmInprocMs: m.warmInproc,
    coldInprocMs: m.coldInproc,
    dataMs: round(median(phases.data)),
    assemblyMs: round(median(phases.assembly)),
    submitMs: m.submit,
    /** After a cold view's answer, until its snapshot was in the database. */
    storeMs: m.store,
    warmRatio: ratio(m.warmHttp, m.raw),
    coldRatio: ratio(m.coldHttp, m.raw),
  };
}

async function main() {
  const url = await startBenchDatabase("report");

  const { importShippedRubrics } = await import("@/lib/rubric/shipped");
  await importShippedRubrics();
  const { hashPassword } = await import("@/lib/auth/password");
  const { db } = await import("@/lib/db");
  const { parseStoredDefinition } = await import("@/lib/rubric/data");
  const { getReportInput } = await import("@/lib/report/data");
  const { assembleReport } = await import("@/lib/report/assemble");
  const { reopenScorecard, submitScorecard } = await import("@/lib/scorecard/mutations");
  const { getPositionReport } = await import("@/lib/report/data");
  const { storeReportSnapshot } = await import("@/lib/report/mutations");
  // The in-process read the report page makes (lib/report/loaders.ts): the snapshot, or a fresh report that is
  // then stored (awaited here, so a cold in-process sample includes the write the page leaves for after its answer).
  const readReport = async (viewer: Parameters<typeof getReportInput>[0], positionId: string) => {
    const read = await getPositionReport(viewer, positionId);
    if (read.ok && read.value.storeAs !== null) await storeReportSnapshot(positionId, read.value.storeAs, read.value.report);
    return read;
  };

  const admin = await db().user.create({ data: { email: "bench-admin@example.com", name: "Bench Admin", roles: ["admin"], passwordHash: await hashPassword(PASSWORD) } });
  const version = await db().rubricVersion.findFirstOrThrow({ where: { rubricId: "senior-postgresql-engineer" }, orderBy: { version: "desc" } });
  const definition = parseStoredDefinition(version.definition);
  const criteria = definition.competencies.flatMap((c) => c.criteria.map((k) => k.id));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const interviewers = await createInterviewers(client);
  const positions: { n: number; positionId: string; ratings: number }[] = [];
  for (const n of SIZES) {
    const started = performance.now();
    const created = await createPosition(client, { candidates: n, rubricId: version.rubricId, versionId: version.id, stageId: definition.interviewPlan[0]!.id, criteria, interviewers });
    positions.push({ n, ...created });
    console.log(`generated ${n} candidates: ${created.ratings} ratings in ${Math.round(performance.now() - started)} ms`);
  }

  const serverEnv = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: SECRET, QUORUM_DEMO: "0" };
  const profileDir = process.env.BENCH_CPU_PROF;
  // Node refuses --cpu-prof in NODE_OPTIONS: a preloaded module starts the same sampling profiler instead.
  const profile = { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.resolve("scripts/lib/cpu-profile.mjs")).href}`.trim(), CPU_PROF_DIR: path.resolve(profileDir ?? ".") };
  const baseUrl = await startBenchServer(serverEnv, profileDir ? profile : {});
  const cookie = await signIn(baseUrl, admin.email);
  const user = { id: admin.id, email: admin.email, name: admin.name, roles: admin.roles };

  const results: (ReturnType<typeof resultRow> & { pageKB: number })[] = [];
  for (const p of positions) {
    let pageBytes = 0;
    const http = async () => {
      const res = await fetch(`${baseUrl}/reports/${p.positionId}`, { headers: { cookie } });
      const body = await res.text();
      pageBytes = Buffer.byteLength(body);
      if (res.status !== 200 || !body.includes("Candidate 0001")) throw new Error(`report answered ${res.status}`);
    };
    const inproc = async () => {
      const report = await readReport(user, p.positionId);
      if (!report.ok) throw new Error("the admin must read the report");
    };
    const phases = { data: [] as number[], assembly: [] as number[] };
    const fresh = async () => {
      const started = performance.now();
      const input = await getReportInput(user, p.positionId);
      if (!input.ok) throw new Error("the admin must read the report");
      const read = performance.now();
      assembleReport(input.value);
      phases.data.push(read - started);
      phases.assembly.push(performance.now() - read);
    };
    const raw = () =>
      client.query(
        `select i.candidate_id, r.criterion_id, avg(r.level) from ratings r join scorecards s on s.id = r.scorecard_id
         join interviews i on i.id = s.interview_id where i.position_id = $1 and s.status = 'submitted' group by 1, 2`,
        [p.positionId],
      );
    // The cards a submit goes through, in turn: each cold sample changes one level of the next one.
    const { rows: cards } = await client.query<{ id: string; interviewerId: string }>(
      `select s.id, s.interviewer_id as "interviewerId" from scorecards s join interviews i on i.id = s.interview_id where i.position_id = $1 order by s.id`,
      [p.positionId],
    );
    let turn = 0;
    const change = async () => {
      const card = cards[turn++ % cards.length]!;
      const reopened = await reopenScorecard(admin.id, card.id, "bench: a cold report view");
      if (!reopened.ok) throw new Error(`reopen failed: ${reopened.reason}`);
      await client.query(
        `update ratings set level = case when level = 4 then 3 else level + 1 end
         where id = (select id from ratings where scorecard_id = $1 and level is not null order by criterion_id limit 1)`,
        [card.id],
      );
      const submitted = await submitScorecard(card.interviewerId, card.id);
      if (!submitted.ok) throw new Error(`submit failed: ${submitted.reason}`);
    };
    // The page stores a fresh report once its answer has gone out (next/server after()): a warm view is one that
    // finds it, so wait for the snapshot of the current generation (how long it took is reported as storeMs).
    const snapshotStored = async () => {
      const started = performance.now();
      for (;;) {
        const { rows } = await client.query(
          `select 1 from report_snapshots s where s.position_id = $1 and s.generation = (select sum(generation) from report_generations g where g.position_id = s.position_id)`,
          [p.positionId],
        );
        if (rows.length > 0) return performance.now() - started;
        if (performance.now() - started > 30_000) throw new Error("the report page stored no snapshot");
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    const t: Samples = { warmHttp: [], warmInproc: [], raw: [], coldHttp: [], coldInproc: [], submit: [], store: [] };
    for (let i = 0; i < WARM_UP + iterations; i++) {
      // Cold: a submit right before; warm: the same view again, nothing changed since.
      const s = await time(change);
      const d = await time(http);
      const w = await snapshotStored();
      const a = await time(http);
      await change();
      const e = await time(inproc);
      const b = await time(inproc);
      const c = await time(raw);
      await fresh();
      if (i < WARM_UP) {
        phases.data.length = phases.assembly.length = 0;
        continue;
      }
      t.warmHttp.push(a);
      t.warmInproc.push(b);
      t.raw.push(c);
      t.submit.push(s);
      t.coldHttp.push(d);
      t.coldInproc.push(e);
      t.store.push(w);
    }
    // The page's HTML, decompressed (its inline RSC payload included): what rendering and transfer are about.
    const row = { ...resultRow(p, t, phases), pageKB: round(pageBytes / 1024) };
    results.push(row);
    console.log(
      `${String(p.n).padStart(4)} candidates (${p.ratings} ratings): raw aggregate ${row.rawMs} ms; http warm ${row.warmHttpMs} ms (x${row.warmRatio}), cold ${row.coldHttpMs} ms (x${row.coldRatio}); in process warm ${row.warmInprocMs} ms, cold ${row.coldInprocMs} ms (fresh read: data ${row.dataMs} ms + assembly ${row.assemblyMs} ms); reopen+resubmit ${row.submitMs} ms; snapshot stored ${row.storeMs} ms after the cold answer; page ${row.pageKB} KB of HTML`,
    );
  }
  await client.end();
  const at = (n: number) => results.find((r) => r.candidates === n)!;
  const at200 = at(200);
  // Time at 800 over time at 50, against the 16x more candidates: <= 1 is linear or better.
  const growth = { warm: ratio(at(800).warmHttpMs, at(50).warmHttpMs), cold: ratio(at(800).coldHttpMs, at(50).coldHttpMs), linear: 800 / 50 };
  const goals = {
    httpUnder300: at200.httpMs < GOAL_MS,
    httpUnder3xRaw: at200.httpRatio < GOAL_RATIO,
    warmUnder1_5xRaw: at200.warmRatio < GOAL_WARM_RATIO,
    coldUnder3xRaw: at200.coldRatio < GOAL_COLD_RATIO,
    growthLinear: growth.cold <= growth.linear && growth.warm <= growth.linear,
  };
  const met = goals.httpUnder300 && goals.httpUnder3xRaw;
  const say = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log(`goal at 200 candidates: http < ${GOAL_MS} ms (${say(goals.httpUnder300)}) and < ${GOAL_RATIO}x raw (${say(goals.httpUnder3xRaw)}); ${iterations} iterations after ${WARM_UP} warm-up`);
  console.log(
    `goal at 200 candidates: warm < ${GOAL_WARM_RATIO}x raw (x${at200.warmRatio}: ${say(goals.warmUnder1_5xRaw)}), cold < ${GOAL_COLD_RATIO}x raw (x${at200.coldRatio}: ${say(goals.coldUnder3xRaw)}); 50 -> 800 candidates: warm x${growth.warm}, cold x${growth.cold} for x${growth.linear} the candidates (${say(goals.growthLinear)})`,
  );
  console.log(
    JSON.stringify({ bench: "report", iterations, results, goalMs: GOAL_MS, goalRatio: GOAL_RATIO, met, goalWarmRatio: GOAL_WARM_RATIO, goalColdRatio: GOAL_COLD_RATIO, growth, goals, metAll: Object.values(goals).every(Boolean) }),
  );
}

runBench(main);
