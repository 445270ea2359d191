// The database roles `npm start` sets up on the embedded PostgreSQL: migrations as the owner, the app as a role
// that reads and writes rows and cannot change the schema, the immutable versions or the audit trail, nor reach
// the cluster's other databases; and a data folder only its owner can read.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase, prepareSchema, type Database } from "@/scripts/lib/database";
import { describeRole } from "@/scripts/lib/app-role";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-roles-"));
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ dataDir });
  await prepareSchema(database);
});
afterAll(async () => {
  await database?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Run one statement as the app; the SQLSTATE it fails with, or "ok". */
async function asApp(sql: string, url = database.appUrl): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(sql);
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const INSUFFICIENT_PRIVILEGE = "42501";

describe("the app's role", () => {
  test("is neither a superuser nor the owner of the tables", async () => {
    expect(await describeRole(database.appUrl)).toMatchObject({ role: "quorum_app", superuser: false, ownsTables: false });
    expect((await describeRole(database.url)).ownsTables).toBe(true);
  });

  test("reads and writes rows", async () => {
    expect(await asApp("insert into users (id, email, name, roles, updated_at) values (gen_random_uuid(), 'r@example.com', 'R', '{interviewer}', now())")).toBe("ok");
    expect(await asApp("update users set name = 'Renamed' where email = 'r@example.com'")).toBe("ok");
    expect(await asApp("select count(*) from scorecards")).toBe("ok");
    expect(await asApp("delete from users where email = 'r@example.com'")).toBe("ok");
  });

  test("cannot change the schema, drop the immutability trigger, or rewrite published versions and the audit trail", async () => {
    for (const sql of [
      "alter table users add column sneaky int",
      "create table sneaky (x int)",
      "drop trigger rubric_versions_immutable on rubric_versions",
      "update rubric_versions set changelog = 'x'",
      "delete from rubric_versions",
      "truncate rubric_versions",
      "update audit_events set action = 'x'",
      "delete from audit_events",
      "select * from _prisma_migrations",
    ]) {
      expect({ sql, code: await asApp(sql) }).toEqual({ sql, code: INSUFFICIENT_PRIVILEGE });
    }
  });

  test("cannot connect to the cluster's other databases", async () => {
    const other = new URL(database.appUrl);
    other.pathname = "/postgres";
    expect(await asApp("select 1", other.toString())).toBe(INSUFFICIENT_PRIVILEGE);
  });
});

test("the data folder, its passwords and the server log are readable by their owner only", () => {
  const readableByOthers = (file: string) => (fs.statSync(path.join(dataDir, file)).mode & 0o044) !== 0;
  for (const file of [".", "pg-password", "pg-app-password", "postgres.log"]) expect({ file, readableByOthers: readableByOthers(file) }).toEqual({ file, readableByOthers: false });
});
