import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseEnv } from "@/lib/env";

// The one Prisma client of the app, through the pg driver adapter (no native query engine is needed).
// Kept on globalThis so dev-mode hot reloads do not open a new pool each time, and so that in `npm start` the save
// lane's bundle (lib/scorecard/save-lane.ts) and Next's server share one client and one pool per process.
const globalForDb = globalThis as unknown as { quorumDb?: PrismaClient };

/**
 * A statement that starts with `/* prepared:<name> *\/` is prepared once per connection under that name and then
 * only executed: the autosave statements (lib/scorecard/mutations.ts), where planning was about half of the
 * database's time per save (EXPLAIN ANALYZE: planning 0.56 ms, execution 0.50 ms). Every other statement stays
 * unnamed, so the variety of texts Prisma generates never piles up in the connections. PgBouncer in transaction
 * mode keeps named statements apart per server connection from version 1.21 (max_prepared_statements).
 */
const PREPARED = /^\s*\/\* prepared:([a-z-]+) \*\//;
export const preparedStatementName = (sql: string): string => PREPARED.exec(sql)?.[1] ?? ""; // "" is pg's unnamed statement

function createClient() {
  const e = databaseEnv();
  const adapter = new PrismaPg({ connectionString: e.DATABASE_URL, max: e.DATABASE_POOL_SIZE }, { statementNameGenerator: (query) => preparedStatementName(query.sql) });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForDb.quorumDb ??= createClient();
  return globalForDb.quorumDb;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
