import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseEnv } from "@/lib/env";

// The one Prisma client of the app, through the pg driver adapter (no native query engine is needed).
// Kept on globalThis so dev-mode hot reloads do not open a new pool each time, and so that in `npm start` the save
// lane's bundle (lib/scorecard/save-lane.ts) and Next's server share one client and one pool per process.
const globalForDb = globalThis as unknown as { quorumDb?: PrismaClient };

function createClient() {
  const e = databaseEnv();
  const adapter = new PrismaPg({ connectionString: e.DATABASE_URL, max: e.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForDb.quorumDb ??= createClient();
  return globalForDb.quorumDb;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
