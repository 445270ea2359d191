// The autosave endpoints as `npm start` serves them: answered by the save lane (lib/scorecard/save-lane.ts) before
// Next.js, on the production server. The same answers as the route handlers (scorecard-routes.test.ts runs those
// in process), the same refusals as proxy.ts, the same headers as every JSON route, and nothing written on a refusal.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { Browser, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createPanelWithPasswords, op, PANEL_PASSWORD } from "@/tests/support/scorecard-fixture";
import { DATA_ROUTE_CSP } from "@/lib/http/security-headers";

const databaseUrl = freshDatabasePerTest("quorum_save_lane");
let server: AppServer;
beforeAll(async () => {
  server = await startAppServer(databaseUrl());
}, 600_000);
afterAll(async () => server?.stop());

async function annSignedIn() {
  const panel = await createPanelWithPasswords();
  const base = `http://127.0.0.1:${server.port}`;
  const browser = new Browser(base);
  expect((await browser.signIn(panel.ann.email, PANEL_PASSWORD)).status).toBe(200);
  const cookie = `next-auth.session-token=${browser.sessionCookie()}`;
  const put = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/scorecards/${path}`, { method: "PUT", headers: { "content-type": "application/json", cookie, ...headers }, body });
  return { ...panel, base, put };
}

describe("the save lane on the production server", () => {
  test("a rating and a summary save, with the JSON routes' security headers", async () => {
    const { annCard, criteria, put, db } = await annSignedIn();
    const rating = await put(`${annCard.id}/ratings`, JSON.stringify(op(criteria[0]!, 3, 0, { note: "Owned the failover" })));
    expect(rating.status).toBe(200);
    expect(await rating.json()).toEqual({ revision: 1, replay: false });
    for (const [name, value] of [["content-security-policy", DATA_ROUTE_CSP], ["x-content-type-options", "nosniff"], ["x-frame-options", "DENY"], ["referrer-policy", "same-origin"], ["cache-control", "no-store"]]) {
      expect(rating.headers.get(name!), name).toBe(value);
    }
    const summary = await put(`${annCard.id}/summary`, JSON.stringify({ opId: crypto.randomUUID(), recommendation: "yes", summary: "Clear on trade-offs", baseRevision: 0 }));
    expect(summary.status).toBe(200);
    expect(await db.rating.findFirstOrThrow({ where: { scorecardId: annCard.id } })).toMatchObject({ level: 3, note: "Owned the failover" });
    expect(await db.scorecard.findUniqueOrThrow({ where: { id: annCard.id } })).toMatchObject({ recommendation: "yes", summary: "Clear on trade-offs" });
  });

  test("every refusal is a 4xx with a JSON message and writes nothing: bad input, another site, too large, signed out, not yours", async () => {
    const { annCard, benCard, criteria, put, base, db } = await annSignedIn();
    const good = JSON.stringify(op(criteria[0]!, 3, 0));
    const cases: [string, Promise<Response>, number][] = [
      ["malformed JSON", put(`${annCard.id}/ratings`, '{"opId": '), 400],
      ["a form post", put(`${annCard.id}/ratings`, "level=3", { "content-type": "application/x-www-form-urlencoded" }), 415],
      ["level 5", put(`${annCard.id}/ratings`, JSON.stringify({ ...op(criteria[0]!, 3, 0), level: 5 })), 400],
      ["a criterion of another stage", put(`${annCard.id}/ratings`, JSON.stringify(op("no-such-criterion", 3, 0))), 400],
      ["a write from another site", put(`${annCard.id}/ratings`, good, { origin: "https://evil.example" }), 403],
      ["a body over 256 KB", put(`${annCard.id}/ratings`, JSON.stringify({ ...op(criteria[0]!, 3, 0), note: "x".repeat(300_000) })), 413],
      ["a non-uuid id", put("1%20or%201=1/ratings", good), 404],
      ["Ben's card", put(`${benCard.id}/ratings`, good), 404],
      ["no session", fetch(`${base}/api/scorecards/${annCard.id}/ratings`, { method: "PUT", headers: { "content-type": "application/json" }, body: good }), 401],
    ];
    for (const [what, answer, status] of cases) {
      const res = await answer;
      expect(res.status, what).toBe(status);
      expect(await res.json(), what).toEqual({ error: expect.any(String) });
    }
    expect(await db.rating.count()).toBe(0);
    // The server still answers after all of that, on new connections and kept ones.
    expect((await put(`${annCard.id}/ratings`, good)).status).toBe(200);
  });
});
