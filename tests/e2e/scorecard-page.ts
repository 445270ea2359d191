import { expect, type Page } from "@playwright/test";

/** The scoring screen, as an interviewer uses it. */
export class ScorecardPage {
  constructor(readonly page: Page) {}

  async goto(interviewId: string) {
    await this.page.goto(`/interviews/${interviewId}`);
    await this.waitForScript();
  }

  /** After a reload or a link: the page is live once its script has run, not when its HTML is shown. */
  async waitForScript() {
    await expect(this.page.getByRole("button", { name: "Submit scorecard" })).toBeVisible();
    await expect(this.page.locator("html[data-scoring-keys=on]")).toBeAttached();
  }

  criterion(name: string) {
    return this.page.getByRole("radiogroup", { name, exact: true });
  }

  option(criterion: string, option: string) {
    return this.criterion(criterion).getByRole("radio", { name: option, exact: true });
  }

  note(criterion: string) {
    return this.page.getByRole("textbox", { name: `Evidence note for ${criterion}` });
  }

  status() {
    return this.page.getByRole("status");
  }

  async expectSaved() {
    await expect(this.status()).toHaveText("Saved");
  }

  /**
   * Back on the page with nothing left to send: no "Saved" (this visit has sent nothing, so it would not be news),
   * the quiet hint instead, and nothing in the status region. Changes still queued would show "Saving…" at once.
   */
  async expectNothingToSend() {
    await expect(this.page.getByText("Changes save as you go")).toBeVisible();
    await expect(this.status()).toHaveText("");
  }

  /** Rate with the mouse (the keyboard-only test does not use this). */
  async rate(criterion: string, option: string) {
    await this.option(criterion, option).click();
  }
}
