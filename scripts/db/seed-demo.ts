// `npm run db:seed:demo`: put the demo people and interviews into the database on purpose (never done by
// `npm start` when DATABASE_URL is set). Uses DATABASE_URL, or the embedded database under .data/.
import { scriptEnv } from "@/lib/env";
import { prepareSchema, runCli, withDatabase } from "../lib/database.ts";

runCli(() =>
  withDatabase(scriptEnv(), async (database) => {
    await prepareSchema(database);
    process.env.DATABASE_URL = database.appUrl;
    const { bootstrapData } = await import("../lib/bootstrap.ts");
    await bootstrapData({ demo: true, log: (line) => console.log(line) });
    console.log("Demo accounts use the password quorum-demo. Remove them before real use.");
    return 0;
  }),
);
