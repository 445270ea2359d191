// Which PostgreSQL a script talks to: the user's (DATABASE_URL) or the embedded one under .data/.
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres.ts";

export type Database = { url: string; embedded: boolean; describe: string; stop: () => Promise<void> };

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

export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; name?: string }): Promise<Database> {
  if (opts.databaseUrl) {
    const problem = await checkReachable(opts.databaseUrl);
    if (problem) throw new UserFacingError(problem);
    const u = new URL(opts.databaseUrl);
    return { url: opts.databaseUrl, embedded: false, describe: `${u.hostname}:${u.port || "5432"}${u.pathname}`, stop: async () => undefined };
  }
  const dataDir = opts.dataDir ?? DEFAULT_DATA_DIR;
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    const url = await ensureDatabase(server.url, opts.name ?? "quorum");
    return { url, embedded: true, describe: `embedded PostgreSQL on 127.0.0.1:${server.port}, data in ${dataDir}/`, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** An error whose message is meant for the person at the terminal: printed alone, without a stack. */
export class UserFacingError extends Error {}

/** Open the database (DATABASE_URL or embedded), run `fn` on it, and always stop what was started. */
export async function withDatabase<T>(databaseUrl: string | undefined, fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl });
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
