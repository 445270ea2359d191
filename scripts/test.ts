// `npm test`: type check, lint, unit tests, integration tests on a real PostgreSQL, and end-to-end tests in a real
// Chromium against a production build. Starts every server it needs and stops them all, whatever happens.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scriptEnv } from "@/lib/env";
import { startEmbeddedPostgres, freePort, type EmbeddedPostgres } from "./lib/embedded-postgres.ts";
import { createDatabase } from "./lib/create-database.ts";
import { buildApp, buildIsStale } from "./lib/build.ts";
import { startNextServer, waitForHealth, type NextServer } from "./lib/next-server.ts";
import { ensureClientGenerated } from "./db/prisma-cli.ts";
import { prepareSchema } from "./lib/database.ts";
import { ensureAppRole } from "./lib/app-role.ts";
import { resolveBrowser } from "./lib/browser.ts";

const config = scriptEnv();
// `npm test -- unit e2e` runs only those steps; any other argument (a file, `--grep x`) goes to the runners of the
// chosen steps, e.g. `npm test -- integration tests/integration/people.test.ts`.
const STEPS = ["typecheck", "lint", "unit", "integration", "e2e"];
const only = process.argv.slice(2).filter((a) => STEPS.includes(a));
const passThrough = process.argv.slice(2).filter((a) => !STEPS.includes(a));
const wanted = (name: string) => only.length === 0 || only.includes(name);

let embedded: EmbeddedPostgres | undefined;
let tempDir: string | undefined;
let server: NextServer | undefined;
const results: { name: string; ok: boolean; seconds: number }[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code === 0));
    child.on("error", () => resolve(false));
  });
}

const bin = (name: string) => path.join("node_modules", ".bin", name);

async function step(name: string, fn: () => Promise<boolean>) {
  if (!wanted(name)) return;
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  let ok = false;
  try {
    ok = await fn();
  } catch (error) {
    console.error(error);
  }
  results.push({ name, ok, seconds: (Date.now() - t) / 1000 });
  console.log(`=== ${name}: ${ok ? "passed" : "FAILED"} in ${((Date.now() - t) / 1000).toFixed(1)} s ===`);
}

/** The server every database test uses: TEST_DATABASE_URL, or a throwaway embedded cluster. */
async function testServerUrl(): Promise<string> {
  if (config.TEST_DATABASE_URL) return config.TEST_DATABASE_URL;
  if (!embedded) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-test-"));
    embedded = await startEmbeddedPostgres({ dataDir: tempDir });
  }
  return embedded.url;
}

async function cleanup() {
  await server?.stop().catch(() => undefined);
  server = undefined;
  await embedded?.stop().catch(() => undefined);
  embedded = undefined;
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

// Its own name, so an e2e run on a shared TEST_DATABASE_URL server does not reset the password of `npm start`'s role.
const E2E_APP_ROLE = "quorum_app_e2e";

const BROWSER_NAMES = {
  env: "PLAYWRIGHT_CHROMIUM_EXECUTABLE",
  system: "the system Chromium",
  npm: "the Chromium shipped in the @sparticuz/chromium npm package",
  playwright: "Playwright's own Chromium (npx playwright install chromium)",
} as const;

async function e2e(): Promise<boolean> {
  const ownerUrl = await createDatabase(await testServerUrl(), "quorum_e2e");
  // The server under test connects as the least-privileged app role, as `npm start` does.
  const url = await ensureAppRole(ownerUrl, E2E_APP_ROLE, randomBytes(18).toString("base64url"));
  await prepareSchema({ url: ownerUrl, appUrl: url });
  Object.assign(process.env, { DATABASE_URL: url });
  const { bootstrapData } = await import("./lib/bootstrap.ts");
  await bootstrapData({ demo: true });
  const port = await freePort();
  const serverEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else-0123456789",
    QUORUM_DEMO: "1",
  };
  if (buildIsStale() && !buildApp(serverEnv)) return false;
  server = startNextServer({ port, env: serverEnv, quiet: true });
  const baseUrl = `http://localhost:${port}`;
  if (!(await waitForHealth(baseUrl, 60_000))) {
    console.error("the production server did not become healthy");
    return false;
  }
  const browser = await resolveBrowser(config.PLAYWRIGHT_CHROMIUM_EXECUTABLE);
  console.log(`browser: ${BROWSER_NAMES[browser.source]}${browser.executablePath ? ` (${browser.executablePath})` : ""}`);
  const ok = await run(bin("playwright"), ["test", ...passThrough], { ...process.env, E2E_BASE_URL: baseUrl, DATABASE_URL: url });
  await server.stop();
  server = undefined;
  return ok;
}

async function main() {
  const started = Date.now();
  ensureClientGenerated();
  await step("typecheck", () => run(bin("tsc"), ["--noEmit", "-p", "."]));
  await step("lint", () => run(bin("eslint"), [".", "--max-warnings=0"]));
  await step("unit", () => run(bin("vitest"), ["run", ...passThrough]));
  await step("integration", async () =>
    run(bin("vitest"), ["run", "-c", "vitest.integration.config.ts", ...passThrough], { ...process.env, TEST_DATABASE_URL: await testServerUrl() }),
  );
  await step("e2e", e2e);
  await cleanup();

  const failed = results.filter((r) => !r.ok);
  console.log(`\nTest steps (${((Date.now() - started) / 1000).toFixed(0)} s):`);
  for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"}  ${r.name} (${r.seconds.toFixed(1)} s)`);
  console.log(`steps: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length === 0 ? 0 : 1);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanup().then(() => process.exit(130)));
}

main().catch(async (error: unknown) => {
  console.error(error);
  await cleanup();
  process.exit(1);
});
