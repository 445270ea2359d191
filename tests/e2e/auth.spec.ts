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

test("a refused sign-in keeps the email, marks both fields with the error and puts the focus on the password", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn("alice@example.com", "not-the-password");
  await expect(login.error()).toHaveText("The email or password is not right.");
  const [email, password] = [page.getByLabel("Email"), page.getByLabel("Password")];
  await expect(email).toHaveValue("alice@example.com");
  await expect(password).toBeFocused();
  for (const field of [email, password]) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription("The email or password is not right.");
  }
});

test("a missing email or password: said in a sentence, on that field, with the focus there", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn("", "whatever");
  await expect(login.error()).toHaveText("Enter your email address, such as name@example.com.");
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Password")).not.toHaveAttribute("aria-invalid");
  await login.signIn("alice@example.com", "");
  await expect(login.error()).toHaveText("Enter your password.");
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password.");
  await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid");
});

test("at the sign-in limit: the form says so plainly and keeps the email", async ({ page, request }) => {
  // An account nobody has, so no other test is locked out; its failures count all the same (lib/auth/throttle.ts).
  const email = `throttled-${crypto.randomUUID().slice(0, 8)}@example.com`;
  for (let i = 0; i < 10; i++) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "wrong", json: "true" }, maxRedirects: 0 });
  }
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, "wrong-again");
  await expect(login.error()).toHaveText("Too many sign-in attempts. Wait a few minutes, then try again.");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid");
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
