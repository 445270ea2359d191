// `next build` (and the save lane, scripts/lib/build-lane.ts) only when the build is missing or older than the
// sources it was made from.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildLane, LANE_BUNDLE } from "./build-lane.ts";

const SOURCES = ["app", "components", "lib", "public", "rubrics", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma", "scripts/lib/build-lane.ts"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

export function buildIsStale(root = "."): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  // The save lane is part of the build (buildApp): a `next build` run by hand leaves it missing or older.
  const lane = path.join(root, LANE_BUNDLE);
  if (!fs.existsSync(buildId) || !fs.existsSync(lane) || fs.statSync(lane).mtimeMs < fs.statSync(buildId).mtimeMs) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

export function buildApp(env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) return false;
  buildLane();
  return true;
}
