// Cross-site request forgery: every state-changing route refuses a request from another site with a 403 JSON
// { error } and changes nothing, however the browser says where it comes from; the app's own pages and
// non-browser clients (no Origin, Sec-Fetch-Site or Referer) still write.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInRequest } from "./api-session";
import { closeDb, createInterview, scorecardOf, writableRowsDigest } from "./scoring-db";

test.afterAll(closeDb);

const ALICE = "alice@example.com";

/** The ways a browser marks a request from another site (a form post, fetch, a sandboxed frame, an old browser). */
const FOREIGN: [string, Record<string, string>][] = [
  ["a foreign Origin", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }],
  ["Origin null", { origin: "null", "sec-fetch-site": "cross-site" }],
  ["Sec-Fetch-Site cross-site without Origin", { "sec-fetch-site": "cross-site" }],
  ["Sec-Fetch-Site same-site (a sibling subdomain)", { "sec-fetch-site": "same-site" }],
  ["only a foreign Referer", { referer: "https://evil.example/win-a-prize" }],
];
const FORM = { "content-type": "application/x-www-form-urlencoded" };

type Attempt = (headers: Record<string, string>) => Promise<{ status: () => number; json: () => Promise<unknown> }>;

/** Each attempt, with each foreign marking: 403 with a JSON error, and not one row changed. */
async function expectRefused(attempts: [string, Attempt][]) {
  const before = await writableRowsDigest();
  for (const [route, attempt] of attempts) {
    for (const [how, headers] of FOREIGN) {
      const res = await attempt(headers);
      expect(res.status(), `${route} with ${how}`).toBe(403);
      expect(await res.json(), `${route} with ${how}`).toEqual({ error: expect.stringMatching(/cross-site/i) });
    }
  }
  expect(await writableRowsDigest()).toEqual(before);
}

async function signedIn(playwright: { request: { newContext: (o: { baseURL?: string }) => Promise<APIRequestContext> } }, baseURL: string | undefined, email: string) {
  const request = await playwright.request.newContext({ baseURL });
  await signInRequest(request, email);
  return request;
}

test("scorecard writes from another site are refused: ratings, summary, submit, reopen", async ({ playwright, baseURL }) => {
  const { interviewId, criteria } = await createInterview([ALICE]);
  const alice = await signedIn(playwright, baseURL, ALICE);
  const admin = await signedIn(playwright, baseURL, "admin@example.com");
  const card = (await scorecardOf(interviewId, ALICE))!.id;
  const rating = (criterionId: string) => ({ opId: crypto.randomUUID(), criterionId, level: 3, noEvidence: false, note: "", baseRevision: 0 });
  // A complete card, written the way the page writes (same origin), so that a forged submit would succeed.
  for (const c of criteria) expect((await alice.put(`/api/scorecards/${card}/ratings`, { data: rating(c.id), headers: { origin: baseURL! } })).status()).toBe(200);
  expect((await alice.put(`/api/scorecards/${card}/summary`, { data: { opId: crypto.randomUUID(), recommendation: "yes", summary: "", baseRevision: 0 } })).status()).toBe(200);

  await expectRefused([
    ["PUT ratings", (h) => alice.put(`/api/scorecards/${card}/ratings`, { data: { ...rating(criteria[0]!.id), level: 1, baseRevision: 1 }, headers: h })],
    ["PUT summary", (h) => alice.put(`/api/scorecards/${card}/summary`, { data: { opId: crypto.randomUUID(), recommendation: "strong_no", summary: "forged", baseRevision: 1 }, headers: h })],
    // What a hidden auto-submitting <form method=post action=".../submit"> on another site sends: no body at all.
    ["POST submit (a form post, no body)", (h) => alice.post(`/api/scorecards/${card}/submit`, { headers: { ...FORM, ...h } })],
    ["POST submit (JSON)", (h) => alice.post(`/api/scorecards/${card}/submit`, { data: {}, headers: h })],
  ]);
  expect((await scorecardOf(interviewId, ALICE))!.status).toBe("draft");

  // The app's own page submits (the browser sends our Origin), and so does a script without browser headers.
  expect((await alice.post(`/api/scorecards/${card}/submit`, { headers: { origin: baseURL!, "sec-fetch-site": "same-origin" } })).status()).toBe(200);
  await expectRefused([["POST reopen (admin)", (h) => admin.post(`/api/scorecards/${card}/reopen`, { data: { reason: "Forged from another site" }, headers: h })]]);
  expect((await scorecardOf(interviewId, ALICE))!.status).toBe("submitted");
  expect((await admin.post(`/api/scorecards/${card}/reopen`, { data: { reason: "Reopened by the admin" } })).status()).toBe(200);
  await alice.dispose();
  await admin.dispose();
});

test("next-auth's POSTs and server actions from another site are refused: sign-in, sign-out, any page POST", async ({ playwright, baseURL, request }) => {
  const alice = await signedIn(playwright, baseURL, ALICE);
  const { csrfToken } = (await (await alice.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const { csrfToken: anonToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await expectRefused([
    // Login CSRF: signing the victim's browser in as someone else.
    ["POST /api/auth/callback/credentials", (h) => request.post("/api/auth/callback/credentials", { form: { csrfToken: anonToken, email: "bob@example.com", password: "quorum-demo", json: "true" }, headers: h, maxRedirects: 0 })],
    ["POST /api/auth/signout", (h) => alice.post("/api/auth/signout", { form: { csrfToken, json: "true" }, headers: h, maxRedirects: 0 })],
    // A server action is a POST to a page with a Next-Action header: refused before it reaches any action.
    ["a server action POST to /interviews", (h) => alice.post("/interviews", { headers: { ...h, "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" }, data: "[]" })],
    ["a form POST to /admin/scorecards", (h) => alice.post("/admin/scorecards", { headers: { ...FORM, ...h }, data: "reason=x" })],
  ]);
  expect((await (await request.get("/api/auth/session")).json()) as object).toEqual({});
  expect(((await (await alice.get("/api/auth/session")).json()) as { user?: { email?: string } }).user?.email).toBe(ALICE);
  await alice.dispose();
});
