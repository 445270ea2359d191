// Direct database access for the scoring tests: each test creates its own candidate and interview (the demo's are
// shared by the whole run), and reads what autosave wrote. DATABASE_URL is the e2e database (scripts/test.ts).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { criteriaOfStage, RubricDefinitionSchema } from "@/lib/rubric/schema";

export const STAGE = "production-incidents";
let pool: pg.Pool | undefined;
const db = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }));

export async function closeDb() {
  await pool?.end();
  pool = undefined;
}

/** A new candidate with one interview at STAGE, assigned to the given demo interviewers. */
export async function createInterview(interviewerEmails: string[]) {
  const name = `Candidate ${randomUUID().slice(0, 8)}`;
  const { rows: [candidate] } = await db().query<{ id: string }>("insert into candidates (id, name, updated_at) values (gen_random_uuid(), $1, now()) returning id", [name]);
  const { rows: [interview] } = await db().query<{ id: string; definition: unknown }>(
    `insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at)
     select gen_random_uuid(), $1, p.id, v.id, $2, now(), now()
       from positions p, rubric_versions v
      where v.rubric_id = 'senior-postgresql-engineer'
      order by v.version desc limit 1
     returning id, (select definition from rubric_versions where id = rubric_version_id)`,
    [candidate!.id, STAGE],
  );
  // As the app's assignInterviewer does: each assignment comes with its interviewer's draft scorecard.
  await db().query(
    `with assigned as (
       insert into interview_assignments (interview_id, interviewer_id) select $1, id from users where email = any($2) returning interview_id, interviewer_id)
     insert into scorecards (id, interview_id, interviewer_id, updated_at) select gen_random_uuid(), interview_id, interviewer_id, now() from assigned`,
    [interview!.id, interviewerEmails],
  );
  const definition = RubricDefinitionSchema.parse(interview!.definition);
  const criteria = criteriaOfStage(definition, STAGE).map((r) => ({ id: r.criterion.id, name: r.criterion.name }));
  return { interviewId: interview!.id, candidate: name, criteria };
}

export async function scorecardOf(interviewId: string, email: string) {
  const { rows } = await db().query<{ id: string; status: string; recommendation: string | null; summary: string }>(
    "select s.id, s.status::text, s.recommendation::text, s.summary from scorecards s join users u on u.id = s.interviewer_id where s.interview_id = $1 and u.email = $2",
    [interviewId, email],
  );
  return rows[0];
}

export async function ratingsOf(scorecardId: string) {
  const { rows } = await db().query<{ criterion_id: string; level: number | null; no_evidence: boolean; note: string }>(
    "select criterion_id, level, no_evidence, note from ratings where scorecard_id = $1 order by criterion_id",
    [scorecardId],
  );
  return Object.fromEntries(rows.map((r) => [r.criterion_id, { level: r.level, noEvidence: r.no_evidence, note: r.note }]));
}

export async function auditEvents(action: string, entityId: string) {
  const { rows } = await db().query<{ actor: string }>(
    "select u.email as actor from audit_events a join users u on u.id = a.actor_id where a.action = $1 and a.entity_id = $2",
    [action, entityId],
  );
  return rows.map((r) => r.actor);
}

/** A digest of every row a page view could write: equal before and after means nothing was written. */
export async function writableRowsDigest(): Promise<Record<string, string>> {
  const tables = ["scorecards", "ratings", "interview_assignments", "audit_events", "users", "interviews"];
  const digests = await Promise.all(
    tables.map(async (t) => {
      const { rows } = await db().query<{ digest: string | null; n: string }>(`select md5(string_agg(t::text, '|' order by t::text)) as digest, count(*) as n from ${t} t`);
      return [t, `${rows[0]!.n}:${rows[0]!.digest ?? ""}`] as const;
    }),
  );
  return Object.fromEntries(digests);
}

/** A position nobody manages, with one candidate interviewed for it (by Alice). */
export async function createForeignPosition() {
  const { rows: [position] } = await db().query<{ id: string }>("insert into positions (id, title, updated_at) values (gen_random_uuid(), 'Foreign position', now()) returning id");
  const { rows: [candidate] } = await db().query<{ id: string }>("insert into candidates (id, name, updated_at) values (gen_random_uuid(), 'Foreign candidate', now()) returning id");
  await db().query(
    `insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at)
     select gen_random_uuid(), $1, $2, v.id, $3, now(), now() from rubric_versions v where v.rubric_id = 'senior-postgresql-engineer' order by v.version desc limit 1`,
    [candidate!.id, position!.id, STAGE],
  );
  return { positionId: position!.id, candidateId: candidate!.id };
}

/** The demo position (the one the demo manager manages) and a candidate interviewed for it. */
export async function demoPosition() {
  const { rows: [row] } = await db().query<{ positionId: string; candidateId: string }>(
    `select p.id as "positionId", i.candidate_id as "candidateId" from positions p join position_managers m on m.position_id = p.id
       join users u on u.id = m.user_id and u.email = 'manager@example.com' join interviews i on i.position_id = p.id limit 1`,
  );
  return row!;
}

/** A person who signs in (with the demo password) but holds no role. Idempotent. */
export async function ensureNoRoleUser(): Promise<string> {
  const email = "no-role@example.com";
  await db().query(
    `insert into users (id, email, name, roles, password_hash, updated_at)
     select gen_random_uuid(), $1, 'Nora Norole', '{}', password_hash, now() from users where email = 'alice@example.com'
     on conflict (email) do nothing`,
    [email],
  );
  return email;
}

/** One of Alice's interviews with a submitted scorecard (the demo seeds them for past interviews). */
export async function submittedInterviewOf(email: string): Promise<{ interviewId: string; scorecardId: string }> {
  const { rows: [row] } = await db().query<{ interviewId: string; scorecardId: string }>(
    `select s.interview_id as "interviewId", s.id as "scorecardId" from scorecards s join users u on u.id = s.interviewer_id
      where u.email = $1 and s.status = 'submitted' order by s.submitted_at limit 1`,
    [email],
  );
  return row!;
}

/** Submits a panelist's scorecard straight in the database: every criterion at `level`, with a note, and a recommendation. */
export async function submitInDb(interviewId: string, email: string, criterionIds: string[], level: number, recommendation: string) {
  const card = (await scorecardOf(interviewId, email))!;
  for (const criterionId of criterionIds) {
    await db().query(
      `insert into ratings (id, scorecard_id, criterion_id, level, no_evidence, note, revision, updated_at)
       values (gen_random_uuid(), $1, $2, $3, false, 'Seen in the interview.', 1, now())`,
      [card.id, criterionId, level],
    );
  }
  await db().query("update scorecards set status = 'submitted', submitted_at = now(), recommendation = $2::recommendation where id = $1", [card.id, recommendation]);
}
