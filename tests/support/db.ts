// Integration tests: a real PostgreSQL given by the test runner (TEST_DATABASE_URL is a server where we may
// create databases). Each test file gets its own migrated database; tests reset tables with TRUNCATE.
import pg from "pg";
import { beforeAll, beforeEach } from "vitest";
import { scriptEnv } from "@/lib/env";
import { createDatabase } from "@/scripts/lib/create-database";
import { migrateDeploy } from "@/scripts/db/prisma-cli";

export function testServerUrl(): string {
  const url = scriptEnv().TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run integration tests through `npm test`");
  return url;
}

export const emptyDatabase = (prefix = "quorum_it") => createDatabase(testServerUrl(), prefix);

/** A fresh database with every migration applied, and the app's client pointed at it. */
export async function migratedDatabase(prefix = "quorum_it"): Promise<string> {
  const url = await emptyDatabase(prefix);
  await migrateDeploy(url);
  process.env.DATABASE_URL = url;
  return url;
}

export async function truncateAll(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'",
    );
    // rubric_versions refuses DELETE by trigger; TRUNCATE is the deliberate, test-only way to empty it.
    if (rows.length) await client.query(`truncate ${rows.map((r) => `"${r.tablename}"`).join(", ")} cascade`);
  } finally {
    await client.end();
  }
}

/**
 * The usual integration-test setup: one migrated database for the file, emptied before each test. Returns a getter
 * for its URL (known only once the beforeAll hook has run).
 */
export function freshDatabasePerTest(prefix = "quorum_it"): () => string {
  let url: string | undefined;
  beforeAll(async () => {
    url = await migratedDatabase(prefix);
  });
  beforeEach(async () => truncateAll(url!));
  return () => url!;
}
