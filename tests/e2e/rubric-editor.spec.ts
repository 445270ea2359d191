// The matrix editor in the real browser, under the real CSP: a new matrix from a copy of the senior one (its own id
// and title, so the demo's matrices stay as they are), problems marked where they are and listed with their lines,
// publishing refused until they are fixed, the preview following the text, the review, publishing and the identical
// re-publish; and a draft that outlives its tab. Nothing here publishes a new version of a demo matrix.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { watchCsp } from "./csp";
import { MatrixEditorPage } from "./matrix-editor-page";
import { signInAs } from "./pages";

const COPY_URL = "/admin/rubrics/new?from=senior-postgresql-engineer";

test("a new matrix from a copy: problems at their lines, refused, fixed, previewed, reviewed, published once", async ({ page }) => {
  const violations = await watchCsp(page);
  const uid = randomUUID().slice(0, 8);
  const id = `senior-copy-${uid}`;
  await signInAs(page, "admin@example.com");
  await page.goto("/admin/rubrics");
  await page.getByRole("link", { name: "New matrix from a copy" }).click();
  await page.getByRole("link", { name: /^Copy Senior PostgreSQL Engineer v\d+$/ }).click();
  const editor = new MatrixEditorPage(page);
  await editor.ready();
  await expect(page).toHaveURL(/\/admin\/rubrics\/new\?from=senior-postgresql-engineer&version=\d+$/);
  await expect(page.getByRole("note").filter({ hasText: "Change the id: and title: lines first" })).toBeVisible();
  await expect(editor.count()).toHaveText("No problems");

  await editor.replace("id: senior-postgresql-engineer", `id: ${id}`);
  await editor.replace("title: Senior PostgreSQL Engineer", `title: Senior copy ${uid}`);
  await editor.replace("- id: po-operational-excellence", "- id: po-judgment");
  await editor.replace("noEvidence: { label: No evidence }", "noEvidence: { label: No evidence, lable: None }");

  await expect(editor.count()).toHaveText("2 problems");
  expect(await editor.problemTexts()).toEqual([
    'Line 49, column 35: unknown field "lable" (did you mean "label"?)noEvidence.lable',
    'Line 108, column 9: duplicate criterion id "po-judgment" (first used by competencies[0].criteria[0]); criterion ids are unique across the matrixcompetencies[0].criteria[1].id',
  ]);
  // The marks: the unknown field's range on line 27 (where the cursor is) and an error marker in the gutter.
  await expect(page.locator(".cm-lintRange-error", { hasText: "lable: None" })).toBeVisible();
  await expect(page.locator(".cm-gutter-lint .cm-lint-marker-error").first()).toBeVisible();
  // The list jumps to a problem: the editor takes the focus with the cursor on it, and its line is marked there too.
  await editor.problems().nth(1).getByRole("button").click();
  await expect(editor.text()).toBeFocused();
  await expect(page.locator(".cm-activeLine")).toHaveText("      - id: po-judgment");
  await expect(page.locator(".cm-activeLine .cm-lintRange-error")).toHaveText("id: po-judgment");
  await expect(page.getByRole("note").filter({ hasText: "this preview shows the last version without any" })).toBeVisible();

  await editor.publish("Copied from the senior matrix");
  await expect(editor.dialog().getByRole("alert")).toHaveText(/^Not published: the matrix has 2 problems\. Fix them first \(line 49: unknown field "lable"/);
  await expect(editor.dialog().getByText("Publishing is refused until they are fixed.")).toBeVisible();
  await editor.dialog().getByRole("button", { name: "Close" }).click();

  // Fix both, and rename a criterion: the preview follows once the text is valid.
  await editor.problems().nth(1).getByRole("button").click();
  await page.keyboard.press("Shift+End");
  await page.keyboard.insertText("id: po-operational-excellence");
  await editor.replace("name: Operational excellence", "name: Operational excellence, rehearsed");
  await editor.replace(", lable: None", "");
  await expect(editor.count()).toHaveText("No problems");
  await expect(editor.problems()).toHaveCount(0);
  await expect(page.locator(".cm-lintRange-error")).toHaveCount(0);
  await expect(editor.preview().getByRole("heading", { name: "Operational excellence, rehearsed" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "last version without any" })).toHaveCount(0);
  // Wording that tests recall is a content warning: marked and listed with its line, and publishing still goes ahead.
  await editor.replace("Operates from memory;", "Knows little;");
  const warnings = page.getByRole("region", { name: /^1 content warning/ });
  await expect(warnings.getByRole("listitem")).toHaveText([/^Line 118, column 11: uses "Knows", which tests recall/]);
  await expect(page.locator(".cm-lintRange-warning")).toHaveText(["1: >-"]);
  await expect(editor.count()).toHaveText("No problems");
  await page.getByLabel("Stage").selectOption({ label: "Leadership & mentoring (60 min)" });
  await expect(editor.preview()).toHaveAccessibleName("Scorecard preview: Leadership & mentoring");
  await expect(page.getByRole("table", { name: "Target profile" }).getByRole("row", { name: /High availability/ })).toContainText("at least 3 Senior");

  // Review: the summary in words and the text diff, against the copy's origin; then publish, then again.
  await page.getByRole("button", { name: "Review changes" }).click();
  const dialog = editor.dialog();
  await expect(dialog.getByText("“Operational excellence” → “Operational excellence, rehearsed”")).toBeVisible();
  await expect(dialog.getByRole("group", { name: /^Differences between Senior PostgreSQL Engineer v\d+, the copy's origin and Your text$/ })).toBeVisible();
  await expect(dialog.locator(".cm-mergeView .cm-changedText", { hasText: "rehearsed" })).toBeVisible();
  await dialog.getByRole("textbox", { name: "Changelog" }).fill("Copied from the senior matrix");
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Published v1.");
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(dialog.getByRole("status")).toHaveText("No changes: nothing was published. v1 is still the latest.");
  await expect(editor.draftStatus()).toHaveText("No unsaved changes");

  // The DOM's violation events are per page: read them before leaving.
  expect(await violations()).toEqual([]);
  await dialog.getByRole("link", { name: `See the version history of ${id}` }).click();
  await expect(page).toHaveURL(`/admin/rubrics/${id}`);
  await expect(page.getByRole("row", { name: /^v1/ })).toContainText("Copied from the senior matrix");
  expect(await violations()).toEqual([]);
});

test("hostile text is refused with the CLI's messages by the worker, and the page stays usable", async ({ page }) => {
  const violations = await watchCsp(page);
  await signInAs(page, "admin@example.com");
  await page.goto(COPY_URL);
  const editor = new MatrixEditorPage(page);
  await editor.ready();
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/^\/_next\/static\/chunks\/.+\.js$/)]);
  const hostile: [string, RegExp][] = [
    [["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]", ...["b", "c", "d", "e", "f"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcde"[i]}`).join(", ")}]`)].join("\n"), /^Line 2, column 8: aliases would expand to too much data .*"billion laughs" file/],
    [`id: x\ndescription: ${"[".repeat(200)}`, /^Line 2, column 78: more than 64 nested '\[' or '\{' brackets/],
    [`id: x\n${"# a comment line to make the file larger than any matrix needs\n".repeat(18_000)}`, /^Line 1, column 1: file is larger than the 1 MB limit/],
  ];
  for (const [text, message] of hostile) {
    await editor.paste(text);
    await expect(editor.count()).toHaveText("1 problem");
    expect(await editor.problemTexts()).toEqual([expect.stringMatching(message)]);
  }
  // The server refuses to keep more than 1 MB as a draft, and says so.
  await expect(editor.draftStatus()).toHaveText("Draft not saved: The text is larger than the 1 MB limit: nothing was saved.");
  await page.keyboard.press("ControlOrMeta+z");
  await expect(editor.count()).toHaveText("1 problem");
  await expect(editor.draftStatus()).toHaveText("Draft saved");
  expect(await violations()).toEqual([]);
  await page.reload();
  await page.getByRole("button", { name: "Discard" }).click();
  await expect(page.getByRole("region", { name: "Unpublished draft" })).toHaveCount(0);
  expect(await violations()).toEqual([]);
});

test("a draft survives closing the tab: offered back, restored, then discarded", async ({ page, context }) => {
  const violations = await watchCsp(page);
  const uid = randomUUID().slice(0, 8);
  await signInAs(page, "admin@example.com");
  await page.goto(COPY_URL);
  const editor = new MatrixEditorPage(page);
  await editor.ready();
  await editor.replace("title: Senior PostgreSQL Engineer", `title: Draft ${uid}`);
  await expect(editor.draftStatus()).toHaveText("Draft saved");
  expect(await violations()).toEqual([]);
  await page.close();

  const reopened = await context.newPage();
  const violationsAfter = await watchCsp(reopened);
  const again = new MatrixEditorPage(reopened);
  await reopened.goto(COPY_URL);
  await again.ready();
  await again.find("title: ");
  await expect(reopened.locator(".cm-activeLine")).toHaveText("title: Senior PostgreSQL Engineer");
  await expect(again.draftStatus()).toHaveText("Draft saving waits: restore or discard your earlier draft");
  await reopened.getByRole("button", { name: /^Restore your draft from / }).click();
  await again.find("title: ");
  await expect(reopened.locator(".cm-activeLine")).toHaveText(`title: Draft ${uid}`);
  await expect(again.draftStatus()).toHaveText("Draft saved");

  await reopened.reload();
  await again.ready();
  await reopened.getByRole("button", { name: "Discard" }).click();
  await expect(reopened.getByRole("button", { name: /^Restore your draft/ })).toHaveCount(0);
  await reopened.reload();
  await again.ready();
  await expect(reopened.getByRole("region", { name: "Unpublished draft" })).toHaveCount(0);
  expect(await violationsAfter()).toEqual([]);
});
