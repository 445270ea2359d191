// The Prisma CLI, run the one way that works here: its native schema engine cannot be downloaded, so
// PRISMA_SCHEMA_ENGINE_BINARY points it at our bridge to the wasm build of the same engine
// (scripts/prisma-engine/schema-engine.mjs). Every script and test goes through runPrisma, never `npx prisma`.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PRISMA_CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
const ENGINE_BRIDGE = path.join(ROOT, "scripts", "prisma-engine", "schema-engine.mjs");
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
const GENERATED_CLIENT = path.join(ROOT, "lib", "generated", "prisma", "client.ts");

export type PrismaResult = { code: number; stdout: string; stderr: string };

/** The environment of every CLI run: nothing may download, phone home, or prompt. */
function prismaEnv(databaseUrl?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // With this set and the file present, the CLI skips its engine download and version checks altogether.
    PRISMA_SCHEMA_ENGINE_BINARY: ENGINE_BRIDGE,
    // The update check (checkpoint.prisma.io) and the usage telemetry both stop on CHECKPOINT_DISABLE.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    // The bridge starts with `#!/usr/bin/env node`: make that the Node running us.
    PATH: [path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter),
  };
  // A mirror or a download override would make the CLI fetch engines after all.
  delete env.PRISMA_ENGINES_MIRROR;
  delete env.BINARY_DOWNLOAD_VERSION;
  delete env.PRISMA_MIGRATION_ENGINE_BINARY;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

/**
 * Run `prisma <args>` from the project root. stdin is closed, so the CLI never prompts (no error-report or survey
 * prompt, which would reach the network, and `migrate reset` needs --force). Output is captured; unless `quiet`,
 * it is also shown as it comes.
 */
export function runPrisma(args: string[], opts: { databaseUrl?: string; quiet?: boolean } = {}): Promise<PrismaResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, ...args], {
      cwd: ROOT,
      env: prismaEnv(opts.databaseUrl),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (!opts.quiet) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      if (!opts.quiet) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

/** An Error carrying the CLI's own output, for when a command that must succeed did not. */
export class PrismaCommandError extends Error {
  constructor(args: string[], result: PrismaResult) {
    const output = `${result.stdout}\n${result.stderr}`.trim();
    super(`prisma ${args.join(" ")} failed (exit code ${result.code})${output ? `:\n${output}` : ""}`);
  }
}

async function mustRun(args: string[], opts: { databaseUrl?: string; quiet?: boolean }): Promise<PrismaResult> {
  const result = await runPrisma(args, opts);
  if (result.code !== 0) throw new PrismaCommandError(args, result);
  return result;
}

/** `prisma generate`: writes lib/generated/prisma from prisma/schema.prisma (no database needed). */
export async function generateClient(opts: { quiet?: boolean } = {}): Promise<void> {
  await mustRun(["generate"], { quiet: opts.quiet ?? true });
}

/**
 * Generate the client when it is missing or older than the schema or the installed Prisma. Synchronous, for the start and test scripts that
 * call it before anything imports the client.
 */
export function ensureClientGenerated(): void {
  const sources = [SCHEMA, path.join(ROOT, "node_modules", "prisma", "package.json")]; // the schema, or a Prisma upgrade
  const stale = !fs.existsSync(GENERATED_CLIENT) || sources.some((s) => fs.statSync(GENERATED_CLIENT).mtimeMs < fs.statSync(s).mtimeMs);
  if (!stale) return;
  const result = spawnSync(process.execPath, [PRISMA_CLI, "generate"], { cwd: ROOT, env: prismaEnv(), stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) {
    throw new PrismaCommandError(["generate"], { code: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" });
  }
}

/** `prisma migrate deploy` against `databaseUrl`: applies every pending migration, never creates one. */
export async function migrateDeploy(databaseUrl: string, opts: { quiet?: boolean } = {}): Promise<PrismaResult> {
  return mustRun(["migrate", "deploy"], { databaseUrl, quiet: opts.quiet ?? true });
}
