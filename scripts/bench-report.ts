/**
 * How long the position report takes: `npm run bench:report [iterations]`.
 *
 * Owns everything it uses: an embedded PostgreSQL in a temp folder, the migrations, the shipped matrices, and
 * three generated positions of N = 50, 200 and 800 candidates x 4 submitted scorecards x 24 criteria. For each N,
 * alternately (so machine load hits all alike), it times:
 *   - http:    GET /reports/<id> on a production build (`next start`), signed in as an admin, body fully read:
 *              authorization, queries, assembly and server rendering of the whole page;
 *   - inproc:  lib/report/data.ts getReportInput + assembleReport in this process (queries + assembly, no render);
 *   - raw:     one SQL aggregate over the same rows (avg level per candidate and criterion) on a plain pg client.
 * Prints medians and ratios, and ends with ONE JSON line. Goal at 200 candidates: http under 300 ms and under 3x raw.
 */
import pg from "pg";
import { median, runBench, startBenchDatabase, startBenchServer } from "./lib/bench-stack.ts";
import { createInterviewers, createPosition } from "./lib/bench-report-data.ts";

const SIZES = [50, 200, 800];
const GOAL_MS = 300;
const GOAL_RATIO = 3;
const WARM_UP = 3;
const iterations = Math.max(5, Number.parseInt(process.argv[2] ?? "", 10) || 15);
const PASSWORD = "bench-password-not-secret";
const SECRET = "bench-only-secret-not-used-anywhere-else-0123456789";

const round = (ms: number) => Math.round(ms * 10) / 10;

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

async function main() {
  const url = await startBenchDatabase("report");

  const { importShippedRubrics } = await import("@/lib/rubric/shipped");
  await importShippedRubrics();
  const { hashPassword } = await import("@/lib/auth/password");
  const { db } = await import("@/lib/db");
  const { parseStoredDefinition } = await import("@/lib/rubric/data");
  const { getReportInput } = await import("@/lib/report/data");
  const { assembleReport } = await import("@/lib/report/assemble");

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

  const baseUrl = await startBenchServer({ ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: SECRET, QUORUM_DEMO: "0" });
  const cookie = await signIn(baseUrl, admin.email);
  const user = { id: admin.id, email: admin.email, name: admin.name, roles: admin.roles };

  const results = [];
  for (const p of positions) {
    const http = async () => {
      const res = await fetch(`${baseUrl}/reports/${p.positionId}`, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200 || !body.includes("Candidate 0001")) throw new Error(`report answered ${res.status}`);
    };
    const inproc = async () => {
      const input = await getReportInput(user, p.positionId);
      if (!input.ok) throw new Error("the admin must read the report");
      assembleReport(input.value);
    };
    const raw = () =>
      client.query(
        `select i.candidate_id, r.criterion_id, avg(r.level) from ratings r join scorecards s on s.id = r.scorecard_id
         join interviews i on i.id = s.interview_id where i.position_id = $1 and s.status = 'submitted' group by 1, 2`,
        [p.positionId],
      );
    const t = { http: [] as number[], inproc: [] as number[], raw: [] as number[] };
    for (let i = 0; i < WARM_UP + iterations; i++) {
      const a = await time(http);
      const b = await time(inproc);
      const c = await time(raw);
      if (i < WARM_UP) continue;
      t.http.push(a);
      t.inproc.push(b);
      t.raw.push(c);
    }
    const r = { candidates: p.n, ratings: p.ratings, httpMs: round(median(t.http)), inprocMs: round(median(t.inproc)), rawMs: round(median(t.raw)) };
    const row = { ...r, httpRatio: Math.round((r.httpMs / r.rawMs) * 10) / 10, inprocRatio: Math.round((r.inprocMs / r.rawMs) * 10) / 10 };
    results.push(row);
    console.log(
      `${String(p.n).padStart(4)} candidates (${p.ratings} ratings): http median ${row.httpMs} ms, in-process data+assembly ${row.inprocMs} ms, raw aggregate ${row.rawMs} ms; http/raw x${row.httpRatio}, inproc/raw x${row.inprocRatio}`,
    );
  }
  await client.end();
  const at200 = results.find((r) => r.candidates === 200)!;
  const met = at200.httpMs < GOAL_MS && at200.httpRatio < GOAL_RATIO;
  console.log(`goal at 200 candidates: http < ${GOAL_MS} ms (${at200.httpMs < GOAL_MS ? "met" : "NOT met"}) and < ${GOAL_RATIO}x raw (${at200.httpRatio < GOAL_RATIO ? "met" : "NOT met"}); ${iterations} iterations after ${WARM_UP} warm-up`);
  console.log(JSON.stringify({ bench: "report", iterations, results, goalMs: GOAL_MS, goalRatio: GOAL_RATIO, met }));
}

runBench(main);
