// The demo admin's audit trail and retention pages in a real browser: the admin home's tiles lead to their pages,
// the trail is filtered and read in plain words and downloaded as CSV, a global retention period lists a candidate
// idle for over a year, and anonymising them replaces their name.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { signInAs } from "./pages";

let pool: pg.Pool | undefined;
const db = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }));

test.afterAll(async () => {
  // Other specs share this database: leave no retention period behind.
  await db().query("delete from app_settings where key = 'retention'");
  await pool?.end();
});

/** A candidate of the demo position, rejected and idle for 400 days: due under a one-year period. */
async function idleCandidate() {
  const name = `Idle ${randomUUID().slice(0, 8)}`;
  const { rows: [row] } = await db().query<{ id: string }>(
    `with c as (insert into candidates (id, name, email, updated_at) values (gen_random_uuid(), $1, $2, now() - interval '400 days') returning id)
     insert into applications (id, candidate_id, position_id, status, updated_at)
     select gen_random_uuid(), c.id, p.id, 'rejected', now() - interval '400 days' from c, positions p where p.title = 'Senior PostgreSQL Engineer'
     returning candidate_id as id`,
    [name, `${name.toLowerCase().replace(" ", ".")}@example.net`],
  );
  return { id: row!.id, name };
}

test("the admin home's tiles are links to their pages, and its activity leads to the full trail", async ({ page }) => {
  await signInAs(page, "admin@example.com");
  await page.goto("/admin");
  const tiles: [string, string][] = [["Active people", "/admin/people"], ["Open positions", "/positions"], ["Candidates", "/candidates"], ["Interviews", "/positions"]];
  for (const [name, href] of tiles) {
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
  }
  // The feed is in sentences ("Ada Admin loaded the demo data"), never raw action keys ("demo.seeded").
  const feed = page.locator("section").filter({ has: page.getByRole("heading", { name: "Recent activity" }) }).getByRole("listitem");
  await expect(feed.first()).toBeVisible();
  const keys = Object.keys(AUDIT_ACTIONS);
  for (const item of await feed.allInnerTexts()) expect(keys.filter((k) => item.includes(k)), item).toEqual([]);
  await page.getByRole("link", { name: "Full audit trail" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
});

test("the audit trail is filtered by action, reads in plain words and downloads as CSV", async ({ page }) => {
  await signInAs(page, "admin@example.com");
  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption({ label: "Loaded the demo data" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=demo.seeded/);
  const rows = page.getByRole("table", { name: "Audit events, newest first" }).getByRole("row");
  await expect(rows).toHaveCount(2); // the header and the one event
  await expect(rows.nth(1)).toContainText("Ada Admin loaded the demo data");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("time (UTC),actor,action,description,entity type,entity id,changes,changed personal fields,details");
  expect(csv).toContain("Ada Admin loaded the demo data");

  await page.goto("/admin/audit?action=audit.exported");
  await expect(page.getByText("Ada Admin exported the audit trail as CSV (1 event)").first()).toBeVisible();
});

test("a global retention period lists an idle candidate, who is anonymised from the list", async ({ page }) => {
  const idle = await idleCandidate();
  await signInAs(page, "admin@example.com");
  await page.goto("/admin/retention");
  await page.getByLabel("Global retention period (days)").fill("365");
  await page.getByRole("button", { name: "Save period" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The global retention period is now 365 days." })).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: idle.name });
  await expect(row).toContainText("Senior PostgreSQL Engineer");
  await row.getByRole("button", { name: `Anonymise ${idle.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Anonymise ${idle.name}?` });
  await expect(dialog).toContainText("Every rating stays");
  await dialog.getByRole("button", { name: "Anonymise", exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: idle.name })).toHaveCount(0);

  const { rows: [stored] } = await db().query<{ name: string; email: string | null; anonymized_at: Date | null }>("select name, email, anonymized_at from candidates where id = $1", [idle.id]);
  expect(stored).toMatchObject({ name: `Anonymised candidate ${idle.id.slice(0, 8)}`, email: null });
  expect(stored!.anonymized_at).not.toBeNull();
  await page.goto("/admin/audit?action=candidate.anonymised");
  await expect(page.getByText("Ada Admin anonymised a candidate").first()).toBeVisible();
});
