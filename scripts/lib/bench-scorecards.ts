// Setup for the autosave benchmark: N interviewers, each with their own draft scorecard (and a second set of
// scorecards that only the raw-pg baseline writes to), and signing each one in through the real credentials flow.
import http from "node:http";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { criteriaOfStage, RubricDefinitionSchema } from "@/lib/rubric/schema";

export const BENCH_PASSWORD = "bench-password-not-secret";
const STAGE = "production-incidents";

export type BenchInterviewer = { email: string; userId: string; scorecardId: string; rawScorecardId: string };

export async function seedBench(url: string, count: number): Promise<{ interviewers: BenchInterviewer[]; criteria: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [version] } = await client.query<{ id: string; definition: unknown }>("select id, definition from rubric_versions where rubric_id = 'senior-postgresql-engineer' order by version desc limit 1");
    if (!version) throw new Error("the senior matrix is not imported");
    const criteria = criteriaOfStage(RubricDefinitionSchema.parse(version.definition), STAGE).map((r) => r.criterion.id);
    const hash = await hashPassword(BENCH_PASSWORD); // one bcrypt hash for all: seeding should not take minutes
    await client.query("begin");
    const { rows: [position] } = await client.query<{ id: string }>("insert into positions (id, title, updated_at) values (gen_random_uuid(), 'Bench', now()) returning id");
    const interviewers: BenchInterviewer[] = [];
    for (let i = 0; i < count; i++) {
      const email = `bench-${i}@example.com`;
      const { rows: [user] } = await client.query<{ id: string }>(
        "insert into users (id, email, name, roles, password_hash, updated_at) values (gen_random_uuid(), $1, $2, '{interviewer}', $3, now()) returning id",
        [email, `Bench ${i}`, hash],
      );
      const card = async () => {
        const { rows: [candidate] } = await client.query<{ id: string }>("insert into candidates (id, name, updated_at) values (gen_random_uuid(), 'Bench candidate', now()) returning id");
        const { rows: [interview] } = await client.query<{ id: string }>(
          "insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at) values (gen_random_uuid(), $1, $2, $3, $4, now(), now()) returning id",
          [candidate!.id, position!.id, version.id, STAGE],
        );
        await client.query("insert into interview_assignments (interview_id, interviewer_id) values ($1, $2)", [interview!.id, user!.id]);
        const { rows: [sc] } = await client.query<{ id: string }>("insert into scorecards (id, interview_id, interviewer_id, updated_at) values (gen_random_uuid(), $1, $2, now()) returning id", [interview!.id, user!.id]);
        return sc!.id;
      };
      interviewers.push({ email, userId: user!.id, scorecardId: await card(), rawScorecardId: await card() });
    }
    await client.query("commit");
    return { interviewers, criteria };
  } finally {
    await client.end();
  }
}

export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** A bare HTTP request on a keep-alive agent: lighter than fetch, so the load generator steals less CPU. */
export function request(url: string, opts: { method: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method, headers: opts.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("error", reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const cookiesOf = (headers: http.IncomingHttpHeaders) => (headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!);

/** Sign in like a browser (csrf token + credentials callback) and return the Cookie header of the session. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await request(`${baseUrl}/api/auth/csrf`, { method: "GET" });
  const jar = cookiesOf(csrf.headers);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, json: "true" }).toString();
  const res = await request(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: form,
  });
  const session = cookiesOf(res.headers).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed (HTTP ${res.status})`);
  return session;
}
