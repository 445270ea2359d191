import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseEnv } from "@/lib/env";

// The one Prisma client of the app, through the pg driver adapter (no native query engine is needed).
// Kept on globalThis so dev-mode hot reloads do not open a new pool each time, and so that in `npm start` the save
// lane's bundle (lib/scorecard/save-lane.ts) and Next's server share one client and one pool per process.
const globalForDb = globalThis as unknown as { quorumDb?: PrismaClient };

// The pg pool under each client, found by the client (on globalThis, so the save lane's bundle and Next's find the
// same one): tests swap db()'s client for another database's, and a hot statement must follow it.
const pools = ((globalThis as unknown as { quorumPools?: WeakMap<PrismaClient, pg.Pool> }).quorumPools ??= new WeakMap());

/** A client with its own pool; db() makes the app's one (tests that switch databases make theirs with this too). */
export function createDbClient(connectionString = databaseEnv().DATABASE_URL) {
  const pool = new pg.Pool({ connectionString, max: databaseEnv().DATABASE_POOL_SIZE });
  // disposeExternalPool: $disconnect() ends the pool, as it did when the adapter made its own.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

export function db(): PrismaClient {
  globalForDb.quorumDb ??= createDbClient();
  return globalForDb.quorumDb;
}

/**
 * A statement on the pool under db(), prepared once per connection under `name` and then only executed: for the
 * autosave statements (lib/scorecard/mutations.ts), the hot path, where Prisma's query layer was about a quarter of
 * the server's CPU per save and planning about half of the database's (EXPLAIN ANALYZE: planning 0.56 ms, execution
 * 0.50 ms). Everything else goes through Prisma. PgBouncer in transaction mode keeps named statements apart per
 * server connection from version 1.21 (max_prepared_statements).
 */
export async function preparedQuery<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> {
  const pool = pools.get(db());
  if (!pool) throw new Error("db() holds a client that lib/db.ts did not create: it has no pool for prepared statements");
  return (await pool.query<R>({ name, text, values })).rows;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
