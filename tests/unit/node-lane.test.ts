// The save lane's node:http adapter on a real HTTP server (its routes stubbed: the autosave answers themselves are
// tested through the production server in tests/integration/save-lane.test.ts). What it takes, what it passes on
// to Next.js, and that it refuses what proxy.ts would refuse.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1/unused";
process.env.NEXTAUTH_SECRET ??= "unit-test-secret-0123456789-abcdefghijklmnop";

const { createLane, MAX_LANE_BODY_BYTES } = await import("@/lib/http/node-lane");
const { answerOk } = await import("@/lib/http/json");
const { DATA_ROUTE_CSP } = await import("@/lib/http/security-headers");

const seen: unknown[] = [];
const lane = createLane([
  {
    method: "PUT",
    path: /^\/api\/things\/([^/]+)\/ratings$/,
    answer: async (req) => {
      seen.push(req);
      if (req.body === "throw") throw new Error("the database is down");
      return answerOk({ echoed: req.params[0] }, 201);
    },
  },
]);

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (lane(req, res)) return;
    res.writeHead(299, { "content-type": "text/plain" }).end("next"); // stands in for Next.js
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const put = (path: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
  fetch(`${base}${path}`, { method: "PUT", body: init.body ?? "{}", headers: { "content-type": "application/json", ...init.headers } });

describe("the save lane", () => {
  test("answers its routes with the JSON routes' headers, and hands the route what it needs", async () => {
    seen.length = 0;
    const res = await put("/api/things/a%20b/ratings?ignored=1", { body: '{"x":1}', headers: { cookie: "k=v", origin: base } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ echoed: "a b" });
    expect(res.headers.get("content-security-policy")).toBe(DATA_ROUTE_CSP);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(seen).toEqual([{ params: ["a b"], contentType: "application/json", cookie: "k=v", body: '{"x":1}' }]);
  });

  test("passes on other methods, other paths and malformed escapes to Next.js", async () => {
    seen.length = 0;
    expect((await fetch(`${base}/api/things/a/ratings`)).status).toBe(299);
    expect((await put("/api/things/a/ratings/")).status).toBe(299);
    expect((await put("/api/things/a/summary")).status).toBe(299);
    expect((await put("/api/things/%E0%A4%A/ratings")).status).toBe(299);
    expect(seen).toEqual([]);
  });

  test("refuses a write from another site with a 403, as proxy.ts does, without calling the route", async () => {
    seen.length = 0;
    const foreign: Record<string, string>[] = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { referer: "https://evil.example/page" }];
    for (const headers of foreign) {
      const res = await put("/api/things/a/ratings", { headers });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: string }).error).toMatch(/^Cross-site request refused: /);
    }
    expect(seen).toEqual([]);
    expect((await put("/api/things/a/ratings", { headers: { origin: base, "sec-fetch-site": "same-origin" } })).status).toBe(201);
  });

  test("refuses a body over the limit with a 413, unread, and keeps serving", async () => {
    seen.length = 0;
    const res = await put("/api/things/a/ratings", { body: "x".repeat(MAX_LANE_BODY_BYTES + 1) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toContain("larger than 256 KB");
    expect(seen).toEqual([]);
    expect((await put("/api/things/a/ratings", { body: "x".repeat(MAX_LANE_BODY_BYTES) })).status).toBe(201);
  });

  test("a route that fails is a 500 with a JSON message (the browser keeps the change queued), and the server lives on", async () => {
    const res = await put("/api/things/a/ratings", { body: "throw" });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toContain("stays queued");
    expect((await put("/api/things/a/ratings")).status).toBe(201);
  });
});
