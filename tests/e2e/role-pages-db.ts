// The ids the page list of tests/e2e/role-pages.ts needs, read from the e2e database (DATABASE_URL, scripts/test.ts).
import pg from "pg";

let pool: pg.Pool | undefined;
const db = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }));

export async function closeRolePagesDb() {
  await pool?.end();
  pool = undefined;
}

const one = async (sql: string) => Object.values((await db().query<Record<string, string>>(sql)).rows[0] ?? {})[0];
const SCORED = `exists (select 1 from scorecards s join interviews j on j.id = s.interview_id where j.candidate_id = c.id and j.position_id = p.id and s.status = 'submitted')`;
const DEMO = `positions p join position_managers m on m.position_id = p.id join users u on u.id = m.user_id and u.email = 'manager@example.com'`;

/**
 * The demo position's own candidates with and without a submitted scorecard (for the drilldown and compare pages).
 * By name: other specs add candidates to the demo position (and merge or anonymise some), which must not decide
 * which pages this list visits.
 */
const DEMO_NAMES = ["Jonas Becker", "Lena Okafor", "Mei Tanaka", "Priya Raman", "Tomás Ortega"];
export async function demoCandidates() {
  const of = async (scored: boolean) => (await db().query<{ id: string }>(
    `select distinct c.id, c.name from ${DEMO} join interviews i on i.position_id = p.id join candidates c on c.id = i.candidate_id
      where c.merged_into_id is null and c.anonymized_at is null and c.name = any($1) and ${scored ? "" : "not "}${SCORED} order by c.name`,
    [DEMO_NAMES],
  )).rows.map((r) => r.id);
  return { scored: await of(true), unscored: await of(false) };
}

/** The ids behind the admin's detail pages: a person, two live candidates, an interview of the demo position. */
export async function adminIds() {
  return {
    personId: (await one("select id from users where email = 'alice@example.com'"))!,
    interviewId: (await one(`select i.id from ${DEMO} join interviews i on i.position_id = p.id order by i.scheduled_at limit 1`))!,
    candidates: (await db().query<{ id: string }>("select id from candidates where merged_into_id is null order by name limit 2")).rows.map((r) => r.id),
  };
}
