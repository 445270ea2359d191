// Sign-in, throttling and revocable sessions through HTTP: two production servers on one database, like two app
// processes behind a load balancer. Server `a` runs without a proxy (the default), server `b` with TRUST_PROXY=1.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { Browser, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createPanel, op } from "@/tests/support/scorecard-fixture";

const databaseUrl = freshDatabasePerTest("quorum_auth_http");
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  a = await startAppServer(databaseUrl());
  b = await startAppServer(databaseUrl(), { trustProxy: true });
}, 600_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
});

const PASSWORD = "correct horse battery staple";
const THROTTLED = "Too many sign-in attempts. Wait a few minutes, then try again.";

async function person(email: string) {
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  return db().user.create({ data: { email, name: email, roles: ["interviewer"], passwordHash: await hashPassword(PASSWORD) } });
}

const on = (server: AppServer, host = "127.0.0.1") => new Browser(`http://${host}:${server.port}`);

describe("credentials sign-in", () => {
  test("works on http://127.0.0.1 and http://localhost without a proxy (csrf, callback, session)", async () => {
    await person("dana@example.com");
    for (const host of ["127.0.0.1", "localhost"]) {
      const browser = on(a, host);
      const res = await browser.signIn("dana@example.com", PASSWORD);
      expect(res.status, host).toBe(200);
      expect(browser.sessionCookie(), host).toBeTruthy();
      expect(await browser.session(), host).toMatchObject({ user: { email: "dana@example.com" } });
    }
  });

  test("X-Forwarded-Host from a client does not choose where the browser is sent", async () => {
    await person("dana@example.com");
    const json = await on(a).signIn("dana@example.com", PASSWORD, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(json.status).toBe(200);
    expect(json.text).not.toContain("evil.example");
    const browser = on(a);
    const body = new URLSearchParams({ csrfToken: await browser.csrfToken(), email: "dana@example.com", password: PASSWORD, callbackUrl: "/interviews" });
    const form = await browser.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-host": "evil.example" },
      body: body.toString(),
    });
    expect(form.status).toBe(302);
    expect(form.headers.get("location")).toBe(`http://127.0.0.1:${a.port}/interviews`);
  });

  test("behind a trusted proxy, a write from the public origin the proxy forwards is the app's own; without one, it is foreign", async () => {
    const publicSite = { origin: "https://quorum.example.com", "x-forwarded-host": "quorum.example.com", "x-forwarded-proto": "https" };
    const csrf = (server: AppServer) => on(server).request("/api/auth/signout", { method: "POST", headers: { ...publicSite, "content-type": "application/x-www-form-urlencoded" }, body: "" });
    expect((await csrf(b)).status).not.toBe(403);
    expect((await csrf(a)).status).toBe(403);
  });

  test("a malformed body is a 4xx, never a 500", async () => {
    const browser = on(a);
    const cases: [string, Record<string, string>, string][] = [
      ["malformed JSON", { "content-type": "application/json" }, '{"email": '],
      ["a JSON array", { "content-type": "application/json" }, "[1, 2]"],
      ["a JSON string", { "content-type": "application/json" }, '"email"'],
      ["no body at all", { "content-type": "application/x-www-form-urlencoded" }, ""],
      ["an unknown content type", { "content-type": "text/plain" }, "email=dana@example.com"],
    ];
    for (const [what, headers, body] of cases) {
      const res = await browser.request("/api/auth/callback/credentials", { method: "POST", headers, body });
      expect(res.status, what).toBeGreaterThanOrEqual(400);
      expect(res.status, what).toBeLessThan(500);
    }
  });
});

describe("sign-in throttling", () => {
  test("10 failures for one account, spread over two app processes, lock it: 429 with Retry-After, even with the right password", async () => {
    await person("erin@example.com");
    for (let i = 0; i < 10; i++) {
      const res = await on(i % 2 ? a : b).signIn("Erin@Example.com ", `wrong-${i}`);
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    for (const server of [a, b]) {
      const browser = on(server);
      const res = await browser.signIn("erin@example.com", PASSWORD);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
      expect(res.json()).toMatchObject({ error: THROTTLED });
      expect(browser.sessionCookie()).toBeUndefined();
    }
    // Another account from the same address still signs in: one account's lockout is not everyone's.
    await person("frank@example.com");
    expect((await on(a).signIn("frank@example.com", PASSWORD)).status).toBe(200);
  });

  test("an email nobody has is answered exactly like a real one", async () => {
    await person("erin@example.com");
    const answers = [];
    for (const email of ["erin@example.com", "nobody@example.com"]) {
      for (let i = 0; i < 10; i++) await on(a).signIn(email, "wrong");
      const res = await on(a).signIn(email, PASSWORD);
      answers.push({ status: res.status, retry: res.headers.get("retry-after") !== null, body: res.json() });
    }
    expect(answers[0]).toMatchObject({ status: 429, retry: true });
    expect(answers[1]).toEqual(answers[0]);
  });

  test("the refusal is audited with the address the server saw, not one a client claims", async () => {
    const { db } = await import("@/lib/db");
    for (let i = 0; i < 11; i++) await on(a).signIn("gina@example.com", "wrong", { "x-forwarded-for": "203.0.113.9" });
    for (let i = 0; i < 11; i++) await on(b).signIn("hugo@example.com", "wrong", { "x-forwarded-for": "198.51.100.7" });
    const events = await db().auditEvent.findMany({ where: { action: "auth.sign_in_throttled" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.entityId, (e.data as { address?: string }).address])).toEqual([
      ["gina@example.com", expect.stringMatching(/^(127\.0\.0\.1|::1)$/)],
      ["hugo@example.com", "198.51.100.7"],
    ]);
  });
});

describe("revocable sessions", () => {
  async function signedInInterviewer() {
    const panel = await createPanel();
    const { db } = await import("@/lib/db");
    const { hashPassword } = await import("@/lib/auth/password");
    await db().user.update({ where: { id: panel.ann.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    const card = await db().scorecard.findFirstOrThrow({ where: { interviewerId: panel.ann.id } });
    const browser = on(a);
    expect((await browser.signIn(panel.ann.email, PASSWORD)).status).toBe(200);
    return { ...panel, card, browser, db: db() };
  }

  const save = (browser: Browser, cardId: string, criterionId: string) =>
    browser.request(`/api/scorecards/${cardId}/ratings`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(op(criterionId, 3, 0)) });

  test("a session cookie copied before sign-out no longer loads a page, the session or saves", async () => {
    const { browser, card, criteria, db } = await signedInInterviewer();
    expect((await browser.request("/interviews")).status).toBe(200);
    const copy = new Browser(browser.base);
    copy.cookies.set("next-auth.session-token", browser.sessionCookie()!);
    expect(await copy.session()).toMatchObject({ user: { email: expect.any(String) } });

    expect((await browser.signOut()).status).toBe(200);

    const page = await copy.request("/interviews");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toMatch(/\/login$/);
    expect(await copy.session()).toEqual({});
    expect((await save(copy, card.id, criteria[0]!)).status).toBe(401); // the browser keeps the change queued
    expect(await db.rating.count()).toBe(0);
  });

  test("a disabled person's /api/auth/session is empty at once", async () => {
    const { browser, ann, db } = await signedInInterviewer();
    expect(await browser.session()).toMatchObject({ user: { email: ann.email } });
    await db.user.update({ where: { id: ann.id }, data: { disabled: true } });
    expect(await browser.session()).toEqual({});
  });
});
