// The people pages in the browser: the demo admin adds an interviewer and gives them a way in (a temporary password,
// or a password link they open themselves); the form keeps what was typed on an error; the demo's only admin
// cannot be disabled.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { LoginPage, signInAs } from "./pages";

/** As the signed-in admin: add a person with the interviewer role; ends on their page. */
async function addInterviewer(page: Page, name: string, email: string) {
  await page.goto("/admin/people");
  await page.getByRole("link", { name: "Add a person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a person" })).toBeVisible();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await page.getByRole("checkbox", { name: /Interviewer/ }).check();
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

const uniqueEmail = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.com`;

test("the admin adds an interviewer and generates a temporary password; they sign in with it and land on My interviews", async ({ page }) => {
  const email = uniqueEmail("nina");
  await signInAs(page, "admin@example.com");
  await addInterviewer(page, "Nina Newcomer", email);
  await expect(page.getByText("No password", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Generate a temporary password…" }).click();
  const dialog = page.getByRole("dialog", { name: "A temporary password for Nina Newcomer" });
  await dialog.getByRole("button", { name: "Generate password" }).click();
  await expect(dialog).toBeHidden();
  const password = (await page.getByTestId("secret").textContent())!;
  expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
  await expect(page.getByText("Password set", { exact: true })).toBeVisible();

  // The list finds her by a part of her email, in another case.
  await page.goto(`/admin/people?q=${encodeURIComponent(email.slice(0, 10).toUpperCase())}`);
  await expect(page.getByRole("rowheader", { name: "Nina Newcomer" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  const login = new LoginPage(page);
  await login.signIn(email, password);
  await expect(page).toHaveURL(/\/interviews$/);
  await expect(page.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();
  await expect(page.getByTestId("signed-in-person")).toHaveText("Nina Newcomer");
});

test("a password link: the person opens it signed out, chooses a password, and signs in with it; the link then is dead", async ({ page, browser }) => {
  const email = uniqueEmail("omar");
  await signInAs(page, "admin@example.com");
  await addInterviewer(page, "Omar Onboard", email);
  await page.getByRole("button", { name: "Create a password link…" }).click();
  await page.getByRole("dialog", { name: "A password link for Omar Onboard" }).getByRole("button", { name: "Create link" }).click();
  const link = (await page.getByTestId("secret").textContent())!;
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("Hand it over yourself: no mail server is set up.")).toBeVisible();

  const context = await browser.newContext();
  const omar = await context.newPage();
  await omar.goto(link);
  await expect(omar.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await omar.getByLabel("New password").fill("omar's own password");
  await omar.getByLabel("The same password again").fill("omar's own passwordd");
  await omar.getByRole("button", { name: "Set password" }).click();
  await expect(omar.getByText("The two passwords differ")).toBeVisible();
  await omar.getByLabel("The same password again").fill("omar's own password");
  await omar.getByRole("button", { name: "Set password" }).click();
  await expect(omar).toHaveURL(/\/login\?notice=password-set$/);
  await expect(omar.getByRole("main").getByRole("status")).toHaveText(/Your password is set/);
  await new LoginPage(omar).signIn(email, "omar's own password");
  await expect(omar.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();

  const reopened = await omar.goto(link);
  expect(reopened?.status()).toBe(200);
  await expect(omar.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await expect(omar.getByText(/used already/)).toBeVisible();
  await context.close();
});

test("the form keeps what was typed and shows each error next to its field", async ({ page }) => {
  await signInAs(page, "admin@example.com");
  await page.goto("/admin/people/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Paula Typo");
  await page.getByRole("textbox", { name: "Email", exact: true }).fill("paula at example");
  await page.getByRole("checkbox", { name: /Hiring manager/ }).check();
  await page.getByRole("button", { name: "Add person" }).click();
  const emailField = page.getByRole("textbox", { name: "Email", exact: true });
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(emailField).toHaveAccessibleDescription(/Enter an email address/);
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Paula Typo");
  await expect(emailField).toHaveValue("paula at example");
  await expect(page.getByRole("checkbox", { name: /Hiring manager/ })).toBeChecked();

  // The server's own refusal (a taken address) is shown the same way, and still keeps the fields.
  await emailField.fill("ALICE@example.com");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(emailField).toHaveAccessibleDescription(/Someone already has this email/);
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Paula Typo");
  await expect(page).toHaveURL(/\/admin\/people\/new$/);
});

test("the demo's only admin cannot be disabled nor lose the admin role", async ({ page }) => {
  await signInAs(page, "admin@example.com");
  await page.goto("/admin/people?role=admin&status=active");
  await expect(page.getByRole("rowheader")).toHaveCount(1); // lib/demo/accounts.ts: one admin
  await page.getByRole("link", { name: "Ada Admin", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ada Admin" })).toBeVisible();

  await page.getByRole("button", { name: "Disable…" }).click();
  const dialog = page.getByRole("dialog", { name: "Disable Ada Admin?" });
  await dialog.getByRole("button", { name: "Disable", exact: true }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/last active admin/);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("checkbox", { name: /Admin/ }).uncheck();
  await page.getByRole("checkbox", { name: /Interviewer/ }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("group", { name: "Roles" })).toHaveAccessibleDescription(/last active admin/);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /Admin/ })).toBeChecked();
  await expect(page.getByTestId("signed-in-person")).toHaveText("Ada Admin");
});
