// `npm run db:migrate`: apply every pending migration (`prisma migrate deploy`) to DATABASE_URL, or to the embedded
// database in .data/ when it is unset. Never creates a migration (that is `npm run db:migration -- <name>`).
import { scriptEnv } from "@/lib/env";
import { openDatabase, UserFacingError, type Database } from "../lib/database.ts";
import { runPrisma } from "./prisma-cli.ts";

async function main(): Promise<number> {
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: scriptEnv().DATABASE_URL });
    console.log(`Applying migrations to ${database.describe}`);
    const result = await runPrisma(["migrate", "deploy"], { databaseUrl: database.url });
    return result.code;
  } finally {
    await database?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UserFacingError ? error.message : error);
    process.exit(1);
  },
);
