// Input PostgreSQL cannot store (NUL, lone surrogates) or whose number overflows its integer column is a 400 naming
// the field, on every scorecard write route, and writes nothing. (Before: a 500 from the database, or U+FFFD.)
import { describe, expect, test, vi } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createPanelWithAnnsCard, op } from "@/tests/support/scorecard-fixture";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; roles: ("admin" | "interviewer")[] } }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.user, getSessionClaims: async () => (session.user ? { userId: session.user.id, sessionVersion: 0 } : null) }));

freshDatabasePerTest();

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (method: string, body: unknown) => new Request("http://test/x", { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const NUL = "before\u0000after";
const LONE = "broken \ud83d here";
const OVERFLOW = 2 ** 31;

async function setup() {
  const panel = await createPanelWithAnnsCard();
  session.user = { id: panel.ann.id, email: panel.ann.email, name: "ann", roles: ["interviewer"] };
  return panel;
}

/** Every case answers 400 with an { error } that names the field. */
async function expectRefused(handler: (r: Request, c: ReturnType<typeof ctx>) => Promise<Response>, id: string, cases: [string, Request, string][]) {
  for (const [what, request, field] of cases) {
    const res = await handler(request, ctx(id));
    expect(res.status, what).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(body, what).toEqual({ error: expect.stringContaining(field) });
  }
}

describe("unstorable input", () => {
  test("PUT ratings: a NUL or a lone surrogate in the note or criterion id, a base revision past 2^31 - 1", async () => {
    const { card, criteria, db } = await setup();
    const { PUT } = await import("@/app/api/scorecards/[id]/ratings/route");
    const good = op(criteria[0]!, 3, 0);
    await expectRefused(PUT, card.id, [
      ["NUL in the note", json("PUT", { ...good, note: NUL }), "note"],
      ["lone surrogate in the note", json("PUT", { ...good, note: LONE }), "note"],
      ["NUL in the criterion id", json("PUT", { ...good, criterionId: `${criteria[0]}\u0000` }), "criterionId"],
      ["base revision 2^31", json("PUT", { ...good, baseRevision: OVERFLOW }), "baseRevision"],
      ["base revision 1e300", json("PUT", { ...good, baseRevision: 1e300 }), "baseRevision"],
    ]);
    expect(await db.rating.count()).toBe(0);
    // Ordinary text with line breaks, tabs and emoji is stored as typed.
    const res = await PUT(json("PUT", { ...good, note: "line one\n\tline two 😀 — ü" }), ctx(card.id));
    expect(res.status).toBe(200);
    expect((await db.rating.findFirstOrThrow()).note).toBe("line one\n\tline two 😀 — ü");
  });

  test("PUT summary: a NUL or a lone surrogate in the summary, a base revision past 2^31 - 1", async () => {
    const { card, db } = await setup();
    const { PUT } = await import("@/app/api/scorecards/[id]/summary/route");
    const good = { opId: crypto.randomUUID(), recommendation: "yes", summary: "fine", baseRevision: 0 };
    await expectRefused(PUT, card.id, [
      ["NUL in the summary", json("PUT", { ...good, summary: NUL }), "summary"],
      ["lone surrogate in the summary", json("PUT", { ...good, summary: LONE }), "summary"],
      ["base revision 2^31", json("PUT", { ...good, baseRevision: OVERFLOW }), "baseRevision"],
    ]);
    expect(await db.scorecard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ summary: "", recommendation: null, revision: 0 });
  });

  test("POST reopen: a NUL or a lone surrogate in the reason", async () => {
    const { card, admin, criteria, db } = await setup();
    const { saveRating, saveSummary, submitScorecard } = await import("@/lib/scorecard/mutations");
    for (const c of criteria) await saveRating(session.user!.id, card.id, op(c, 3, 0), 0);
    await saveSummary(session.user!.id, card.id, { opId: crypto.randomUUID(), recommendation: "yes", summary: "", baseRevision: 0 }, 0);
    expect(await submitScorecard(session.user!.id, card.id)).toEqual({ ok: true });
    session.user = { id: admin.id, email: admin.email, name: "admin", roles: ["admin"] };
    const { POST } = await import("@/app/api/scorecards/[id]/reopen/route");
    await expectRefused(POST, card.id, [
      ["NUL in the reason", json("POST", { reason: `Wrong candidate ${NUL}` }), "reason"],
      ["lone surrogate in the reason", json("POST", { reason: `Wrong candidate ${LONE}` }), "reason"],
    ]);
    expect((await db.scorecard.findUniqueOrThrow({ where: { id: card.id } })).status).toBe("submitted");
    expect(await db.auditEvent.count({ where: { action: "scorecard.reopened" } })).toBe(0);
  });
});
