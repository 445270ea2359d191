// `npm run db:seed:demo`: put the demo people and interviews into the database on purpose (never done by
// `npm start` when DATABASE_URL is set). Uses DATABASE_URL, or the embedded database under .data/.
import { scriptEnv } from "@/lib/env";
import { openDatabase, UserFacingError } from "../lib/database.ts";
import { migrateDeploy } from "./prisma-cli.ts";

const config = scriptEnv();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL }).catch((error: unknown) => {
  console.error(error instanceof UserFacingError ? error.message : error);
  process.exit(1);
});
try {
  await migrateDeploy(database.url);
  process.env.DATABASE_URL = database.url;
  const { bootstrapData } = await import("../lib/bootstrap.ts");
  await bootstrapData({ demo: true, log: (line) => console.log(line) });
  console.log("Demo accounts use the password quorum-demo. Remove them before real use.");
} catch (error) {
  console.error(error instanceof UserFacingError ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
