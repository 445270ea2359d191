// The scorecard for keyboard and screen-reader users: the rating group is a real radio group, the chosen level
// holds the focus, submit problems sit on their field and clear when fixed, and the save status speaks calmly.
import { expect, test } from "@playwright/test";
import { signInAs } from "./pages";
import { ScorecardPage } from "./scorecard-page";
import { closeDb, createInterview, ratingsOf, scorecardOf } from "./scoring-db";

const ALICE = "alice@example.com";
const BOB = "bob@example.com";

test.afterAll(closeDb);

test("a digit or an arrow chooses a level and puts the focus on it; j moves on and the bar names the criterion", async ({ page }) => {
  const { interviewId, criteria } = await createInterview([ALICE]);
  await signInAs(page, ALICE);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  const [c0, c1] = [criteria[0]!.name, criteria[1]!.name];

  await page.keyboard.press("j");
  await page.keyboard.press("4");
  await expect(card.option(c0, "4 Staff+")).toBeChecked();
  await expect(card.option(c0, "4 Staff+")).toBeFocused();
  await page.keyboard.press("3");
  await expect(card.option(c0, "3 Senior")).toBeChecked();
  await expect(card.option(c0, "3 Senior")).toBeFocused();
  await expect(card.option(c0, "4 Staff+")).not.toBeChecked();

  // Arrows move AND choose, inside the group, wrapping round (the ARIA radio pattern).
  for (const [key, level] of [["ArrowRight", "4 Staff+"], ["ArrowDown", "No evidence"], ["ArrowRight", "1 Below bar"], ["ArrowLeft", "No evidence"], ["ArrowUp", "4 Staff+"]] as const) {
    await page.keyboard.press(key);
    await expect(card.option(c0, level)).toBeChecked();
    await expect(card.option(c0, level)).toBeFocused();
  }
  await expect(page.getByText(`Now: ${c0}`)).toBeVisible();
  const id = (await scorecardOf(interviewId, ALICE))!.id;
  await expect.poll(async () => (await ratingsOf(id))[criteria[0]!.id]).toEqual({ level: 4, noEvidence: false, note: "" });

  await page.keyboard.press("j");
  await expect(card.criterion(c1).getByRole("radio").first()).toBeFocused();
  await expect(page.getByText(`Now: ${c1}`)).toBeVisible();
  // Back with Shift+Tab (past c1's "More on what to look for" if it has one, c0's note, its "Clear rating", then
  // c0's chosen level): the browser scrolls the focus clear of the sticky bar.
  await page.keyboard.press("Shift+Tab");
  if (!(await card.note(c0).evaluate((n) => n === document.activeElement))) await page.keyboard.press("Shift+Tab");
  await expect(card.note(c0)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: `Clear rating of ${c0}` })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(card.option(c0, "4 Staff+")).toBeFocused();
  const bar = await page.locator(".sticky").first().boundingBox();
  const focused = await card.option(c0, "4 Staff+").boundingBox();
  expect(focused!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  await page.keyboard.press("j");

  // The shortcuts dialog says what the keys do now.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("On a criterion's levels: choose the next or previous level");
  await expect(help).not.toContainText("Space or Enter picks");
  await page.keyboard.press("Escape");

  // Compact levels: one keystroke, remembered by this browser.
  const compact = page.getByRole("button", { name: "Compact levels" });
  await expect(compact).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("c");
  await expect(compact).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await card.waitForScript();
  await expect(compact).toHaveAttribute("aria-pressed", "true");
  // Still the whole anchor for a screen reader, however little shows.
  await expect(card.option(c0, "4 Staff+")).toHaveAccessibleDescription(/\S{3,}/);
  await compact.click();
  await expect(compact).toHaveAttribute("aria-pressed", "false");
});

test("submit problems mark their own field, and each clears as soon as it is fixed", async ({ page }) => {
  const { interviewId, criteria } = await createInterview([BOB]);
  await signInAs(page, BOB);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  const [c0, c1] = [criteria[0]!.name, criteria[1]!.name];
  await card.rate(c0, "1 Below bar");
  for (const c of criteria.slice(2)) await card.rate(c.name, "No evidence");
  await page.getByRole("button", { name: "Submit scorecard" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "before submitting" });
  await expect(alert.getByRole("link")).toHaveCount(3);
  const noteProblem = `Write an evidence note for “${c0}”: a rating of 1 Below bar needs one.`;
  const rateProblem = `Rate “${c1}”, or mark it No evidence.`;
  // The note is what is missing for c0: the note is invalid, not its rating group.
  await expect(card.note(c0)).toHaveAttribute("aria-invalid", "true");
  await expect(card.note(c0)).toHaveAccessibleDescription(noteProblem);
  await expect(card.criterion(c0)).not.toHaveAttribute("aria-invalid");
  await expect(card.criterion(c1)).toHaveAttribute("aria-invalid", "true");
  await expect(card.criterion(c1)).toHaveAccessibleDescription(rateProblem);
  await expect(page.getByRole("group", { name: "Overall recommendation" })).toHaveAccessibleDescription("Choose an overall recommendation.");

  await card.note(c0).fill("Could not say why the query waited.");
  await expect(card.note(c0)).not.toHaveAttribute("aria-invalid");
  await expect(page.getByText(noteProblem)).toHaveCount(0);
  await expect(alert.getByRole("heading")).toHaveText("Fix these 2 problems before submitting");

  await card.rate(c1, "2 Intermediate");
  await expect(card.criterion(c1)).not.toHaveAttribute("aria-invalid");
  await expect(page.getByText(rateProblem)).toHaveCount(0);

  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(page.getByText("Choose an overall recommendation.")).toHaveCount(0);
  await expect(alert).toHaveCount(0);
  expect((await scorecardOf(interviewId, BOB))!.status).toBe("draft");
});

test("the status region says Saved once after a burst of typing, not once per save", async ({ page }) => {
  const { interviewId, criteria } = await createInterview([ALICE]);
  await signInAs(page, ALICE);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  const c = criteria[0]!;
  await card.rate(c.name, "3 Senior");
  await card.expectSaved();

  // Every text the region takes from now on: what a screen reader would announce (an empty region says nothing).
  await card.status().evaluate((region) => {
    const w = window as unknown as { said: string[] };
    w.said = [];
    new MutationObserver(() => w.said.push(region.textContent ?? "")).observe(region, { subtree: true, childList: true, characterData: true });
  });
  const saves: string[] = [];
  page.on("request", (r) => void (r.method() === "PUT" && saves.push(r.url())));
  const note = "Read the lock graph from pg_locks, found the blocker, and explained why it waited.";
  await card.note(c.name).pressSequentially(note, { delay: 0 });
  await expect.poll(async () => (await ratingsOf((await scorecardOf(interviewId, ALICE))!.id))[c.id]?.note).toBe(note);
  await card.expectSaved();
  test.info().annotations.push({ type: "saves sent while typing", description: String(saves.length) });
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter((t) => t !== ""));
  expect(said).toEqual(["Saved"]);
});

test("an unknown interview or one not assigned to you: a 404 that says so", async ({ page }) => {
  const theirs = await createInterview([BOB]);
  await signInAs(page, ALICE);
  for (const id of [crypto.randomUUID(), theirs.interviewId]) {
    const response = await page.goto(`/interviews/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This interview does not exist or is not assigned to you");
    // The tab names what happened, not the page that was asked for ("Scorecard · Quorum").
    await expect(page).toHaveTitle("This interview does not exist or is not assigned to you · Quorum");
    await expect(page.getByRole("main")).toHaveCount(1);
  }
  // Someone who does not interview: a 403, titled as one.
  await page.context().clearCookies();
  await signInAs(page, "manager@example.com");
  const response = await page.goto(`/interviews/${theirs.interviewId}`);
  expect(response?.status()).toBe(403);
  await expect(page).toHaveTitle("You do not have access to this page · Quorum");
});

test("shortcuts from the toolbar; a rating can be cleared back to not rated; the bar says what is still missing", async ({ page }) => {
  const { interviewId, criteria } = await createInterview([ALICE]);
  await signInAs(page, ALICE);
  const card = new ScorecardPage(page);
  await card.goto(interviewId);
  const [c0, c1] = [criteria[0]!.name, criteria[1]!.name];
  const total = criteria.length;
  const bar = page.locator("[data-scoring-bar]");

  // Nothing typed yet: no "Saved", a hint instead, and nothing for a screen reader to announce.
  await expect(bar).toContainText("Changes save as you go");
  await expect(card.status()).toHaveText("");
  // The clock says what its numbers are (the word "elapsed" for screen readers), and that it is this browser's only.
  await expect(bar).toContainText(/00:00 elapsed of \d+ min/);
  await expect(page.getByRole("button", { name: "Start clock" })).toHaveAccessibleDescription("Runs in this browser only; not saved with the scorecard.");

  // On the toolbar's buttons the scoring keys still work.
  await page.getByRole("button", { name: "Start clock" }).focus();
  await page.keyboard.press("4");
  await expect(card.option(c0, "4 Staff+")).toBeChecked();
  await expect(card.option(c0, "4 Staff+")).toBeFocused();
  await card.expectSaved();
  await expect(bar).toContainText(`1 of ${total} rated · 1 note needed`);
  await page.getByRole("button", { name: "Compact levels" }).focus();
  await page.keyboard.press("j");
  await expect(card.option(c0, "4 Staff+")).toBeFocused();
  await page.getByRole("button", { name: /^Shortcuts/ }).focus();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Clear the rating (back to not rated)");
  await page.keyboard.press("Escape");

  // Backspace on the levels clears the rating: the server stores "not rated" and the count drops.
  await card.option(c0, "4 Staff+").focus();
  await page.keyboard.press("Backspace");
  await expect(card.criterion(c0).getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(bar).toContainText(`0 of ${total} rated`);
  const id = (await scorecardOf(interviewId, ALICE))!.id;
  await expect.poll(async () => (await ratingsOf(id))[criteria[0]!.id]).toEqual({ level: null, noEvidence: false, note: "" });

  // The button does the same for No evidence, keeps the note, and leaves the focus on the levels.
  await card.rate(c1, "No evidence");
  await card.note(c1).fill("Ran out of time.");
  await expect(bar).toContainText(`1 of ${total} rated`);
  await page.getByRole("button", { name: `Clear rating of ${c1}` }).click();
  await expect(card.criterion(c1).getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(card.criterion(c1).getByRole("radio").first()).toBeFocused();
  await expect(page.getByRole("button", { name: `Clear rating of ${c1}` })).toHaveCount(0);
  await expect.poll(async () => (await ratingsOf(id))[criteria[1]!.id]).toEqual({ level: null, noEvidence: false, note: "Ran out of time." });
  await expect(bar).toContainText(`0 of ${total} rated`);
});
