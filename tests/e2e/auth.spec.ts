import { expect, test } from "@playwright/test";
import { LoginPage, signInAs } from "./pages";

const homes = [
  { email: "admin@example.com", path: "/admin", heading: "Admin", name: "Ada Admin" },
  { email: "manager@example.com", path: "/reports", heading: "Reports", name: "Morgan Manager" },
  { email: "alice@example.com", path: "/interviews", heading: "My interviews", name: "Alice Interviewer" },
];

for (const home of homes) {
  test(`${home.email} signs in and lands on their home`, async ({ page }) => {
    await signInAs(page, home.email);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
    await expect(page.getByTestId("signed-in-person")).toHaveText(home.name);
  });
}

test("an anonymous visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login$/);
});

test("an interviewer opening an admin page gets 403", async ({ page }) => {
  await signInAs(page, "bob@example.com");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

test("a wrong password shows one generic error and no session", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn("alice@example.com", "not-the-password");
  await expect(login.error()).toHaveText("The email or password is not right.");
  await login.signIn("nobody@example.com", "not-the-password");
  await expect(login.error()).toHaveText("The email or password is not right.");
  await page.goto("/interviews");
  await expect(page).toHaveURL(/\/login$/);
});

test("sign-out ends the session", async ({ page }) => {
  await signInAs(page, "carol@example.com");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/interviews");
  await expect(page).toHaveURL(/\/login$/);
});

test("the interviewer home lists the interviews assigned to them", async ({ page }) => {
  await signInAs(page, "alice@example.com");
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  const links = page.getByRole("link").filter({ hasText: /Priya Raman|Jonas Becker|Mei Tanaka/ });
  expect(await links.count()).toBeGreaterThan(0);
});
