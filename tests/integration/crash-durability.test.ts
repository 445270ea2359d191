import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { startEmbeddedPostgres, ensureDatabase } from "@/scripts/lib/embedded-postgres";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-crash-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test("every write acknowledged before a SIGKILL of the app and its embedded database survives the restart", async () => {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/crash-writer.ts", dataDir], {
    detached: true, // own process group: we kill the app and the PostgreSQL it started, all at once, with SIGKILL
    stdio: ["ignore", "pipe", "inherit"],
  });
  let acked = 0;
  let buffer = "";
  const killedAfter = new Promise<void>((resolve, reject) => {
    child.on("exit", () => reject(new Error(`the writer exited early after ${acked} writes`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (m) acked = Number(m[1]);
      }
      if (acked >= 300) {
        child.removeAllListeners("exit");
        process.kill(-child.pid!, "SIGKILL");
        resolve();
      }
    });
  });
  await killedAfter;
  await new Promise((r) => setTimeout(r, 500));

  const server = await startEmbeddedPostgres({ dataDir }); // crash recovery replays the WAL
  try {
    const client = new pg.Client({ connectionString: await ensureDatabase(server.url, "quorum") });
    await client.connect();
    const { rows } = await client.query<{ n: number }>("select entity_id::int as n from audit_events where action = 'crash.test'");
    await client.end();
    const stored = new Set(rows.map((r) => r.n));
    const lost = Array.from({ length: acked }, (_, i) => i + 1).filter((n) => !stored.has(n));
    expect(acked).toBeGreaterThanOrEqual(300);
    expect(lost).toEqual([]);
  } finally {
    await server.stop();
  }
}, 120_000);
