// `npm run db:migrate`: apply every pending migration (`prisma migrate deploy`) to DATABASE_URL, or to the embedded
// database in .data/ when it is unset. Never creates a migration (that is `npm run db:migration -- <name>`).
import { scriptEnv } from "@/lib/env";
import { prepareSchema, runCli, withDatabase } from "../lib/database.ts";

runCli(() =>
  withDatabase(scriptEnv(), async (database) => {
    console.log(`Applying migrations to ${database.describe}`);
    await prepareSchema(database);
    console.log("Schema up to date; the app's role has its grants.");
    return 0;
  }),
);
