// The migrations, applied the way the product applies them: the real Prisma CLI with its schema engine swapped for
// our wasm bridge (scripts/prisma-engine/schema-engine.mjs). If that route breaks (a Prisma upgrade, an adapter
// change), this file fails: every assertion wants positive output from the CLI, never just a zero exit code.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT, runPrisma, type PrismaResult } from "@/scripts/db/prisma-cli";
import { emptyDatabase, testServerUrl } from "@/tests/support/db";

const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
const migrationNames = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((d) => fs.statSync(path.join(MIGRATIONS_DIR, d)).isDirectory())
  .sort();

let url: string;
let client: pg.Client;

/** The CLI's whole output, to show when an expectation on it fails. */
const shown = (r: PrismaResult) => `exit code ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

beforeAll(async () => {
  url = await emptyDatabase("quorum_migrations");
  const deploy = await runPrisma(["migrate", "deploy"], { databaseUrl: url, quiet: true });
  expect(deploy.code, shown(deploy)).toBe(0);
  expect(deploy.stdout, shown(deploy)).toContain("All migrations have been successfully applied.");
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  if (!url) return;
  const admin = new pg.Client({ connectionString: testServerUrl() });
  await admin.connect();
  await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`).finally(() => admin.end());
});

describe("migrations", () => {
  test("every migration in prisma/migrations applied to the empty database, and none failed", async () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      "select migration_name, finished_at, rolled_back_at from _prisma_migrations order by migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    expect(rows.filter((r) => r.finished_at === null || r.rolled_back_at !== null)).toEqual([]);

    const status = await runPrisma(["migrate", "status"], { databaseUrl: url, quiet: true });
    expect(status.code, shown(status)).toBe(0);
    expect(status.stdout, shown(status)).toContain("Database schema is up to date!");
  });

  test("the migrated database has no drift from prisma/schema.prisma", async () => {
    // Not `--exit-code` alone: when the engine dies, `migrate diff --exit-code` can exit 0 with no output.
    const drift = await runPrisma(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--script"], {
      databaseUrl: url,
      quiet: true,
    });
    expect(drift.code, shown(drift)).toBe(0);
    expect(drift.stdout.trim(), shown(drift)).toBe("-- This is an empty migration.");
  });

  test("the diff route does see differences (so an empty diff above means no drift, not a blind engine)", async () => {
    const fromEmpty = await runPrisma(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"], {
      databaseUrl: url,
      quiet: true,
    });
    expect(fromEmpty.code, shown(fromEmpty)).toBe(0);
    expect(fromEmpty.stdout, shown(fromEmpty)).toContain('CREATE TABLE "rubric_versions"');
    expect(fromEmpty.stdout, shown(fromEmpty)).toContain('CREATE TABLE "ratings"');
  });
});

describe("rules the database enforces beyond Prisma's schema", () => {
  let scorecardId: string;
  let rubricVersionId: string;

  beforeAll(async () => {
    const one = async (sql: string, params: unknown[] = []) => (await client.query<{ id: string }>(sql, params)).rows[0]!.id;
    const userId = await one(`insert into users (id, email, name, roles, updated_at) values (gen_random_uuid(), 'i@example.com', 'I', '{interviewer}', now()) returning id`);
    await client.query(`insert into rubrics (id, title) values ('pg-senior', 'PostgreSQL senior')`);
    rubricVersionId = await one(
      `insert into rubric_versions (id, rubric_id, version, content_hash, source_yaml, definition) values (gen_random_uuid(), 'pg-senior', 1, 'h1', 'id: pg-senior', '{}') returning id`,
    );
    const candidateId = await one(`insert into candidates (id, name, updated_at) values (gen_random_uuid(), 'C', now()) returning id`);
    const positionId = await one(`insert into positions (id, title, updated_at) values (gen_random_uuid(), 'P', now()) returning id`);
    const interviewId = await one(
      `insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at) values (gen_random_uuid(), $1, $2, $3, 'tech', now(), now()) returning id`,
      [candidateId, positionId, rubricVersionId],
    );
    scorecardId = await one(
      `insert into scorecards (id, interview_id, interviewer_id, updated_at) values (gen_random_uuid(), $1, $2, now()) returning id`,
      [interviewId, userId],
    );
  });

  test("a published rubric version refuses UPDATE and DELETE", async () => {
    await expect(client.query(`update rubric_versions set changelog = 'edited' where id = $1`, [rubricVersionId])).rejects.toThrow(
      /rubric_versions rows are immutable: publish a new version instead/,
    );
    await expect(client.query(`delete from rubric_versions where id = $1`, [rubricVersionId])).rejects.toThrow(/immutable/);
    const { rows } = await client.query(`select changelog from rubric_versions where id = $1`, [rubricVersionId]);
    expect(rows).toEqual([{ changelog: "" }]);
  });

  test("a rating is a level 1..4, or no evidence, or neither; never a level outside the scale or with no evidence", async () => {
    const rate = (criterion: string, level: number | null, noEvidence: boolean) =>
      client.query(
        `insert into ratings (id, scorecard_id, criterion_id, level, no_evidence, updated_at) values (gen_random_uuid(), $1, $2, $3, $4, now())`,
        [scorecardId, criterion, level, noEvidence],
      );
    await expect(rate("too-high", 5, false)).rejects.toMatchObject({ code: "23514", constraint: "ratings_level_range" });
    await expect(rate("too-low", 0, false)).rejects.toMatchObject({ code: "23514", constraint: "ratings_level_range" });
    await expect(rate("both", 2, true)).rejects.toMatchObject({ code: "23514", constraint: "ratings_no_evidence_without_level" });
    await rate("lowest", 1, false);
    await rate("highest", 4, false);
    await rate("no-evidence", null, true);
    await rate("not-yet", null, false);
  });
});
