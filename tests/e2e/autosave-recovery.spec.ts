// Autosave under the ways a page really goes away or goes wrong: a reload in the middle of typing, an in-app link
// away and back, a tab closed offline and taken over on a device that meanwhile lost the race, a fast typist on a
// fast network, a long offline stretch, and the note shortcut.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./pages";
import { ScorecardPage } from "./scorecard-page";
import { closeDb, createInterview, ratingsOf, scorecardOf } from "./scoring-db";
import { countStatusChanges, holdSaves, recordSaves } from "./save-traffic";

const ALICE = "alice@example.com";
const BOB = "bob@example.com";
const CONFLICT = "Changed in another tab — showing the newer value";
const OFFLINE = "Offline — changes kept on this device";

test.afterAll(closeDb);

/** A new interview for `email`, signed in, its scorecard open. */
async function openNewScorecard(page: Page, email: string) {
  const { interviewId, candidate, criteria } = await createInterview([email]);
  await signInAs(page, email);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  return { card, candidate, criteria, interviewId, id: (await scorecardOf(interviewId, email))!.id };
}

test("reload right after the last key: the queue read back at load is sent at once, without another edit", async ({ page }) => {
  const { card, criteria, id } = await openNewScorecard(page, ALICE);
  const c = criteria[0]!;
  const note = "Read the plan, found the seq scan, added the index concurrently.";

  // A slow server: the rating's save is on its way when the note is typed, so the note is still queued at reload.
  const slow = await holdSaves(page);
  await card.rate(c.name, "3 Senior");
  await card.note(c.name).pressSequentially(note, { delay: 0 });
  await page.reload();
  await card.waitForScript();
  await expect(card.note(c.name)).toHaveValue(note);
  await expect(card.option(c.name, "3 Senior")).toBeChecked();
  await expect(card.status()).toHaveText("Saving… 2 changes");

  await slow.release();
  await expect.poll(() => ratingsOf(id)).toEqual({ [c.id]: { level: 3, noEvidence: false, note } });
  await card.expectSaved();
});

test("an in-app link away mid-save: the queue keeps going, and coming back shows what was saved", async ({ page }) => {
  const { card, candidate, criteria, id } = await openNewScorecard(page, BOB);
  const c = criteria[1]!;
  const note = "Knew why the replica lagged: a long query held back replay.";

  const slow = await holdSaves(page);
  await card.rate(c.name, "4 Staff+");
  await card.note(c.name).pressSequentially(note, { delay: 0 });
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "My interviews" }).click();
  await expect(page.getByRole("link", { name: new RegExp(candidate) })).toBeVisible();
  await slow.release();
  await expect.poll(() => ratingsOf(id)).toEqual({ [c.id]: { level: 4, noEvidence: false, note } });

  await page.getByRole("link", { name: new RegExp(candidate) }).click();
  await card.waitForScript();
  await expect(card.note(c.name)).toHaveValue(note);
  await card.expectNothingToSend();
  // The browser's Back shows the page as first rendered: what was saved since still shows, and is not a conflict.
  await page.goBack();
  await page.goBack();
  await card.waitForScript();
  await expect(card.note(c.name)).toHaveValue(note);
  await card.expectNothingToSend();
  await card.note(c.name).press("End");
  await card.note(c.name).pressSequentially(" Fixed it.");
  await expect.poll(async () => (await ratingsOf(id))[c.id]?.note).toBe(`${note} Fixed it.`);
  await expect(page.getByText(CONFLICT)).toHaveCount(0);
});

test("two devices: a closed tab's offline rating, taken over later, never overwrites the newer one from another device", async ({ browser }) => {
  const { interviewId, criteria } = await createInterview([ALICE]);
  const c = criteria[2]!; // never rated: no row yet
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  try {
    const first = new ScorecardPage(await laptop.newPage());
    await signInAs(first.page, ALICE);
    await first.goto(interviewId);
    const id = (await scorecardOf(interviewId, ALICE))!.id;
    await laptop.setOffline(true);
    await first.rate(c.name, "2 Intermediate");
    await expect(first.status()).toHaveText(OFFLINE);
    await first.page.close();

    const other = new ScorecardPage(await phone.newPage());
    await signInAs(other.page, ALICE);
    await other.goto(interviewId);
    await other.rate(c.name, "4 Staff+");
    await expect.poll(async () => (await ratingsOf(id))[c.id]?.level).toBe(4);
    await other.expectSaved();

    await laptop.setOffline(false);
    const later = new ScorecardPage(await laptop.newPage());
    await later.goto(interviewId);
    await expect(later.page.getByText(CONFLICT)).toBeVisible();
    await expect(later.option(c.name, "4 Staff+")).toBeChecked();
    await later.expectSaved();
    expect((await ratingsOf(id))[c.id]).toEqual({ level: 4, noEvidence: false, note: "" });
  } finally {
    await laptop.close();
    await phone.close();
  }
});

test("a fast typist: no save is sent again once the server has answered it", async ({ page }) => {
  const { card, criteria, id } = await openNewScorecard(page, BOB);
  const saves = recordSaves(page);
  const notes: Record<string, string> = {};
  for (const c of criteria.slice(0, 3)) {
    notes[c.id] = `Talked through ${c.id}: checkpoints, WAL volume, and what full_page_writes costs after each one.`;
    await card.rate(c.name, "3 Senior");
    await card.note(c.name).pressSequentially(notes[c.id]!, { delay: 0 });
  }
  await expect.poll(async () => Object.fromEntries(Object.entries(await ratingsOf(id)).map(([k, v]) => [k, v.note]))).toEqual(notes);
  await card.expectSaved();
  test.info().annotations.push({ type: "saves", description: `${saves.ops().length} ops, ${saves.resent().length} sent again, ${saves.sentAfterSuccess()} after a 2xx` });
  expect(saves.sentAfterSuccess()).toBe(0);
  expect(saves.resent()).toEqual([]);
});

test("offline: typing does not make the status region change on every key", async ({ page, context }) => {
  const { card, criteria, id } = await openNewScorecard(page, ALICE);
  const c = criteria[3]!;
  await context.setOffline(true);
  await card.rate(c.name, "2 Intermediate");
  await expect(card.status()).toHaveText(OFFLINE);

  const changes = await countStatusChanges(page);
  const note = "Spotted the missing index on the foreign key, but not the lock it caused.";
  await card.note(c.name).pressSequentially(note, { delay: 5 });
  await expect(card.note(c.name)).toHaveValue(note);
  await expect(card.status()).toHaveText(OFFLINE);
  test.info().annotations.push({ type: "status changes while offline", description: String(await changes()) });
  expect(await changes()).toBe(0);

  await context.setOffline(false);
  await expect.poll(async () => (await ratingsOf(id))[c.id]).toEqual({ level: 2, noEvidence: false, note });
  await card.expectSaved();
});

test("e puts the caret at the end of an existing note", async ({ page }) => {
  const { card, criteria, id, interviewId } = await openNewScorecard(page, BOB);
  const c = criteria[0]!;
  await card.rate(c.name, "3 Senior");
  await card.note(c.name).fill("Used pg_stat_statements first");
  await expect.poll(async () => (await ratingsOf(id))[c.id]?.note).toBe("Used pg_stat_statements first");

  await card.goto(interviewId); // the note as the server renders it, never focused yet
  await card.option(c.name, "3 Senior").focus();
  await page.keyboard.press("e");
  await expect(card.note(c.name)).toBeFocused();
  await page.keyboard.type(", then the plan.");
  await expect(card.note(c.name)).toHaveValue("Used pg_stat_statements first, then the plan.");
  await expect.poll(async () => (await ratingsOf(id))[c.id]?.note).toBe("Used pg_stat_statements first, then the plan.");
});
