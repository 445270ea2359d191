// `npm run db:reset [-- --force]`: drop everything in the database (DATABASE_URL, or the embedded one in .data/ when it
// is unset) and apply every migration again (`prisma migrate reset`). All data is lost: asks first, unless --force.
// The shipped matrices and the demo data come back at the next `npm start`.
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import { scriptEnv } from "@/lib/env";
import { DEFAULT_DATA_DIR, prepareSchema, runCli, UserFacingError, withDatabase } from "../lib/database.ts";
import { runPrisma } from "./prisma-cli.ts";

/** Where the reset would land, named before anything starts. */
function target(databaseUrl: string | undefined): string {
  if (!databaseUrl) return `the embedded database in ${DEFAULT_DATA_DIR}/`;
  const u = new URL(databaseUrl);
  return `database ${u.pathname.slice(1) || "postgres"} on ${u.hostname}:${u.port || "5432"}`;
}

async function confirmed(what: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    throw new UserFacingError(`Refusing to reset ${what} without a terminal to ask in: pass --force (npm run db:reset -- --force).`);
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`This deletes ALL data in ${what}. Type "reset" to continue: `);
    return answer.trim() === "reset";
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { force: { type: "boolean", short: "f" } } });
  const config = scriptEnv();
  if (!values.force && !(await confirmed(target(config.DATABASE_URL)))) {
    console.log("Reset cancelled.");
    return 1;
  }
  return withDatabase(config, async (database) => {
    console.log(`Resetting ${database.describe}`);
    const code = (await runPrisma(["migrate", "reset", "--force"], { databaseUrl: database.url })).code;
    if (code === 0) await prepareSchema(database); // the re-created tables need the app's grants again
    return code;
  });
}

runCli(main);
