// A hiring manager runs an opening in the browser: creates a position with its team, schedules an applicant's
// interview (in Berlin time, seen from a browser in New York), downloads its calendar invite, reschedules it; the
// interviewer on the panel finds it in My interviews with the candidate's name and an "Add to calendar" link.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./pages";
import { signInRequest } from "./api-session";
import { applyToPosition, closePositionsDb, interviewsOf } from "./positions-db";
import { closeDb, createForeignPosition, createInterview } from "./scoring-db";

const CANDIDATE = "Mei Tanaka";

test.use({ timezoneId: "America/New_York" });
test.afterAll(closePositionsDb);
test.afterAll(closeDb);

async function downloadInvite(page: Page) {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download calendar invite (.ics)" }).click();
  const text = fs.readFileSync((await (await download).path())!, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { text, method: calendar.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString(), summary: event.summary };
}

test("a hiring manager creates a position and its team, schedules, downloads the invite and reschedules; the interviewer sees it", async ({ page, browser }) => {
  const title = `Staff DBA ${randomUUID().slice(0, 8)}`;
  // Times are rendered in the browser's zone after hydration: React must not report a mismatch on any page.
  const consoleErrors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  await signInAs(page, "manager@example.com");
  await page.getByRole("link", { name: "Positions", exact: true }).click();
  await page.getByRole("link", { name: "New position" }).first().click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Team or department").fill("Data platform");
  await page.getByLabel("Location").fill("Berlin");
  await page.getByLabel("Matrix and version it hires on").selectOption("latest:senior-postgresql-engineer");
  await page.getByRole("button", { name: "Create position" }).click();

  // The new position's team: the manager is on it already; Alice joins the interviewer pool.
  await expect(page.getByRole("heading", { name: "Hiring team" })).toBeVisible();
  const managers = page.getByRole("group", { name: "Hiring managers" });
  await expect(managers.getByRole("checkbox", { name: /Morgan Manager/ })).toBeChecked();
  await page.getByRole("group", { name: "Interviewer pool" }).getByRole("checkbox", { name: /Alice Interviewer/ }).check();
  await page.getByRole("button", { name: "Save team" }).click();
  await expect(page.getByText("Team saved.")).toBeVisible();

  // An applicant (candidates are added on the candidates pages; here, straight in the database).
  await applyToPosition(CANDIDATE, title);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Alice Interviewer")).toBeVisible();
  const applicant = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: CANDIDATE }) });
  await expect(applicant.getByText("4 of 4 stages not scheduled")).toBeVisible();
  await applicant.getByRole("link", { name: `Schedule Production ownership, change safety & automation for ${CANDIDATE}` }).click();

  // Schedule: the candidate and stage come from the link, the length from the plan, the zone from the browser.
  await expect(page.getByLabel("Candidate")).toHaveValue(/.+/);
  await expect(page.getByLabel("Length (minutes)")).toHaveValue("60");
  await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2031-07-15");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await page.getByLabel("Location or meeting link").fill("https://meet.example.com/staff-dba");
  await page.getByRole("group", { name: /Interviewers/ }).getByRole("checkbox", { name: /Alice Interviewer/ }).check();
  await page.getByRole("button", { name: "Schedule interview" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `${CANDIDATE}: Production ownership, change safety & automation` })).toBeVisible();
  await expect(page.getByText(/No mail server is set up/)).toBeVisible();
  await expect(page.getByText("Tue 15 Jul 2031, 04:00–05:00 EDT")).toBeVisible();
  await expect(page.getByText("Tue 15 Jul 2031, 10:00–11:00 Europe/Berlin (UTC+02:00)")).toBeVisible();
  const [stored] = await interviewsOf(title);
  expect(stored).toMatchObject({ scheduledAt: new Date("2031-07-15T08:00:00Z"), timeZone: "Europe/Berlin", sequence: 0 });

  const invite = await downloadInvite(page);
  expect(invite).toMatchObject({ method: "REQUEST", sequence: 0, start: "2031-07-15T08:00:00.000Z" });
  expect(invite.text).toContain("DTSTART;TZID=Europe/Berlin:20310715T100000");
  expect(invite.text).toContain("ATTENDEE;CN=\"Alice Interviewer\"");
  expect(invite.summary).toContain(CANDIDATE);

  // Reschedule an hour later: same UID, SEQUENCE 1.
  const reschedule = page.getByRole("form", { name: "Reschedule" });
  await expect(reschedule.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await reschedule.getByLabel("Start time").fill("11:00");
  await reschedule.getByRole("button", { name: "Reschedule" }).click();
  await expect(page.getByText("Tue 15 Jul 2031, 11:00–12:00 Europe/Berlin (UTC+02:00)")).toBeVisible();
  const moved = await downloadInvite(page);
  expect(moved).toMatchObject({ uid: invite.uid, sequence: 1, start: "2031-07-15T09:00:00.000Z" });

  // The position page now shows the stage as scheduled.
  await page.getByRole("link", { name: title }).click();
  await expect(applicant.getByText("3 of 4 stages not scheduled")).toBeVisible();

  expect(consoleErrors.filter((e) => /hydrat|#418|#423|#425/i.test(e))).toEqual([]);

  // Alice, on the panel, finds it among her interviews, with the candidate's name and the calendar link.
  const alice = await browser.newContext({ timezoneId: "America/New_York" });
  const alicePage = await alice.newPage();
  await signInAs(alicePage, "alice@example.com");
  await alicePage.goto("/interviews");
  const row = alicePage.getByRole("link").filter({ hasText: title });
  await expect(row).toContainText(CANDIDATE);
  await expect(row).toContainText("Tue 15 Jul 2031, 05:00 EDT");
  await row.click();
  await expect(alicePage.getByRole("heading", { level: 1, name: CANDIDATE })).toBeVisible();
  await expect(alicePage.getByRole("link", { name: "Add to calendar" })).toHaveAttribute("href", `/api/interviews/${stored!.id}/invite.ics`);
  // She has no access to positions.
  expect((await alicePage.goto(`/positions`))!.status()).toBe(403);
  await alice.close();
});

test("position pages answer 403 outside the manager's positions, 404 for unknown ids, and 403 to an interviewer", async ({ request, playwright }) => {
  const foreign = await createForeignPosition();
  const { interviewId } = await createInterview(["alice@example.com"]);
  await signInRequest(request, "manager@example.com");
  const unknown = "00000000-0000-4000-8000-000000000000";
  for (const [path, status] of [
    ["/positions", 200],
    [`/positions/${foreign.positionId}`, 403],
    [`/positions/${foreign.positionId}/team`, 403],
    [`/positions/${unknown}`, 404],
    ["/positions/not-a-uuid", 404],
    [`/api/interviews/${unknown}/invite.ics`, 404],
  ] as const) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(status);
  }
  const alice = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await signInRequest(alice, "alice@example.com");
  expect((await alice.get("/positions")).status()).toBe(403);
  expect((await alice.get(`/api/interviews/${interviewId}/invite.ics`)).status()).toBe(200);
  await alice.dispose();
});
