import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { freePort } from "@/scripts/lib/embedded-postgres";

test("npm start with an unreachable DATABASE_URL says so in one line naming host and port, and exits non-zero", async () => {
  const port = await freePort(); // nothing listens there
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: `postgresql://quorum:secret@127.0.0.1:${port}/quorum`, PORT: String(await freePort()) },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.status).toBe(1);
  const errorLines = run.stderr.trim().split("\n");
  expect(errorLines).toEqual([`Cannot reach PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED). Check DATABASE_URL, or unset it to use the embedded database.`]);
  expect(run.stdout).not.toContain("Starting the server");
});
