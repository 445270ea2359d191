import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "quorum-demo";

/** The sign-in page, as a person uses it. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
    await expect(this.page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  error() {
    return this.page.getByRole("main").getByRole("alert");
  }
}

export async function signInAs(page: Page, email: string) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email);
  await expect(page.getByTestId("signed-in-person")).toBeVisible();
}
