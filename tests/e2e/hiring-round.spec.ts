// A whole hiring round in the browser, from the admin's first click to the hiring manager's report: the admin adds
// an interviewer and gives them a temporary password, creates a position with its team, adds one candidate by hand
// and one by CSV import (a bad row is shown in the preview and skipped), schedules an interview and downloads its
// calendar invite; the new interviewer signs in with what they were given, sees only that interview and scores it;
// the hiring manager finds the candidate in the position's report. (Merging a duplicate caught at import, and undoing
// it, is candidates.spec.ts.)
import fs from "node:fs";
import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import { LoginPage, signInAs } from "./pages";
import { ScorecardPage } from "./scorecard-page";

const run = Date.now().toString(36);
const INTERVIEWER = { name: `Ivy Newhire ${run}`, email: `ivy-${run}@example.com` };
const POSITION = `Database Reliability Engineer ${run}`;
const BY_HAND = `Ada Candidate ${run}`;
const IMPORTED = `Ben Imported ${run}`;
const STAGE = "Production ownership, change safety & automation";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

test("an admin runs a hiring round in the browser; the new interviewer scores; the hiring manager sees the report", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin@example.com");

  // People: a new interviewer with a temporary password, shown once.
  await page.getByRole("link", { name: /Active people/ }).click();
  await page.getByRole("link", { name: "Add a person" }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(INTERVIEWER.name);
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(INTERVIEWER.email);
  await page.getByRole("checkbox", { name: /Interviewer/ }).check();
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: INTERVIEWER.name })).toBeVisible();
  await page.getByRole("button", { name: "Generate a temporary password…" }).click();
  await page.getByRole("dialog", { name: `A temporary password for ${INTERVIEWER.name}` }).getByRole("button", { name: "Generate password" }).click();
  const password = (await page.getByTestId("secret").textContent())!;
  expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);

  // A position on the senior matrix, with the demo hiring manager and the new interviewer on its team.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Positions" }).click();
  await page.getByRole("link", { name: "New position" }).first().click();
  await page.getByLabel("Title").fill(POSITION);
  await page.getByLabel("Team or department").fill("Data platform");
  await page.getByLabel("Location").fill("Remote (Europe)");
  await page.getByLabel("Matrix and version it hires on").selectOption("latest:senior-postgresql-engineer");
  await page.getByRole("button", { name: "Create position" }).click();
  await expect(page.getByRole("heading", { name: "Hiring team" })).toBeVisible();
  await page.getByRole("group", { name: "Hiring managers" }).getByRole("checkbox", { name: /Morgan Manager/ }).check();
  await page.getByRole("group", { name: "Interviewer pool" }).getByRole("checkbox", { name: new RegExp(INTERVIEWER.name) }).check();
  await page.getByRole("button", { name: "Save team" }).click();
  await expect(page.getByText("Team saved.")).toBeVisible();

  // A candidate by hand, applying to the position.
  await page.goto("/candidates/new");
  const form = page.getByRole("form", { name: "Add a candidate" });
  await form.getByLabel("Name").fill(BY_HAND);
  await form.getByLabel("Email").fill(`ada-${run}@example.org`);
  await form.getByLabel("Links").fill(`https://github.com/ada-${run}`);
  await form.getByRole("checkbox", { name: POSITION }).check();
  await form.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: BY_HAND })).toBeVisible();

  // A candidate by CSV import: the preview shows the bad row's problem; only the valid row is imported.
  await page.goto("/candidates/import");
  const csv = ["name,email,phone,source,links,notes", `${IMPORTED},ben-${run}@example.org,,Job board,,`, `Bad Row ${run},not-an-email,,,,`].join("\n");
  await page.getByLabel("Apply every row to").selectOption({ label: POSITION });
  await page.getByLabel(/^CSV file/).setInputFiles({ name: "round.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByRole("table", { name: "Rows of round.csv" });
  const badRow = preview.getByRole("row").filter({ hasText: `Bad Row ${run}` });
  await expect(badRow).toContainText("Bad email address");
  await expect(badRow).toContainText("Skipped");
  await page.getByRole("button", { name: "Import 1 candidate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 candidate." })).toBeVisible();

  // Schedule the hand-added candidate's first stage with the new interviewer, and download the invite.
  await page.goto("/positions");
  await page.getByRole("link", { name: POSITION }).click();
  const applicant = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: BY_HAND }) });
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: IMPORTED }) })).toBeVisible();
  await applicant.getByRole("link", { name: `Schedule ${STAGE} for ${BY_HAND}` }).click();
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2031-08-05");
  await page.getByLabel("Start time").fill("14:30");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await page.getByRole("group", { name: /Interviewers/ }).getByRole("checkbox", { name: new RegExp(INTERVIEWER.name) }).check();
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${BY_HAND}: ${STAGE}` })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download calendar invite (.ics)" }).click();
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync((await (await download).path())!, "utf8")));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
  expect(event.startDate.toJSDate().toISOString()).toBe("2031-08-05T12:30:00.000Z");
  expect(event.summary).toContain(BY_HAND);
  expect(event.attendees.map((a) => a.getParameter("cn"))).toContain(INTERVIEWER.name);
  await signOut(page);

  // The new interviewer signs in with the temporary password and sees only this interview.
  await new LoginPage(page).signIn(INTERVIEWER.email, password);
  await expect(page.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();
  const interviews = page.getByRole("main").getByRole("link").filter({ hasText: POSITION });
  await expect(interviews).toHaveCount(1);
  await expect(interviews).toContainText(BY_HAND);
  await expect(page.getByRole("main")).not.toContainText(IMPORTED);
  await expect(page.getByRole("main")).not.toContainText("Priya Raman");
  await interviews.click();
  await expect(page.getByRole("heading", { level: 1, name: BY_HAND })).toBeVisible();
  await expect(page.getByRole("link", { name: `https://github.com/ada-${run}` })).toBeVisible();
  expect((await page.request.get("/candidates")).status()).toBe(403);

  // Scores every criterion of the stage at Senior, recommends, summarises and submits.
  const card = new ScorecardPage(page);
  await card.waitForScript();
  const groups = page.getByRole("radiogroup");
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole("radio", { name: "3 Senior", exact: true }).click();
  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await page.getByLabel("Summary note").fill("Calm, methodical incident work; clear senior signal.");
  await card.expectSaved();
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await signOut(page);

  // The hiring manager sees the candidate, scored, in the position's report.
  await signInAs(page, "manager@example.com");
  await page.goto("/reports");
  await page.getByRole("link", { name: POSITION }).click();
  await expect(page.getByRole("heading", { level: 1, name: POSITION })).toBeVisible();
  await expect(page.getByRole("main").getByText(BY_HAND).first()).toBeVisible();
});
