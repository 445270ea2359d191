// Database steps of the matrix version test: a matrix of its own published twice through the app's publish path
// (tests/support/publish-rubric.ts), and a position on it whose interviews and scorecards are written directly (the
// scoring screens have their own tests). DATABASE_URL is the e2e database (scripts/test.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { criteriaOfStage, RubricDefinitionSchema } from "@/lib/rubric/schema";

export const STAGE = "production-incidents";
export const INTERVIEWER = "carol@example.com";
let pool: pg.Pool | undefined;
const db = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }));

export async function closeVersionsDb() {
  await pool?.end();
  pool = undefined;
}

/** Publish `source` as the next version of its matrix; returns its version number. */
export function publish(source: string, changelog: string, actorEmail?: string): number {
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "tests/support/publish-rubric.ts"], {
    input: JSON.stringify({ source, changelog, actorEmail }),
    encoding: "utf8",
    timeout: 60_000,
  });
  const result = run.status === 0 ? (JSON.parse(run.stdout) as { ok: boolean; created?: boolean; version?: number }) : undefined;
  if (!result?.ok || !result.created) throw new Error(`publishing failed: ${run.stdout}${run.stderr}`);
  return result.version!;
}

async function versionRow(rubricId: string, version: number) {
  const { rows: [row] } = await db().query<{ id: string; definition: unknown }>("select id, definition from rubric_versions where rubric_id = $1 and version = $2", [rubricId, version]);
  return { id: row!.id, definition: RubricDefinitionSchema.parse(row!.definition) };
}

/** An interview of a new candidate at STAGE on `version`, with INTERVIEWER's scorecard: empty, or submitted at level 3. */
async function interview(positionId: string, rubricId: string, version: number, name: string, submitted: boolean) {
  const v = await versionRow(rubricId, version);
  const { rows: [candidate] } = await db().query<{ id: string }>("insert into candidates (id, name, updated_at) values (gen_random_uuid(), $1, now()) returning id", [name]);
  await db().query("insert into applications (id, candidate_id, position_id, updated_at) values (gen_random_uuid(), $1, $2, now())", [candidate!.id, positionId]);
  const { rows: [row] } = await db().query<{ id: string }>(
    `insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at)
     values (gen_random_uuid(), $1, $2, $3, $4, now() + interval '2 days', now()) returning id`,
    [candidate!.id, positionId, v.id, STAGE],
  );
  await db().query("insert into interview_assignments (interview_id, interviewer_id) select $1, id from users where email = $2", [row!.id, INTERVIEWER]);
  const { rows: [card] } = await db().query<{ id: string }>(
    `insert into scorecards (id, interview_id, interviewer_id, status, recommendation, submitted_at, updated_at)
     select gen_random_uuid(), $1, id, $3::scorecard_status, $4::recommendation, $5, now() from users where email = $2 returning id`,
    [row!.id, INTERVIEWER, submitted ? "submitted" : "draft", submitted ? "yes" : null, submitted ? new Date() : null],
  );
  if (submitted) {
    for (const { criterion } of criteriaOfStage(v.definition, STAGE)) {
      await db().query("insert into ratings (id, scorecard_id, criterion_id, level, updated_at) values (gen_random_uuid(), $1, $2, 3, now())", [card!.id, criterion.id]);
    }
  }
  return { interviewId: row!.id, candidate: name };
}

/**
 * A position hiring on the matrix `rubricId` (always its latest version), with a not-started and a submitted
 * interview on v1, and a submitted one on v2.
 */
export async function positionOnMatrix(rubricId: string, title: string) {
  const { rows: [position] } = await db().query<{ id: string }>("insert into positions (id, title, rubric_id, updated_at) values (gen_random_uuid(), $1, $2, now()) returning id", [title, rubricId]);
  const tag = title.split(" ").at(-1);
  return {
    positionId: position!.id,
    notStarted: await interview(position!.id, rubricId, 1, `Nadia Notstarted ${tag}`, false),
    submittedV1: await interview(position!.id, rubricId, 1, `Sam Submitted ${tag}`, true),
    submittedV2: await interview(position!.id, rubricId, 2, `Vera Versiontwo ${tag}`, true),
  };
}

/** The version number an interview is pinned to now. */
export async function versionOfInterview(interviewId: string): Promise<number> {
  const { rows: [row] } = await db().query<{ version: number }>("select v.version from interviews i join rubric_versions v on v.id = i.rubric_version_id where i.id = $1", [interviewId]);
  return row!.version;
}

export async function movedEvents(interviewId: string) {
  const { rows } = await db().query<{ actor: string; data: { fromVersion: number; toVersion: number } }>(
    "select u.email as actor, a.data from audit_events a join users u on u.id = a.actor_id where a.action = 'interview.version_moved' and a.entity_id = $1",
    [interviewId],
  );
  return rows;
}
