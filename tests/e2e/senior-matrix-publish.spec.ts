// The matrix editor's whole flow on the demo's own senior matrix: two mistakes marked at their lines and publishing
// refused; fixed; the preview follows; the review shows the change; the next version is published with a
// changelog; the demo position switches to it; an interview scheduled afterwards scores on it, while a scorecard
// submitted on the version before still reads as that version; the report compares both by criterion id.
// It publishes a version of a demo matrix, so playwright.config.ts runs it after every other spec.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { parseRubric } from "@/lib/rubric/load";
import { watchCsp } from "./csp";
import { MatrixEditorPage } from "./matrix-editor-page";
import { signInAs } from "./pages";
import { ScorecardPage } from "./scorecard-page";
import { closeSeniorPublishDb, interviewOf, latestVersion, newApplicant, submittedInterview } from "./senior-publish-db";

test.afterAll(closeSeniorPublishDb);

const SENIOR = "senior-postgresql-engineer";
const POSITION = "Senior PostgreSQL Engineer";
const INTERVIEWER = { email: "alice@example.com", name: "Alice Interviewer" };

// What the editor opens is the latest version, the shipped file's text: the test reads its lines from the file.
const source = fs.readFileSync(`rubrics/${SENIOR}.yaml`, "utf8");
const parsed = parseRubric(source, SENIOR);
if (!parsed.ok) throw new Error(`rubrics/${SENIOR}.yaml does not parse`);
const def = parsed.definition;
const lines = source.split("\n");
const competency = def.competencies[0]!;
const [first, second] = competency.criteria;
const stage = def.interviewPlan.find((s) => s.competencies.includes(competency.id))!;
const renamed = `${second!.name}, rehearsed`;
const noEvidenceLine = lines.find((l) => /^noEvidence: \{ label: [^}]+ \}$/.test(l))!;
const withUnknownField = noEvidenceLine.replace(/ \}$/, ", lable: None }");

/** 1-based line and column of `needle` in the text after replacing `find` by `replacement` in its line. */
function where(find: string, replacement: string, needle: string) {
  const index = lines.findIndex((l) => l.includes(find));
  return { line: index + 1, col: lines[index]!.replace(find, replacement).indexOf(needle) + 1 };
}

test("the senior matrix: refused, fixed, previewed, reviewed, published; new interviews score on it, old ones keep theirs", async ({ page, browser }) => {
  // The lines this test edits exist once, so the editor's search lands on them.
  expect(source.split(`name: ${second!.name}\n`).length).toBe(2);
  expect(noEvidenceLine).toBeDefined();
  const before = await latestVersion(SENIOR);
  const next = before + 1;
  const violations = await watchCsp(page);

  await signInAs(page, "admin@example.com");
  await page.goto("/admin/rubrics");
  await page.getByRole("link", { name: `Edit ${def.title}` }).click();
  const editor = new MatrixEditorPage(page);
  await editor.ready();
  await expect(editor.count()).toHaveText("No problems");

  const unknown = where(noEvidenceLine, withUnknownField, "lable");
  const duplicate = where(`- id: ${second!.id}`, `- id: ${first!.id}`, "id:");
  await editor.replace(noEvidenceLine, withUnknownField);
  await editor.replace(`- id: ${second!.id}`, `- id: ${first!.id}`);
  await expect(editor.count()).toHaveText("2 problems");
  expect(await editor.problemTexts()).toEqual([
    `Line ${unknown.line}, column ${unknown.col}: unknown field "lable" (did you mean "label"?)noEvidence.lable`,
    `Line ${duplicate.line}, column ${duplicate.col}: duplicate criterion id "${first!.id}" (first used by competencies[0].criteria[0]); criterion ids are unique across the matrixcompetencies[0].criteria[1].id`,
  ]);
  // Each entry of the list jumps to its mark.
  await editor.problems().nth(0).getByRole("button").click();
  await expect(page.locator(".cm-activeLine .cm-lintRange-error")).toHaveText("lable: None");
  await editor.problems().nth(1).getByRole("button").click();
  await expect(page.locator(".cm-activeLine .cm-lintRange-error")).toHaveText(`id: ${first!.id}`);

  await editor.publish("Should not publish");
  await expect(editor.dialog().getByRole("alert")).toHaveText(/^Not published: the matrix has 2 problems\. Fix them first/);
  await editor.dialog().getByRole("button", { name: "Close" }).click();

  // Fix both (the list puts the cursor on the duplicate id), rename the second criterion: the preview follows.
  await editor.problems().nth(1).getByRole("button").click();
  await page.keyboard.press("Shift+End");
  await page.keyboard.insertText(`id: ${second!.id}`);
  await editor.replace(", lable: None", "");
  await editor.replace(`name: ${second!.name}`, `name: ${renamed}`);
  await expect(editor.count()).toHaveText("No problems");
  await page.getByLabel("Stage").selectOption({ label: `${stage.name} (${stage.minutes} min)` });
  await expect(editor.preview().getByRole("heading", { name: renamed })).toBeVisible();

  await page.getByRole("button", { name: "Review changes" }).click();
  const dialog = editor.dialog();
  await expect(dialog.getByText(`“${second!.name}” → “${renamed}”`)).toBeVisible();
  await expect(dialog.locator(".cm-mergeView .cm-changedText", { hasText: "rehearsed" })).toBeVisible();
  await dialog.getByRole("textbox", { name: "Changelog" }).fill(`Renamed ${second!.id}`);
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(dialog.getByRole("status")).toHaveText(`Published v${next}.`);
  expect(await latestVersion(SENIOR)).toBe(next);
  expect(await violations()).toEqual([]);

  // The demo position switches to exactly the new version.
  await page.goto("/positions");
  await page.getByRole("link", { name: POSITION, exact: true }).click();
  await page.getByRole("link", { name: "Edit details" }).click();
  await page.getByLabel("Matrix and version it hires on").selectOption({ label: `${def.title}: version ${next} only` });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`${def.title}, version ${next}`, { exact: true })).toBeVisible();

  // An interview scheduled afterwards is on the new version.
  const applicant = `Quinn Afterpublish ${randomUUID().slice(0, 8)}`;
  await newApplicant(applicant, POSITION);
  await page.reload();
  await page.getByRole("link", { name: `Schedule ${stage.name} for ${applicant}` }).click();
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2031-08-05");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByRole("group", { name: /Interviewers/ }).getByRole("checkbox", { name: new RegExp(INTERVIEWER.name) }).check();
  await page.getByRole("button", { name: /^Schedule (interview|anyway)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${applicant}: ${stage.name}` })).toBeVisible();
  const scheduled = await interviewOf(applicant, stage.id);
  expect(scheduled.version).toBe(next);

  // The interviewer scores it on the new version; a scorecard she submitted on the version before reads as before.
  const context = await browser.newContext();
  const alice = await context.newPage();
  await signInAs(alice, INTERVIEWER.email);
  const scorecard = new ScorecardPage(alice);
  await scorecard.goto(scheduled.id);
  await expect(alice.getByText(`matrix v${next}`)).toBeVisible();
  await expect(alice.getByRole("heading", { name: renamed })).toBeVisible();
  await scorecard.rate(renamed, "3 Senior");
  await scorecard.expectSaved();
  const older = await submittedInterview(POSITION, before, stage.id, INTERVIEWER.email);
  await alice.goto(`/interviews/${older}`);
  await expect(alice.getByText(`matrix v${before}`)).toBeVisible();
  await expect(alice.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await expect(alice.getByRole("term").filter({ hasText: second!.name }).first()).toBeVisible();
  await expect(alice.getByText(renamed)).toHaveCount(0);
  await context.close();

  // The report: compared on the new version; a candidate scored on the one before counts by criterion id (no n/a).
  await page.goto("/positions");
  await page.getByRole("link", { name: POSITION, exact: true }).click();
  await expect(page).toHaveURL(/\/positions\/[0-9a-f-]{36}$/);
  const positionId = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/reports/${positionId}`);
  await expect(page.getByText(new RegExp(`compared on matrix v${next}`))).toBeVisible();
  const rows = page.getByTestId("report-matrix").getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`v${before}(?!\\d)`) }) });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).not.toContainText(`n/a in v${before}`);
  expect(await violations()).toEqual([]);
});
