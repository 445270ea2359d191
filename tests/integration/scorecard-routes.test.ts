// The scorecard route handlers on a real database, with the session stubbed: bad input of every kind is a 4xx with
// a JSON { error } and changes nothing; a disabled person is refused at once.
import { describe, expect, test, vi } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createPanelWithAnnsCard, op } from "@/tests/support/scorecard-fixture";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; roles: ("admin" | "interviewer")[] } }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.user, getSessionClaims: async () => (session.user ? { userId: session.user.id, sessionVersion: 0 } : null) }));

freshDatabasePerTest();

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const put = (body: string, contentType = "application/json") => new Request("http://test/x", { method: "PUT", body, headers: { "content-type": contentType } });

async function setup() {
  const panel = await createPanelWithAnnsCard();
  session.user = { id: panel.ann.id, email: panel.ann.email, name: "ann", roles: ["interviewer"] };
  return panel;
}

describe("PUT /api/scorecards/[id]/ratings", () => {
  test("saves a valid op and answers with the revision", async () => {
    const { card, criteria } = await setup();
    const { PUT } = await import("@/app/api/scorecards/[id]/ratings/route");
    const res = await PUT(put(JSON.stringify(op(criteria[0]!, 3, 0))), ctx(card.id));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revision: 1, replay: false });
  });

  test("every kind of bad input is a 4xx with a message, never a 500, and writes nothing", async () => {
    const { card, criteria, db } = await setup();
    const { PUT } = await import("@/app/api/scorecards/[id]/ratings/route");
    const good = op(criteria[0]!, 3, 0);
    const cases: [string, Request, string, number][] = [
      ["malformed JSON", put("{\"opId\": "), card.id, 400],
      ["not JSON at all", put("level=3", "application/x-www-form-urlencoded"), card.id, 415],
      ["a JSON array", put("[]"), card.id, 400],
      ["level 5", put(JSON.stringify({ ...good, level: 5 })), card.id, 400],
      ["level 0", put(JSON.stringify({ ...good, level: 0 })), card.id, 400],
      ["level 2.5", put(JSON.stringify({ ...good, level: 2.5 })), card.id, 400],
      ["a string level", put(JSON.stringify({ ...good, level: "3" })), card.id, 400],
      ["an unknown field", put(JSON.stringify({ ...good, scorecardId: card.id })), card.id, 400],
      ["a negative base revision", put(JSON.stringify({ ...good, baseRevision: -1 })), card.id, 400],
      ["a huge note", put(JSON.stringify({ ...good, note: "x".repeat(5001) })), card.id, 400],
      ["an unknown criterion", put(JSON.stringify({ ...good, criterionId: "nope" })), card.id, 400],
      ["a non-uuid scorecard id", put(JSON.stringify(good)), "1 or 1=1", 404],
      ["a foreign scorecard id", put(JSON.stringify(good)), crypto.randomUUID(), 404],
    ];
    for (const [what, request, id, status] of cases) {
      const res = await PUT(request, ctx(id));
      expect(res.status, what).toBe(status);
      expect(await res.json(), what).toEqual({ error: expect.any(String) });
    }
    expect(await db.rating.count()).toBe(0);
  });

  test("signed out is a 401; a person disabled since signing in is refused at once with a 401 and writes nothing", async () => {
    const { card, criteria, ann, db } = await setup();
    const { PUT } = await import("@/app/api/scorecards/[id]/ratings/route");
    const { PUT: putSummary } = await import("@/app/api/scorecards/[id]/summary/route");
    await db.user.update({ where: { id: ann.id }, data: { disabled: true } }); // the session cookie still decodes
    // 401, not 404: the browser keeps a 401'd change queued ("Signed out — changes kept on this device").
    expect((await PUT(put(JSON.stringify(op(criteria[0]!, 3, 0))), ctx(card.id))).status).toBe(401);
    expect((await putSummary(put(JSON.stringify({ opId: crypto.randomUUID(), recommendation: "yes", summary: "x", baseRevision: 0 })), ctx(card.id))).status).toBe(401);
    expect(await db.rating.count()).toBe(0);
    expect((await db.scorecard.findUniqueOrThrow({ where: { id: card.id } })).summary).toBe("");
    session.user = null;
    expect((await PUT(put(JSON.stringify(op(criteria[0]!, 3, 0))), ctx(card.id))).status).toBe(401);
  });

  test("a stale revision is a 409 carrying the newer value", async () => {
    const { card, criteria } = await setup();
    const { PUT } = await import("@/app/api/scorecards/[id]/ratings/route");
    await PUT(put(JSON.stringify(op(criteria[0]!, 3, 0, { note: "first" }))), ctx(card.id));
    const res = await PUT(put(JSON.stringify(op(criteria[0]!, 1, 0))), ctx(card.id));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ reason: "conflict", current: { level: 3, note: "first", revision: 1 } });
  });

  test("an opId sent again is a 200 replay with the same payload, a 409 with another", async () => {
    const { card, criteria } = await setup();
    const { PUT } = await import("@/app/api/scorecards/[id]/ratings/route");
    const first = op(criteria[0]!, 3, 0);
    await PUT(put(JSON.stringify(first)), ctx(card.id));
    const again = await PUT(put(JSON.stringify(first)), ctx(card.id));
    expect([again.status, await again.json()]).toEqual([200, { revision: 1, replay: true }]);
    const reused = await PUT(put(JSON.stringify({ ...first, level: 1 })), ctx(card.id));
    expect([reused.status, await reused.json()]).toEqual([409, { reason: "opIdReused", error: expect.any(String) }]);
  });
});

describe("POST /api/scorecards/[id]/reopen", () => {
  test("only an admin, only with a reason", async () => {
    const { card, admin } = await setup();
    const { POST } = await import("@/app/api/scorecards/[id]/reopen/route");
    const post = (body: unknown) => new Request("http://test/x", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
    expect((await POST(post({ reason: "Wrong candidate" }), ctx(card.id))).status).toBe(403);
    session.user = { id: admin.id, email: admin.email, name: "admin", roles: ["admin"] };
    expect((await POST(post({ reason: " " }), ctx(card.id))).status).toBe(400);
    expect((await POST(post({}), ctx(card.id))).status).toBe(400);
    expect((await POST(post({ reason: "Wrong candidate" }), ctx(card.id))).status).toBe(409); // still a draft
  });
});
