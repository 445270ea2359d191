// Database steps of the time-zone test: a fresh interviewer (the demo password, so the sign-in page works) with one
// interview at a chosen instant, so the test owns the person whose profile it changes. DATABASE_URL: the e2e database.
import { randomUUID } from "node:crypto";
import pg from "pg";

let pool: pg.Pool | undefined;
const db = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }));

export async function closeTimeZonesDb() {
  await pool?.end();
  pool = undefined;
}

/** A new interviewer with the demo password and one interview of a new candidate at `scheduledAt`. */
export async function interviewerWithInterviewAt(scheduledAt: Date) {
  const run = randomUUID().slice(0, 8);
  const email = `tz-${run}@example.com`;
  const candidate = `Zoe Zone ${run}`;
  await db().query(
    `insert into users (id, email, name, roles, password_hash, updated_at)
     select gen_random_uuid(), $1, $2, '{interviewer}', password_hash, now() from users where email = 'alice@example.com'`,
    [email, `Tz Tester ${run}`],
  );
  const { rows: [c] } = await db().query<{ id: string }>("insert into candidates (id, name, updated_at) values (gen_random_uuid(), $1, now()) returning id", [candidate]);
  const { rows: [interview] } = await db().query<{ id: string }>(
    `insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at)
     select gen_random_uuid(), $1, p.id, v.id, 'production-incidents', $2, now()
       from positions p, rubric_versions v where v.rubric_id = 'senior-postgresql-engineer'
      order by v.version desc limit 1 returning id`,
    [c!.id, scheduledAt],
  );
  await db().query(
    `with assigned as (insert into interview_assignments (interview_id, interviewer_id) select $1, id from users where email = $2 returning interview_id, interviewer_id)
     insert into scorecards (id, interview_id, interviewer_id, updated_at) select gen_random_uuid(), interview_id, interviewer_id, now() from assigned`,
    [interview!.id, email],
  );
  return { email, candidate };
}

export async function savedTimeZone(email: string) {
  const { rows } = await db().query<{ time_zone: string | null }>("select time_zone from users where email = $1", [email]);
  return rows[0]?.time_zone;
}

/** A new person added at `createdAt` (for a date shown alone, "added 3 Mar 2026"); their id. */
export async function personAddedAt(createdAt: Date) {
  const run = randomUUID().slice(0, 8);
  const { rows: [u] } = await db().query<{ id: string }>(
    "insert into users (id, email, name, roles, created_at, updated_at) values (gen_random_uuid(), $1, $2, '{interviewer}', $3, now()) returning id",
    [`tz-added-${run}@example.com`, `Added Late ${run}`, createdAt],
  );
  return u!.id;
}
