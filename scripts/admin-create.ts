// `npm run admin:create -- <email> [--name "Full Name"]`: an admin who can sign in now, on DATABASE_URL or the
// embedded database. For the first admin of an empty database (your own PostgreSQL, no demo), or to let a
// locked-out admin back in. Prints a temporary password once; only its hash is stored.
import { parseArgs } from "node:util";
import { scriptEnv } from "@/lib/env";
import { prepareSchema, runCli, withDatabase } from "./lib/database.ts";

runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: "string" } } });
  if (positionals.length !== 1) {
    console.error('usage: npm run admin:create -- <email> [--name "Full Name"]');
    return 2;
  }
  return withDatabase(scriptEnv(), async (database) => {
    await prepareSchema(database);
    process.env.DATABASE_URL = database.appUrl;
    const { ensureAdminAccount } = await import("@/lib/setup/mutations");
    const result = await ensureAdminAccount({ email: positionals[0], name: values.name });
    if (!result.ok) {
      console.error(result.message);
      return 2;
    }
    console.log(`${result.created ? "Created the admin" : "Made an admin of"} ${positionals[0]!.trim().toLowerCase()} on ${database.describe}.`);
    console.log(`Temporary password (shown once; sign in and keep it safe): ${result.temporaryPassword}`);
    return 0;
  });
});
