// Times in the reader's zone while the server runs in UTC: the browser's zone by default (New York, Tokyo), the
// profile's zone when one is saved; My interviews groups by the reader's day. Axe (WCAG 2.2 A/AA) finds nothing on
// My interviews and the profile at desktop and phone sizes.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "./pages";
import { closeTimeZonesDb, interviewerWithInterviewAt, personAddedAt, savedTimeZone } from "./time-zones-db";

test.afterAll(closeTimeZonesDb);

const HOUR = 3_600_000;
const NY = "America/New_York";
const TOKYO = "Asia/Tokyo";

/** The instant the current calendar day ends in `zone` (next local midnight), from Intl alone. */
function endOfToday(zone: string, now = new Date()): number {
  const f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const [h, m, s] = f.format(now).split(":").map(Number);
  return now.getTime() + (24 * 3600 - (h! * 3600 + m! * 60 + s!)) * 1000;
}

const clock = (at: Date, zone: string) => new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" }).format(at);

/**
 * Half an hour after the first of the two zones' days ends: tomorrow ("Upcoming") in that zone, still today in the
 * other (their midnights are 13 or 14 hours apart). Which is which depends on when the test runs.
 */
function splitInstant() {
  const [ny, tokyo] = [endOfToday(NY), endOfToday(TOKYO)];
  const at = new Date(Math.min(ny, tokyo) + HOUR / 2);
  return { at, upcomingIn: ny < tokyo ? NY : TOKYO, todayIn: ny < tokyo ? TOKYO : NY };
}

async function openAs(browser: Browser, timezoneId: string, email: string, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ timezoneId, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await signInAs(page, email);
  return { page, errors, close: () => context.close() };
}

const group = (page: Page, name: string) => page.getByRole("region", { name });
const abbreviation = (zone: string) => (zone === NY ? /E[SD]T/ : /GMT\+9/);

test("My interviews shows the interview at the browser's local time, with the zone's name, in the browser's day", async ({ browser }) => {
  const { at, upcomingIn, todayIn } = splitInstant();
  const { email, candidate } = await interviewerWithInterviewAt(at);
  for (const zone of [upcomingIn, todayIn]) {
    const { page, errors, close } = await openAs(browser, zone, email);
    await page.goto("/interviews");
    const own = zone === todayIn ? "Today" : "Upcoming";
    const other = zone === todayIn ? "Upcoming" : "Today";
    const row = group(page, own).getByRole("link").filter({ hasText: candidate });
    await expect(row).toContainText(clock(at, zone));
    await expect(row).toContainText(abbreviation(zone));
    await expect(group(page, other).getByText(candidate)).toHaveCount(0);
    // Today's interviews carry the call to act; later ones their status.
    await expect(row).toContainText(own === "Today" ? "Score now" : "Not started");
    await expect(page.getByText(`Times are in ${zone}, your browser's time zone.`)).toBeVisible();
    // A second load is rendered by the server in the zone the browser reported (its cookie): still the same text.
    await page.reload();
    await expect(group(page, own).getByRole("link").filter({ hasText: candidate })).toContainText(clock(at, zone));
    expect(errors).toEqual([]);
    await close();
  }
});

test("a date shown alone is the reader's calendar day: added late on 2 March UTC reads 3 March in Tokyo", async ({ browser }) => {
  const id = await personAddedAt(new Date("2026-03-02T23:30:00Z"));
  for (const [zone, day] of [[TOKYO, "3 Mar 2026"], [NY, "2 Mar 2026"]] as const) {
    const { page, errors, close } = await openAs(browser, zone, "admin@example.com");
    await page.goto(`/admin/people/${id}`);
    await expect(page.getByText(/· added/)).toContainText(`added ${day}`);
    expect(errors).toEqual([]);
    await close();
  }
});

test("a zone saved in the profile overrides the browser's, on My interviews too; Automatic follows the browser again", async ({ browser }) => {
  const { at, upcomingIn, todayIn } = splitInstant();
  const { email, candidate } = await interviewerWithInterviewAt(at);
  // The browser is in the zone where the interview is upcoming; the profile says the other.
  const { page, errors, close } = await openAs(browser, upcomingIn, email);
  await page.getByTestId("signed-in-person").click();
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  const select = page.getByRole("combobox", { name: "Time zone" });
  await expect(select).toHaveValue("");
  await expect(select.locator("option:checked")).toHaveText(`Automatic (your browser: ${upcomingIn})`);
  await select.selectOption(todayIn);
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved. Times are now shown in ${todayIn}.` })).toBeVisible();
  expect(await savedTimeZone(email)).toBe(todayIn);

  await page.goto("/interviews");
  const row = group(page, "Today").getByRole("link").filter({ hasText: candidate });
  await expect(row).toContainText(clock(at, todayIn));
  await expect(row).toContainText(abbreviation(todayIn));
  await expect(page.getByText(`Times are in ${todayIn}, the time zone set in your profile.`)).toBeVisible();

  await page.goto("/profile");
  await page.getByRole("combobox", { name: "Time zone" }).selectOption("");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. Times now follow your browser's time zone." })).toBeVisible();
  await page.goto("/interviews");
  await expect(group(page, "Upcoming").getByRole("link").filter({ hasText: candidate })).toContainText(clock(at, upcomingIn));
  expect(errors).toEqual([]);
  await close();
});

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`axe finds no WCAG 2.2 A/AA violation on My interviews and the profile at ${viewport.width}x${viewport.height}`, async ({ browser }) => {
    const { at } = splitInstant();
    const { email } = await interviewerWithInterviewAt(new Date(Date.now() + HOUR / 4));
    await interviewerWithInterviewAt(at);
    const { page, errors, close } = await openAs(browser, TOKYO, email, viewport);
    for (const path of ["/interviews", "/profile"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
      expect({ path, violations: violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`) }).toEqual({ path, violations: [] });
    }
    expect(errors).toEqual([]);
    await close();
  });
}
