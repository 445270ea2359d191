// Which PostgreSQL a script talks to: the user's (DATABASE_URL) or the embedded one under .data/.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { APP_ROLE, ensureAppRole, grantAppRole } from "./app-role.ts";
import { migrateDeploy } from "../db/prisma-cli.ts";

/**
 * `url` is the schema owner's connection (migrations, grants); `appUrl` the app's least-privileged one. On your own
 * server they are DATABASE_OWNER_URL and DATABASE_URL; without DATABASE_OWNER_URL both are DATABASE_URL.
 */
export type Database = { url: string; appUrl: string; embedded: boolean; describe: string; stop: () => Promise<void> };

export const DEFAULT_DATA_DIR = ".data";

/** Resolve to an error line naming host and port, instead of a stack trace, when the server cannot be reached. */
export async function checkReachable(url: string): Promise<string | null> {
  let where = "the configured server";
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || "5432"}`;
  } catch {
    return "DATABASE_URL is not a valid URL";
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    const reason = error instanceof Error ? (("code" in error && error.code) || error.message) : String(error);
    return `Cannot reach PostgreSQL at ${where} (${reason}). Check DATABASE_URL, or unset it to use the embedded database.`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The app role's password for an embedded cluster: generated once per data folder, owner-readable only. */
function appPassword(dataDir: string): string {
  const file = path.join(dataDir, "pg-app-password");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(18).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

export async function openDatabase(opts: { databaseUrl?: string; ownerUrl?: string; dataDir?: string; name?: string }): Promise<Database> {
  if (opts.databaseUrl) {
    for (const url of [opts.databaseUrl, opts.ownerUrl].filter((u) => u !== undefined)) {
      const problem = await checkReachable(url);
      if (problem) throw new UserFacingError(problem);
    }
    const u = new URL(opts.databaseUrl);
    const describe = `${u.hostname}:${u.port || "5432"}${u.pathname}`;
    return { url: opts.ownerUrl ?? opts.databaseUrl, appUrl: opts.databaseUrl, embedded: false, describe, stop: async () => undefined };
  }
  const dataDir = opts.dataDir ?? DEFAULT_DATA_DIR;
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    const url = await ensureDatabase(server.url, opts.name ?? "quorum");
    const appUrl = await ensureAppRole(url, APP_ROLE, appPassword(dataDir));
    return { url, appUrl, embedded: true, describe: `embedded PostgreSQL on 127.0.0.1:${server.port}, data in ${dataDir}/`, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * Apply pending migrations as the owner, then grant the app's role its rows (new tables included). When the app and
 * the owner are one role (DATABASE_URL alone), there is nothing to grant.
 */
export async function prepareSchema(database: Pick<Database, "url" | "appUrl"> & { embedded?: boolean }): Promise<void> {
  await migrateDeploy(database.url);
  const appRole = decodeURIComponent(new URL(database.appUrl).username);
  if (appRole !== decodeURIComponent(new URL(database.url).username)) await grantAppRole(database.url, appRole, { closeMaintenanceDb: database.embedded });
}

/** An error whose message is meant for the person at the terminal: printed alone, without a stack. */
export class UserFacingError extends Error {}

/** Open the database (DATABASE_URL or embedded), run `fn` on it, and always stop what was started. */
export async function withDatabase<T>(config: { DATABASE_URL?: string; DATABASE_OWNER_URL?: string }, fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, ownerUrl: config.DATABASE_OWNER_URL });
  try {
    return await fn(database);
  } finally {
    await database.stop();
  }
}

/** Run a command-line entry point: its number is the exit code; a UserFacingError prints alone, without a stack. */
export function runCli(main: () => Promise<number>) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof UserFacingError ? error.message : error);
      process.exit(1);
    },
  );
}
