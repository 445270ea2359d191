// What the browser and HTTP benchmarks stand on, owned by the run: a migrated database on an embedded PostgreSQL in a
// temp folder, the production build (built when stale) behind scripts/lib/serve.mjs, and one way to end the process
// that always stops them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDeploy, ensureClientGenerated } from "../db/prisma-cli.ts";
import { buildApp, buildIsStale } from "./build.ts";
import { startEmbeddedPostgres, ensureDatabase, freePort } from "./embedded-postgres.ts";
import { startNextServer, waitForHealth } from "./next-server.ts";

const stops: (() => Promise<void>)[] = [];

/** A migrated database `quorum_bench`; DATABASE_URL points at it, for the app code the benchmark imports. */
export async function startBenchDatabase(name: string): Promise<string> {
  ensureClientGenerated();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `quorum-bench-${name}-`));
  fs.chmodSync(tempDir, 0o755);
  stops.push(async () => fs.rmSync(tempDir, { recursive: true, force: true }));
  const embedded = await startEmbeddedPostgres({ dataDir: tempDir });
  stops.push(() => embedded.stop());
  const url = await ensureDatabase(embedded.url, "quorum_bench");
  await migrateDeploy(url);
  process.env.DATABASE_URL = url;
  return url;
}

/**
 * The production server on a free port, healthy; returns its base URL. `serverOnly` is added to the server's
 * environment and not to the build's (e.g. NODE_OPTIONS with --cpu-prof, to profile the server alone).
 */
export async function startBenchServer(env: NodeJS.ProcessEnv, serverOnly: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  if (buildIsStale() && !buildApp(env)) throw new Error("next build failed");
  const server = startNextServer({ port, env: { ...env, ...serverOnly }, quiet: true });
  stops.push(() => server.stop());
  const baseUrl = `http://localhost:${port}`;
  if (!(await waitForHealth(baseUrl, 60_000))) throw new Error("the production server did not become healthy");
  return baseUrl;
}

/** Something else to stop at the end (a browser, a client), before the server and the database. */
export function stopAtEnd(stop: () => Promise<unknown>) {
  stops.push(async () => void (await stop()));
}

/** Run the benchmark, then stop everything in reverse order, and exit 0, or 1 on an error. */
export function runBench(main: () => Promise<void>) {
  const cleanup = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };
  main()
    .then(cleanup)
    .then(() => process.exit(0))
    .catch(async (error: unknown) => {
      console.error(error);
      await cleanup();
      process.exit(1);
    });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
