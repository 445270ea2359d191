import { expect, test } from "@playwright/test";
import { signInAs } from "./pages";
import { ScorecardPage } from "./scorecard-page";
import { auditEvents, closeDb, createInterview, ratingsOf, scorecardOf, submitInDb } from "./scoring-db";

const ALICE = "alice@example.com";
const BOB = "bob@example.com";
const CAROL = "carol@example.com";
const LEVEL = { 0: "No evidence", 1: "1 Below bar", 2: "2 Intermediate", 3: "3 Senior", 4: "4 Staff+" } as const;

test.afterAll(closeDb);

test("keyboard only: an interviewer scores a whole stage, with notes where required, and submits", async ({ page }) => {
  const { interviewId, criteria } = await createInterview([ALICE]);
  await signInAs(page, ALICE);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  const plan = [3, 2, 4, 0, 3, 1] as const;
  await page.keyboard.press("j");
  for (const [i, level] of plan.entries()) {
    const c = criteria[i]!;
    await expect(card.criterion(c.name).getByRole("radio").first()).toBeVisible();
    await page.keyboard.press(String(level));
    await expect(card.option(c.name, LEVEL[level])).toBeChecked();
    if (level === 1 || level === 4) {
      await page.keyboard.press("e");
      await expect(card.note(c.name)).toBeFocused();
      await page.keyboard.type(`evidence for ${c.id}: j k 1 2 typed safely`);
      await page.keyboard.press("Escape");
      await expect(card.note(c.name)).toHaveValue(`evidence for ${c.id}: j k 1 2 typed safely`);
    }
    if (i < plan.length - 1) await page.keyboard.press("j");
  }
  // k goes back up one criterion, and j down again.
  await page.keyboard.press("k");
  await expect(card.option(criteria[4]!.name, "3 Senior")).toBeFocused();
  await page.keyboard.press("j");

  // From the last criterion: its "Clear rating", its note, then the recommendation (native radios: arrows pick), the
  // summary, submit.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Clear rating of ${criteria[5]!.name}` })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(card.note(criteria[5]!.name)).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Yes", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Clear senior signal on incidents.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Submit scorecard" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  const saved = (await scorecardOf(interviewId, ALICE))!;
  expect(saved).toMatchObject({ status: "submitted", recommendation: "yes", summary: "Clear senior signal on incidents." });
  const ratings = await ratingsOf(saved.id);
  for (const [i, level] of plan.entries()) {
    expect(ratings[criteria[i]!.id]).toMatchObject(level === 0 ? { level: null, noEvidence: true } : { level, noEvidence: false });
  }
  expect(ratings[criteria[2]!.id]!.note).toBe(`evidence for ${criteria[2]!.id}: j k 1 2 typed safely`);
  expect(await auditEvents("scorecard.submitted", saved.id)).toEqual([ALICE]);
  await expect(page.getByRole("button", { name: "Submit scorecard" })).toHaveCount(0);
});

test("autosave: a rating and a note reach the database with no save button", async ({ page }) => {
  const { interviewId, criteria } = await createInterview([BOB]);
  await signInAs(page, BOB);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  await expect(page.getByRole("button", { name: /^save/i })).toHaveCount(0);
  const c = criteria[0]!;
  await card.rate(c.name, "2 Intermediate");
  await card.note(c.name).fill("Walked through lock_timeout and retries.");
  const id = (await scorecardOf(interviewId, BOB))!.id;
  await expect.poll(async () => (await ratingsOf(id))[c.id]).toEqual({ level: 2, noEvidence: false, note: "Walked through lock_timeout and retries." });
  await card.expectSaved();
});

test("offline: changes are kept on the device, survive closing the tab, and reach the server in order", async ({ page, context }) => {
  const { interviewId, criteria } = await createInterview([ALICE]);
  await signInAs(page, ALICE);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  const [c0, c1, c2] = criteria;
  await card.rate(c0!.name, "3 Senior");
  const id = (await scorecardOf(interviewId, ALICE))!.id;
  await expect.poll(async () => (await ratingsOf(id))[c0!.id]?.level).toBe(3);

  await context.setOffline(true);
  await card.rate(c1!.name, "2 Intermediate");
  await expect(card.status()).toHaveText("Offline — changes kept on this device");
  await card.rate(c2!.name, "4 Staff+");
  await card.note(c2!.name).fill("Designed the failover runbook others use.");
  await card.rate(c1!.name, "1 Below bar");
  await card.note(c1!.name).fill("No plan for lock waits.");
  await card.rate(c0!.name, "2 Intermediate");
  expect(await ratingsOf(id)).toEqual({ [c0!.id]: { level: 3, noEvidence: false, note: "" } });
  await page.close();

  await context.setOffline(false);
  const again = new ScorecardPage(await context.newPage());
  await again.goto(interviewId);
  await expect.poll(() => ratingsOf(id)).toEqual({
    [c0!.id]: { level: 2, noEvidence: false, note: "" },
    [c1!.id]: { level: 1, noEvidence: false, note: "No plan for lock waits." },
    [c2!.id]: { level: 4, noEvidence: false, note: "Designed the failover runbook others use." },
  });
  await expect(again.option(c1!.name, "1 Below bar")).toBeChecked();
  await expect(again.note(c2!.name)).toHaveValue("Designed the failover runbook others use.");
  await again.expectSaved();
});

test("two tabs: a stale write is refused, and the stale tab shows the newer value and says so", async ({ page, context }) => {
  const { interviewId, criteria } = await createInterview([ALICE]);
  await signInAs(page, ALICE);
  const first = new ScorecardPage(page);
  await first.goto(interviewId);
  const second = new ScorecardPage(await context.newPage());
  await second.goto(interviewId);
  const c = criteria[1]!;
  const id = (await scorecardOf(interviewId, ALICE))!.id;

  await first.rate(c.name, "2 Intermediate");
  await expect.poll(async () => (await ratingsOf(id))[c.id]?.level).toBe(2);
  await second.rate(c.name, "4 Staff+");
  await expect(second.page.getByText("Changed in another tab — showing the newer value")).toBeVisible();
  await expect(second.option(c.name, "2 Intermediate")).toBeChecked();
  await expect(second.option(c.name, "4 Staff+")).not.toBeChecked();
  expect((await ratingsOf(id))[c.id]?.level).toBe(2);
});

test("submit validation: every problem is listed, links to its field, and nothing is submitted", async ({ page }) => {
  const { interviewId, criteria } = await createInterview([BOB]);
  await signInAs(page, BOB);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  await card.rate(criteria[0]!.name, "1 Below bar");
  for (const c of criteria.slice(2)) await card.rate(c.name, "No evidence");
  await page.getByRole("button", { name: "Submit scorecard" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "before submitting" });
  await expect(alert.getByRole("heading")).toHaveText("Fix these 3 problems before submitting");
  await expect(alert.getByRole("link")).toHaveText([
    `Write an evidence note for “${criteria[0]!.name}”: a rating of 1 Below bar needs one.`,
    `Rate “${criteria[1]!.name}”, or mark it No evidence.`,
    "Choose an overall recommendation.",
  ]);
  await alert.getByRole("link", { name: `Rate “${criteria[1]!.name}”, or mark it No evidence.` }).click();
  await expect(card.criterion(criteria[1]!.name).getByRole("radio").first()).toBeFocused();
  await alert.getByRole("link", { name: /Write an evidence note/ }).click();
  await expect(card.note(criteria[0]!.name)).toBeFocused();

  // The server checks again on its own: a submit that skips the page is refused the same way.
  const id = (await scorecardOf(interviewId, BOB))!.id;
  await expect.poll(async () => Object.keys(await ratingsOf(id)).length).toBe(criteria.length - 1);
  const res = await page.request.post(`/api/scorecards/${id}/submit`);
  expect(res.status()).toBe(422);
  expect(((await res.json()) as { problems: unknown[] }).problems).toHaveLength(3);
  expect((await scorecardOf(interviewId, BOB))!.status).toBe("draft");
});

test("after submitting: the panel at a glance first, and a colleague's draft named but not shown", async ({ page }) => {
  const { interviewId, criteria } = await createInterview([ALICE, BOB, CAROL]);
  await submitInDb(interviewId, CAROL, criteria.map((c) => c.id), 2, "no");
  await signInAs(page, ALICE);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  for (const c of criteria) await card.rate(c.name, "3 Senior");
  await expect(page.getByText(`${criteria.length} of ${criteria.length} rated · recommendation needed`)).toBeVisible();
  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(page.getByText(`${criteria.length} of ${criteria.length} rated · ready to submit`)).toBeVisible();
  await page.getByRole("button", { name: "Submit scorecard" }).click();

  // My own card: each level and the recommendation as a badge of its own.
  const mine = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Your scorecard" }) });
  await expect(mine.getByText("3 Senior", { exact: true })).toHaveCount(criteria.length);
  await expect(mine.getByText("Yes", { exact: true })).toBeVisible();

  const glance = page.getByRole("list", { name: "The panel at a glance" });
  const carol = glance.getByRole("listitem").filter({ hasText: "Carol Interviewer" }).first();
  await expect(carol).toContainText("No");
  await expect(carol).toContainText("2 Intermediate");
  await expect(glance).toContainText(/Bob Interviewer · .+: draft, not submitted yet/);
  // Carol's whole card follows the summary; Bob's draft has no card, nothing of it is on the page.
  await carol.getByRole("link", { name: "Carol Interviewer" }).click();
  await expect(page.getByRole("heading", { level: 3, name: /^Carol Interviewer · / })).toBeInViewport();
  await expect(page.getByRole("heading", { name: /^Bob Interviewer/ })).toHaveCount(0);
});
