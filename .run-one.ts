import { spawnSync } from "node:child_process";
import fs from "node:fs"; import os from "node:os"; import path from "node:path";
import { startEmbeddedPostgres } from "./scripts/lib/embedded-postgres.ts";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "one-"));
const pg = await startEmbeddedPostgres({ dataDir: dir });
const r = spawnSync("node_modules/.bin/vitest", ["run", "-c", "vitest.integration.config.ts", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: pg.url } });
await pg.stop(); fs.rmSync(dir, { recursive: true, force: true }); process.exit(r.status ?? 1);
