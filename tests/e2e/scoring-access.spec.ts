import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAs } from "./pages";
import { ScorecardPage } from "./scorecard-page";
import { auditEvents, closeDb, createInterview, ratingsOf, scorecardOf } from "./scoring-db";

const ALICE = "alice@example.com";
const BOB = "bob@example.com";

test.afterAll(closeDb);

/** Fill and submit a scorecard through the API, as the page's autosave and submit do. */
async function fillAndSubmit(request: APIRequestContext, scorecardId: string, criteria: { id: string }[]) {
  for (const c of criteria) {
    const res = await request.put(`/api/scorecards/${scorecardId}/ratings`, { data: { opId: crypto.randomUUID(), criterionId: c.id, level: 3, noEvidence: false, note: "", baseRevision: 0 } });
    expect(res.status()).toBe(200);
  }
  expect((await request.put(`/api/scorecards/${scorecardId}/summary`, { data: { opId: crypto.randomUUID(), recommendation: "yes", summary: "ok", baseRevision: 0 } })).status()).toBe(200);
  expect((await request.post(`/api/scorecards/${scorecardId}/submit`)).status()).toBe(200);
}

test("independence: another panelist's scorecard is hidden until mine is submitted, then shown and the read audited", async ({ browser }) => {
  const { interviewId, criteria } = await createInterview([ALICE, BOB]);
  const bobContext = await browser.newContext();
  const bobPage = await bobContext.newPage();
  await signInAs(bobPage, BOB);
  await new ScorecardPage(bobPage).goto(interviewId);
  const bobCard = (await scorecardOf(interviewId, BOB))!.id;
  await fillAndSubmit(bobPage.request, bobCard, criteria);
  await bobContext.close();

  const aliceContext = await browser.newContext();
  const page = await aliceContext.newPage();
  await signInAs(page, ALICE);
  const alice = new ScorecardPage(page);
  await alice.goto(interviewId);
  const panel = page.getByRole("region", { name: "Panel feedback" });
  await expect(page.getByText(/appears once you have submitted every scorecard/)).toBeVisible();
  await expect(page.getByText("Bob Interviewer")).toHaveCount(0);
  expect((await page.request.get(`/api/scorecards/${bobCard}`)).status()).toBe(404);
  expect(await auditEvents("scorecard.read", bobCard)).toEqual([]);

  const aliceCard = (await scorecardOf(interviewId, ALICE))!.id;
  await fillAndSubmit(page.request, aliceCard, criteria);
  await page.reload();
  await expect(panel.getByRole("heading", { name: /^Bob Interviewer · / })).toBeVisible();
  expect(await auditEvents("scorecard.read", bobCard)).toEqual([ALICE]);
  const api = await page.request.get(`/api/scorecards/${bobCard}`);
  expect(api.status()).toBe(200);
  expect(await auditEvents("scorecard.read", bobCard)).toEqual([ALICE, ALICE]);
  await aliceContext.close();
});

test("forged requests get a clear 4xx and change nothing", async ({ page, playwright, baseURL }) => {
  const { interviewId, criteria } = await createInterview([ALICE, BOB]);
  await signInAs(page, BOB);
  await new ScorecardPage(page).goto(interviewId);
  const bobCard = (await scorecardOf(interviewId, BOB))!.id;
  await page.context().clearCookies();
  await signInAs(page, ALICE);
  await new ScorecardPage(page).goto(interviewId);
  const mine = (await scorecardOf(interviewId, ALICE))!.id;
  const rating = (over: object = {}) => ({ opId: crypto.randomUUID(), criterionId: criteria[0]!.id, level: 3, noEvidence: false, note: "", baseRevision: 0, ...over });
  const put = (id: string, data: unknown, headers?: Record<string, string>) => page.request.put(`/api/scorecards/${id}/ratings`, { data, headers });

  const cases: [string, Promise<{ status: () => number; json: () => Promise<unknown> }>, number][] = [
    ["another interviewer's scorecard", put(bobCard, rating()), 404],
    ["a made-up scorecard id", put(crypto.randomUUID(), rating()), 404],
    ["an id that is not a uuid", put("not-a-uuid", rating()), 404],
    ["malformed JSON", put(mine, "{not json", { "content-type": "application/json" }), 400],
    ["a level outside the scale", put(mine, rating({ level: 5 })), 400],
    ["a criterion of no stage", put(mine, rating({ criterionId: "made-up-criterion" })), 400],
    ["a non-uuid opId", put(mine, rating({ opId: "1" })), 400],
    ["a level together with No evidence", put(mine, rating({ noEvidence: true })), 400],
    ["reopening as an interviewer", page.request.post(`/api/scorecards/${mine}/reopen`, { data: { reason: "because I want to" } }), 403],
  ];
  for (const [what, pending, status] of cases) {
    const res = await pending;
    expect(res.status(), what).toBe(status);
    expect(await res.json(), what).toMatchObject({ error: expect.any(String) });
  }
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.put(`/api/scorecards/${mine}/ratings`, { data: rating() })).status()).toBe(401);
  await anonymous.dispose();
  expect(await ratingsOf(mine)).toEqual({});
  expect(await ratingsOf(bobCard)).toEqual({});

  // A submitted scorecard refuses writes.
  await page.context().clearCookies();
  await signInAs(page, BOB);
  await fillAndSubmit(page.request, bobCard, criteria);
  const late = await put(bobCard, rating({ level: 1, baseRevision: 1 }));
  expect(late.status()).toBe(409);
  expect(await late.json()).toMatchObject({ error: expect.stringMatching(/submitted/) });
  expect((await ratingsOf(bobCard))[criteria[0]!.id]?.level).toBe(3);
});

test("an admin reopens a submitted scorecard with a reason, and its interviewer can edit it again", async ({ browser }) => {
  const { interviewId, candidate, criteria } = await createInterview([ALICE]);
  const aliceContext = await browser.newContext();
  const alicePage = await aliceContext.newPage();
  await signInAs(alicePage, ALICE);
  await new ScorecardPage(alicePage).goto(interviewId);
  const card = (await scorecardOf(interviewId, ALICE))!.id;
  await fillAndSubmit(alicePage.request, card, criteria);

  const adminContext = await browser.newContext();
  const page = await adminContext.newPage();
  await signInAs(page, "admin@example.com");
  await page.goto("/admin/scorecards");
  // The list is long: the admin finds the candidate by name, through the URL's filter.
  const filters = page.getByRole("search", { name: "Find submitted scorecards" });
  await filters.getByRole("searchbox", { name: "Candidate", exact: true }).fill(candidate);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]q=Candidate/);
  const group = page.getByRole("region", { name: new RegExp(`^${candidate} ·`) });
  await expect(page.getByRole("region", { name: /^Candidate / })).toHaveCount(1);
  await expect(group).toContainText("Alice Interviewer · submitted");
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Showing 1–1 of 1 scorecards");

  // The scorecard can be read before it is reopened: the link opens the candidate's report at that interview.
  await group.getByRole("link", { name: /^Read it/ }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/[^/]+/candidates/[^/#]+#stage-${interviewId}$`));
  await expect(page.getByRole("heading", { level: 1, name: candidate })).toBeVisible();
  const stage = page.getByRole("region").filter({ has: page.locator(`[id="stage-${interviewId}"]`) });
  await expect(stage.getByText("Alice Interviewer").first()).toBeVisible();
  await page.goBack();

  const label = new RegExp(`^Reopen Alice Interviewer's scorecard for ${candidate},`);
  await page.getByRole("button", { name: label }).click();
  const form = page.getByRole("form", { name: label });
  // Cancel puts focus back on the button that opened the form, not on the page.
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: label })).toBeFocused();
  await page.getByRole("button", { name: label }).click();
  await form.getByLabel("Reason for reopening").fill("no");
  await form.getByRole("button", { name: "Reopen scorecard" }).click();
  await expect(form.getByRole("alert")).toHaveText("Give a reason of at least 5 characters");
  expect((await scorecardOf(interviewId, ALICE))!.status).toBe("submitted");

  await form.getByLabel("Reason for reopening").fill("Wrong candidate's notes pasted in the summary");
  await form.getByRole("button", { name: "Reopen scorecard" }).click();
  // The reopened card leaves the list of submitted ones once the server has answered and the page refreshed.
  await expect(form).toHaveCount(0);
  await expect(page.getByRole("button", { name: label })).toHaveCount(0);
  expect((await scorecardOf(interviewId, ALICE))!.status).toBe("draft");
  expect(await auditEvents("scorecard.reopened", card)).toEqual(["admin@example.com"]);

  const res = await alicePage.request.put(`/api/scorecards/${card}/ratings`, {
    data: { opId: crypto.randomUUID(), criterionId: criteria[0]!.id, level: 2, noEvidence: false, note: "", baseRevision: 1 },
  });
  expect(res.status()).toBe(200);
  await adminContext.close();
  await aliceContext.close();
});
