// `npm start`: zero-setup run. Without DATABASE_URL: embedded PostgreSQL under .data/, demo data seeded once.
// With DATABASE_URL: that server, migrations applied, no demo accounts (see `npm run db:seed:demo`).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { scriptEnv } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { DEFAULT_DATA_DIR, openDatabase, prepareSchema, UserFacingError, type Database } from "./lib/database.ts";
import { describeRole } from "./lib/app-role.ts";
import { buildApp, buildIsStale } from "./lib/build.ts";
import { listenHost, localUrl, startNextServer, waitForHealth, type NextServer } from "./lib/next-server.ts";
import { ensureClientGenerated } from "./db/prisma-cli.ts";

const TOTAL = 5;
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const step = (n: number, text: string) => console.log(`[${n}/${TOTAL}] ${text}`);
const detail = (text: string) => console.log(`      ${text}`);

/** A secret for signing sessions, made once per data folder unless NEXTAUTH_SECRET is given. */
function authSecret(given: string | undefined): string {
  if (given) return given;
  const file = path.join(DEFAULT_DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DEFAULT_DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

let database: Database | undefined;
let server: NextServer | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server || database) {
    console.log("\nStopping Quorum…");
    await server?.stop();
    await database?.stop();
    console.log("Stopped.");
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main() {
  const config = scriptEnv();
  const demo = !config.DATABASE_URL;

  step(1, demo ? "Starting the embedded PostgreSQL" : "Connecting to your PostgreSQL");
  let t = Date.now();
  if (config.DATABASE_OWNER_URL && !config.DATABASE_URL) throw new UserFacingError("DATABASE_OWNER_URL needs DATABASE_URL (the app's own role) too.");
  database = await openDatabase({ databaseUrl: config.DATABASE_URL, ownerUrl: config.DATABASE_OWNER_URL });
  detail(`${database.describe} (${seconds(t)})`);

  step(2, "Applying migrations");
  t = Date.now();
  ensureClientGenerated();
  await prepareSchema(database);
  detail(`schema up to date (${seconds(t)})`);
  const role = await describeRole(database.appUrl);
  if (role.superuser || role.ownsTables) {
    detail(`warning: the app connects as "${role.role}", which ${role.superuser ? "is a superuser" : "owns the tables"} and could change the schema;`);
    detail("give it a role of its own and set DATABASE_OWNER_URL for migrations (README, Running on your own PostgreSQL)");
  }

  step(3, demo ? "Publishing the shipped matrices and seeding the demo" : "Publishing the shipped matrices");
  t = Date.now();
  const secret = authSecret(config.NEXTAUTH_SECRET);
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.appUrl,
    NEXTAUTH_SECRET: secret,
    QUORUM_DEMO: demo ? "1" : "0",
  };
  process.env.DATABASE_URL = database.appUrl; // the shipped matrices and the demo are written as the app would
  const { bootstrapData } = await import("./lib/bootstrap.ts");
  await bootstrapData({ demo, log: detail });
  const { hasActiveAdmin } = await import("@/lib/people/data");
  const needsFirstAdmin = !(await hasActiveAdmin());
  // Only the console ever shows this link; a new start replaces an unused one.
  const setupToken = needsFirstAdmin && !demo ? await (await import("@/lib/setup/mutations")).createSetupLink() : null;
  detail(`done (${seconds(t)})`);

  step(4, "Building the app");
  t = Date.now();
  if (buildIsStale()) {
    detail("the build is missing or older than the sources: running next build (about a minute)");
    if (!buildApp(serverEnv)) throw new UserFacingError("next build failed (its output is above)");
    detail(`built (${seconds(t)})`);
  } else {
    detail("the build is current");
  }

  step(5, "Starting the server");
  const host = listenHost(config.HOST, demo);
  server = startNextServer({ port: config.PORT, env: serverEnv, host, trustProxy: config.TRUST_PROXY === "1", workers: config.WEB_CONCURRENCY });
  let dead = false;
  void server.exited.then((code) => {
    dead = true;
    if (!stopping) {
      console.error(`The server stopped unexpectedly (exit code ${code}).`);
      void shutdown(1);
    }
  });
  if (!(await waitForHealth(localUrl(config.PORT, host), 60_000, () => dead))) {
    throw new UserFacingError(`The server did not answer on port ${config.PORT} within 60 s. Is the port in use?`);
  }

  const shown = localUrl(config.PORT, host).replace("//127.0.0.1:", "//localhost:");
  console.log(`\nQuorum is ready at ${shown} (started in ${seconds(started)})`);
  detail(`listening on ${host ?? "every interface"}${demo && !config.HOST ? " (demo mode: this machine only; HOST=0.0.0.0 opens it to the network)" : ""}`);
  detail(config.WEB_CONCURRENCY > 1 ? `${config.WEB_CONCURRENCY} app processes share the port (WEB_CONCURRENCY)` : "one app process (WEB_CONCURRENCY=2 or more runs several)");
  if (demo) {
    console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(22)} ${a.roles.map((r) => ROLE_LABELS[r]).join(", ")}`);
  }
  if (needsFirstAdmin) {
    console.log("\nNo admin yet. Open this one-time link to create the first one (it works once; only this console shows it):");
    if (setupToken) console.log(`  ${config.NEXTAUTH_URL ? new URL(config.NEXTAUTH_URL).origin : shown}/setup/${setupToken}`);
    console.log("Or from the shell (it prints a temporary password once):");
    console.log("  npm run admin:create -- you@your-company.com --name \"Your Name\"");
  }
  console.log("\nPress Ctrl-C to stop.");
}

main().catch(async (error: unknown) => {
  console.error(error instanceof UserFacingError ? error.message : error);
  await shutdown(1);
});
