// Database steps of the senior-matrix publish flow that belong to other parts of the app (candidates apply on the
// candidates pages) or only read what the browser cannot see. DATABASE_URL is the e2e database (scripts/test.ts).
import pg from "pg";

let pool: pg.Pool | undefined;
const db = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }));

export async function closeSeniorPublishDb() {
  await pool?.end();
  pool = undefined;
}

export async function latestVersion(rubricId: string): Promise<number> {
  const { rows: [row] } = await db().query<{ version: number }>("select max(version)::int as version from rubric_versions where rubric_id = $1", [rubricId]);
  return row!.version;
}

/** A new candidate applies to the position titled `title`. */
export async function newApplicant(name: string, title: string) {
  const { rows: [candidate] } = await db().query<{ id: string }>("insert into candidates (id, name, updated_at) values (gen_random_uuid(), $1, now()) returning id", [name]);
  const { rowCount } = await db().query(
    "insert into applications (id, candidate_id, position_id, updated_at) select gen_random_uuid(), $1, id, now() from positions where title = $2",
    [candidate!.id, title],
  );
  if (rowCount !== 1) throw new Error(`could not add ${name} to ${title}`);
}

/** An interview of `title` on `version` at `stageId` where `email` submitted a scorecard. */
export async function submittedInterview(title: string, version: number, stageId: string, email: string): Promise<string> {
  const { rows: [row] } = await db().query<{ id: string }>(
    `select i.id from interviews i
       join positions p on p.id = i.position_id
       join rubric_versions v on v.id = i.rubric_version_id
       join scorecards s on s.interview_id = i.id
       join users u on u.id = s.interviewer_id
      where p.title = $1 and v.version = $2 and i.stage_id = $3 and u.email = $4 and s.status = 'submitted'
      limit 1`,
    [title, version, stageId, email],
  );
  if (!row) throw new Error(`no submitted ${stageId} interview of ${email} on v${version} of ${title}`);
  return row.id;
}

/** The version an interview of `candidate` at `stageId` is pinned to, and its id. */
export async function interviewOf(candidate: string, stageId: string) {
  const { rows: [row] } = await db().query<{ id: string; version: number }>(
    `select i.id, v.version from interviews i join candidates c on c.id = i.candidate_id join rubric_versions v on v.id = i.rubric_version_id
      where c.name = $1 and i.stage_id = $2`,
    [candidate, stageId],
  );
  if (!row) throw new Error(`no ${stageId} interview of ${candidate}`);
  return row;
}
