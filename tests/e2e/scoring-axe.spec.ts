// axe (WCAG 2.2 A and AA) on the interviewer's own pages, at a desktop and a phone size: the sign-in page with an
// error showing, a draft scorecard (plain, with its submit problems, in compact mode) and a submitted one.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { LoginPage, signInAs } from "./pages";
import { closeDb, createInterview, submittedInterviewOf } from "./scoring-db";
import { ScorecardPage } from "./scorecard-page";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const SIZES = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
] as const;

/** The violations, one line each (rule: target), so a failure says where to look. */
async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

const ALICE = "alice@example.com";

/** A new draft of alice's, open and live. */
async function openDraft(page: Page) {
  const { interviewId } = await createInterview([ALICE]);
  await signInAs(page, ALICE);
  await new ScorecardPage(page).goto(interviewId);
}

test.afterAll(closeDb);

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, ...("isMobile" in size ? { isMobile: size.isMobile, hasTouch: size.hasTouch } : {}) });

    test("sign-in with an error: no WCAG violation", async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.signIn("alice@example.com", "not-the-password");
      await expect(login.error()).toHaveText("The email or password is not right.");
      expect(await violations(page)).toEqual([]);
    });

    test("draft scorecard and its submit problems: no WCAG violation", async ({ page }) => {
      await openDraft(page);
      expect(await violations(page)).toEqual([]);
      await page.getByRole("button", { name: "Submit scorecard" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "before submitting" })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("draft scorecard in compact mode, and the shortcuts where they are offered: no WCAG violation", async ({ page }) => {
      await openDraft(page);
      const compact = page.getByRole("button", { name: "Compact levels" });
      await compact.click();
      await expect(compact).toHaveAttribute("aria-pressed", "true");
      expect(await violations(page)).toEqual([]);
      await compact.click();
      // Touch only: no Shortcuts button (there is no keyboard to use them with); with a mouse, the dialog is checked too.
      const shortcuts = page.getByRole("button", { name: /^Shortcuts/ });
      if ("isMobile" in size) return await expect(shortcuts).toBeHidden();
      await shortcuts.click();
      await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("submitted scorecard: no WCAG violation", async ({ page }) => {
      const submitted = await submittedInterviewOf(ALICE);
      await signInAs(page, ALICE);
      await page.goto(`/interviews/${submitted.interviewId}`);
      await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test("phone: the shortcuts dialog fits the screen", async ({ browser }) => {
  // A phone-sized window with a mouse: the only way a 390 px screen offers the Shortcuts button.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openDraft(page);
  await page.keyboard.press("?");
  const box = await page.getByRole("dialog", { name: "Keyboard shortcuts" }).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await context.close();
});
