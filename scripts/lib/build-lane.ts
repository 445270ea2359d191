// The save lane (lib/scorecard/save-lane.ts) bundled for scripts/lib/serve.mjs, which runs under plain node: our
// TypeScript in one ES module, npm packages left to node's resolution (the same copies Next's server uses). Built
// by buildApp right after `next build`, into .next/, so a build and its lane are never from different sources.
import { buildSync } from "esbuild";

export const LANE_BUNDLE = ".next/quorum/save-lane.mjs";

/** `import "server-only"` guards against client bundles; on the server it is nothing (Next resolves it the same way). */
const EMPTY_SERVER_ONLY = "scripts/lib/empty-module.mjs";

export function buildLane(): void {
  buildSync({
    entryPoints: ["lib/scorecard/save-lane.ts"],
    outfile: LANE_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    alias: { "server-only": `./${EMPTY_SERVER_ONLY}` },
    sourcemap: true,
    logLevel: "warning",
  });
}
