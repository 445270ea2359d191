// The demo publishes its password on the sign-in page: `npm start` in demo mode serves this machine only, unless
// HOST says otherwise. Started the way start.ts starts it, then asked on loopback and on the machine's own
// network address.
import os from "node:os";
import { afterAll, beforeAll, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { listenHost } from "@/scripts/lib/next-server";

const databaseUrl = freshDatabasePerTest("quorum_listen");
let demo: AppServer;

beforeAll(async () => {
  demo = await startAppServer(databaseUrl(), { host: listenHost(undefined, true) });
}, 600_000);
afterAll(async () => demo?.stop());

const answers = (host: string, port: number) =>
  fetch(`http://${host}:${port}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, (e: Error) => e.cause ?? e);

test("the demo listens on loopback only; HOST chooses otherwise; your own database keeps every interface", async () => {
  expect(listenHost(undefined, true)).toBe("127.0.0.1");
  expect(listenHost("0.0.0.0", true)).toBe("0.0.0.0");
  expect(listenHost(undefined, false)).toBeUndefined();

  expect(await answers("127.0.0.1", demo.port)).toBe(200);
  // Every non-loopback IPv4 address of this machine: a connection there must be refused.
  const external = Object.values(os.networkInterfaces()).flat().filter((i) => i && i.family === "IPv4" && !i.internal).map((i) => i!.address);
  for (const address of external) expect({ address, answer: await answers(address, demo.port) }).toMatchObject({ address, answer: { code: "ECONNREFUSED" } });
});
