// `npm run db:migrate`: apply every pending migration (`prisma migrate deploy`) to DATABASE_URL, or to the embedded
// database in .data/ when it is unset. Never creates a migration (that is `npm run db:migration -- <name>`).
import { scriptEnv } from "@/lib/env";
import { runCli, withDatabase } from "../lib/database.ts";
import { runPrisma } from "./prisma-cli.ts";

runCli(() =>
  withDatabase(scriptEnv().DATABASE_URL, async (database) => {
    console.log(`Applying migrations to ${database.describe}`);
    return (await runPrisma(["migrate", "deploy"], { databaseUrl: database.url })).code;
  }),
);
