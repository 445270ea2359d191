// The demo admin runs the candidate pages in a real browser: adds a candidate, imports a CSV with a bad row and a
// near-duplicate of a demo candidate, merges that one into the demo candidate from the preview, and undoes it.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./pages";
import { signInRequest } from "./api-session";

const POSITION = "Senior PostgreSQL Engineer";
const run = Date.now().toString(36);

async function openCandidate(page: Page, name: string) {
  await page.goto(`/candidates?q=${encodeURIComponent(name)}`);
  await page.getByRole("table", { name: "Candidates" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("the admin adds a candidate, imports a CSV, merges a near-duplicate into a demo candidate and undoes it", async ({ page }) => {
  await signInAs(page, "admin@example.com");

  // Add a candidate by hand, applying to the demo position.
  await page.goto("/candidates");
  await page.getByRole("link", { name: "Add a candidate" }).first().click();
  const form = page.getByRole("form", { name: "Add a candidate" });
  await form.getByLabel("Name").fill(`Zoë Example ${run}`);
  await form.getByLabel("Email").fill(`zoe.${run}@example.org`);
  await form.getByLabel("Source").fill("Meetup");
  await form.getByLabel("Links").fill("https://zoe.example.org");
  await form.getByRole("checkbox", { name: POSITION }).check();
  await form.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Zoë Example ${run}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "https://zoe.example.org" })).toBeVisible();
  await expect(page.getByRole("form", { name: `Status for ${POSITION}` })).toBeVisible();

  // A demo candidate's email (another +tag) is refused with a link to them; a similar name asks "Create anyway".
  await page.goto("/candidates/new");
  await form.getByLabel("Name").fill("Someone Else");
  await form.getByLabel("Email").fill("Priya.Raman+again@example.net");
  await form.getByRole("button", { name: "Add candidate" }).click();
  await expect(form.getByRole("alert")).toContainText("Priya Raman already has this email address");
  await expect(form.getByRole("link", { name: "Priya Raman" })).toBeVisible();
  await form.getByLabel("Name").fill(`Example, Zoë ${run}`);
  await form.getByLabel("Email").fill(`zoe.other.${run}@example.org`);
  await form.getByRole("button", { name: "Add candidate" }).click();
  await expect(form.getByRole("link", { name: `Zoë Example ${run}` })).toBeVisible();
  await form.getByRole("button", { name: "Create anyway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Example, Zoë ${run}` })).toBeVisible();

  // The template downloads with its header row.
  await page.goto("/candidates/import");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the template" }).click()]);
  expect(fs.readFileSync((await download.path())!, "utf8").split("\r\n")[0]).toBe("name,email,phone,source,links,notes");

  // Import: one row without a name (skipped), one "Raman, Priya" with another email (a warning, imported).
  const csv = [
    "name,email,phone,source,links,notes",
    `Good Row ${run},good.${run}@example.org,,Job board,,`,
    `,nameless.${run}@example.org,,,,`,
    `"Raman, Priya",priya.${run}@example.org,+49 30 1234,Job board,,Applied through the careers page`,
  ].join("\r\n");
  await page.getByLabel(/^CSV file/).setInputFiles({ name: "candidates.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByRole("table", { name: "Rows of candidates.csv" });
  await expect(preview.getByRole("row").filter({ hasText: `nameless.${run}@example.org` })).toContainText("Missing name");
  await expect(preview.getByRole("row").filter({ hasText: `nameless.${run}@example.org` })).toContainText("Skipped");
  await expect(preview.getByRole("row", { name: /Raman, Priya/ })).toContainText("Similar name to Priya Raman");
  await expect(preview.getByRole("row", { name: /Raman, Priya/ })).toContainText("Imported");
  await page.getByRole("button", { name: "Import 2 candidates" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 candidates." })).toBeVisible();

  // Open the near-duplicate and merge it into the demo candidate, taking its phone and combining the notes.
  await openCandidate(page, "Raman, Priya");
  const duplicates = page.getByRole("listitem").filter({ hasText: "similar name" }).filter({ hasText: "Priya Raman" });
  await duplicates.getByRole("link", { name: /^Merge/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merge Raman, Priya into Priya Raman" })).toBeVisible();
  await page.getByRole("group", { name: "Phone" }).getByRole("radio", { name: /Take Raman, Priya's/ }).check();
  await page.getByRole("group", { name: "Notes" }).getByRole("radio", { name: /^Both/ }).check();
  await page.getByRole("button", { name: "Merge into Priya Raman" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Raman" })).toBeVisible();
  const details = page.getByRole("definition");
  await expect(details.filter({ hasText: "+49 30 1234" })).toBeVisible();
  await expect(details.filter({ hasText: "Applied through the careers page" })).toBeVisible();
  await page.goto(`/candidates?q=${encodeURIComponent("Raman, Priya")}`);
  await expect(page.getByRole("link", { name: "Raman, Priya", exact: true })).toHaveCount(0);

  // Undo the merge: both come back as they were.
  await openCandidate(page, "Priya Raman");
  await page.getByRole("button", { name: "Undo merge" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Undo merge" }).click();
  await expect(page.getByText(/undone/)).toBeVisible();
  await expect(details.filter({ hasText: "priya.raman@example.net" })).toBeVisible();
  await expect(details.filter({ hasText: "+49 30 1234" })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "similar name" }).getByRole("link", { name: "Raman, Priya", exact: true })).toBeVisible();
  await page.getByRole("listitem").filter({ hasText: "merged into this candidate" }).getByRole("link", { name: "Raman, Priya", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Raman, Priya" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: `priya.${run}@example.org` })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "+49 30 1234" })).toBeVisible();
});

test("an interviewer gets 403 on the candidate pages and the template; a hiring manager sees their candidates", async ({ request }) => {
  const status = async (path: string) => (await request.get(path, { maxRedirects: 0 })).status();
  await signInRequest(request, "alice@example.com");
  const paths = ["/candidates", "/candidates/new", "/candidates/import", "/candidates/imports", "/candidates/import/template.csv"];
  expect(await Promise.all(paths.map(status))).toEqual(paths.map(() => 403));
  await signInRequest(request, "manager@example.com");
  const list = await request.get(`/candidates?q=${encodeURIComponent("Priya Raman")}`);
  expect(list.status()).toBe(200);
  expect(await list.text()).toContain("Priya Raman");
  expect(await status("/candidates/not-a-uuid")).toBe(404);
  expect(await status(`/candidates/${crypto.randomUUID()}`)).toBe(404);
});

test("a file just under 1 MB is checked on the server; a larger one is refused in the browser", async ({ page }) => {
  await signInAs(page, "admin@example.com");
  await page.goto("/candidates/import");
  // Quotes, which the action's encoded arguments escape: the request is nearly twice the file's size.
  const note = `"${'""'.repeat(320)}"`;
  const rows = Array.from({ length: 1500 }, (_, i) => `Big File ${run} ${i},big.${run}.${i}@example.org,,,,${note}`);
  const nearly = ["name,email,phone,source,links,notes", ...rows].join("\n");
  expect(Buffer.byteLength(nearly)).toBeGreaterThan(1_000_000);
  expect(Buffer.byteLength(nearly)).toBeLessThanOrEqual(1024 * 1024);
  await page.getByLabel(/^CSV file/).setInputFiles({ name: "nearly.csv", mimeType: "text/csv", buffer: Buffer.from(nearly) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("1500 of 1500 rows can be imported")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(/^CSV file/).setInputFiles({ name: "too-big.csv", mimeType: "text/csv", buffer: Buffer.from(`${nearly}\n${rows.slice(0, 100).join("\n")}`) });
  await expect(page.getByText("too-big.csv is larger than 1 MB: split it into smaller files.")).toBeVisible();
});
