// Child process for the crash test: starts the embedded PostgreSQL the way `npm start` does (same data folder
// layout, server in our process group), then writes audit events through the app's own Prisma client one by one,
// printing "ack <n>" only after each commit returned. The test SIGKILLs this whole process group mid-stream.
import { startEmbeddedPostgres, ensureDatabase } from "../../scripts/lib/embedded-postgres.ts";
import { migrateDeploy } from "../../scripts/db/prisma-cli.ts";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: crash-writer <dataDir>");
const server = await startEmbeddedPostgres({ dataDir });
const url = await ensureDatabase(server.url, "quorum");
await migrateDeploy(url);
process.env.DATABASE_URL = url;
const { db } = await import("../../lib/db.ts");
console.log(`ready ${server.pid}`);
for (let n = 1; ; n++) {
  await db().auditEvent.create({ data: { actorId: null, action: "crash.test", entityType: "crash", entityId: String(n) } });
  console.log(`ack ${n}`);
}
