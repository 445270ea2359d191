import { expect, type Page } from "@playwright/test";

/** The matrix editor, used as an admin uses it: the keyboard in CodeMirror, its search panel, the problems list. */
export class MatrixEditorPage {
  constructor(readonly page: Page) {}

  readonly text = () => this.page.getByRole("textbox", { name: "Matrix YAML" });
  readonly count = () => this.page.getByRole("status").filter({ hasText: /^(No problems|\d+ problems?|Checking…)$/ });
  readonly draftStatus = () => this.page.getByRole("status").filter({ hasText: /draft|unsaved changes/i });
  readonly problems = () => this.page.getByRole("region", { name: /^Problems/ }).getByRole("listitem");
  readonly preview = () => this.page.getByRole("group", { name: /^Scorecard preview/ });
  readonly dialog = () => this.page.getByRole("dialog", { name: "Review changes" });

  /** Loaded, its script running and the first check done. */
  async ready() {
    await expect(this.text()).toBeVisible();
    await expect(this.count()).toHaveText(/problem/);
  }

  /** Find `find` with the editor's own search (Ctrl-F), then type `replacement` over it ("" deletes it). */
  async replace(find: string, replacement: string) {
    await this.find(find);
    if (replacement === "") await this.page.keyboard.press("Backspace");
    else await this.page.keyboard.insertText(replacement);
  }

  /**
   * Select the first `text` from the top with the editor's search, which scrolls it into view: CodeMirror draws only
   * the lines near the view, so a line far from it is not in the page until then.
   */
  async find(text: string) {
    await this.text().focus();
    await this.page.keyboard.press("ControlOrMeta+Home");
    await this.page.keyboard.press("ControlOrMeta+f");
    const field = this.page.getByRole("textbox", { name: "Find" });
    await field.fill(text);
    // The panel reads its query on keyup or change, not on input: a key first, then Enter finds it.
    await field.press("End");
    await field.press("Enter");
    await this.page.keyboard.press("Escape");
    await expect(this.text()).toBeFocused();
  }

  /** Replace the whole text as a paste does (CodeMirror reads the paste event's clipboard data). */
  async paste(text: string) {
    await this.text().focus();
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.text().evaluate((el, data) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData("text/plain", data);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  }

  async problemTexts() {
    return (await this.problems().allTextContents()).map((t) => t.trim());
  }

  async publish(changelog: string) {
    await this.page.getByRole("button", { name: "Review changes" }).click();
    await expect(this.dialog()).toBeVisible();
    await this.dialog().getByRole("textbox", { name: "Changelog" }).fill(changelog);
    await this.dialog().getByRole("button", { name: "Publish" }).click();
  }
}
