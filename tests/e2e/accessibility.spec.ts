// Every page and state of every role (tests/e2e/role-pages.ts) passes axe's WCAG 2.2 A and AA rules on a desktop and
// on a phone, logs no console error and throws nothing, and never scrolls sideways at 390 or 320 px wide.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContextOptions, type ConsoleMessage, type Page } from "@playwright/test";
import { signInAs } from "./pages";
import { adminPages, anonymousPages, interviewerPages, managerPages, noRolePages, type PageCase, type Role } from "./role-pages";
import { closeRolePagesDb } from "./role-pages-db";
import { closeDb } from "./scoring-db";

test.afterAll(async () => {
  await closeDb();
  await closeRolePagesDb();
});

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SIZES: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};
const REFLOW_WIDTHS = [390, 320];

/**
 * Chromium logs a document's own error status as a console error ("Failed to load resource: ... status of 404").
 * On a page whose status is expected, that one line is not a fault of ours; every other console error is.
 */
const isExpectedStatus = (m: ConsoleMessage, status: number, documentUrl: string) =>
  status >= 400 && m.location().url === documentUrl && m.text().includes(`the server responded with a status of ${status}`);
/** The same line for a request the state under test makes fail on purpose (PageCase.expectedFailures). */
const isExpectedFailure = (m: ConsoleMessage, c: PageCase) =>
  (c.expectedFailures ?? []).some((f) => new URL(m.location().url || "http://x/").pathname === f.path && m.text().includes(`the server responded with a status of ${f.status}`));

async function check(page: Page, size: string, role: string, c: PageCase): Promise<string[]> {
  const where = `${size} ${role} ${c.name}`;
  const status = c.status ?? 200;
  const problems: string[] = [];
  // Console errors are judged once the document's own URL is known (its status line arrives during page.goto).
  const consoleErrors: ConsoleMessage[] = [];
  const onConsole = (m: ConsoleMessage) => void (m.type() === "error" && consoleErrors.push(m));
  const onPageError = (e: Error) => problems.push(`${where}: page error: ${e.message}`);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  let documentUrl = "";
  try {
    const response = await page.goto(c.path);
    documentUrl = response?.url() ?? "";
    expect(response?.status(), where).toBe(status);
    await page.waitForLoadState("networkidle");
    await c.act?.(page);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of violations) {
      for (const node of v.nodes) problems.push(`${where}: ${v.id} (${v.impact}) ${node.target.join(" ")}`);
    }
    if (size === "phone") problems.push(...(await reflow(page, where)));
  } catch (error) {
    // One broken page must not hide what the others would show.
    problems.push(`${where}: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
  }
  for (const m of consoleErrors) if (!isExpectedStatus(m, status, documentUrl) && !isExpectedFailure(m, c)) problems.push(`${where}: console error: ${m.text()}`);
  return problems;
}

/** The page is no wider than the screen at each width (WCAG 1.4.10): content may scroll inside a region, never the page. */
async function reflow(page: Page, where: string): Promise<string[]> {
  const viewport = page.viewportSize()!;
  const problems: string[] = [];
  for (const width of REFLOW_WIDTHS) {
    await page.setViewportSize({ width, height: viewport.height });
    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const root = document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    if (scrollWidth > clientWidth) problems.push(`${where}: reflow at ${width} px: the page is ${scrollWidth} px wide`);
  }
  await page.setViewportSize(viewport);
  return problems;
}

/** One context per role and size: the person signs in once and visits every page. */
async function checkRole(browser: Browser, size: string, role: Role) {
  const context = await browser.newContext(SIZES[size]);
  const page = await context.newPage();
  const problems: string[] = [];
  try {
    if (role.email) await signInAs(page, role.email);
    for (const c of role.pages) problems.push(...(await check(page, size, role.role, c)));
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
}

const ROLES: [string, () => Role | Promise<Role>][] = [
  ["anonymous", anonymousPages],
  ["a person without a role", noRolePages],
  ["interviewer", interviewerPages],
  ["hiring manager", managerPages],
  ["admin", adminPages],
];

for (const size of Object.keys(SIZES)) {
  for (const [who, pagesOf] of ROLES) {
    test(`${size}: every page of the ${who} passes axe (WCAG 2.2 AA), logs no error${size === "phone" ? " and reflows at 390 and 320 px" : ""}`, async ({ browser }) => {
      test.setTimeout(300_000);
      await checkRole(browser, size, await pagesOf());
    });
  }
}
