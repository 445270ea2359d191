// After a publish, in the browser: a matrix of its own (a copy of the senior one, so no other spec's demo data moves)
// published as v1 and v2; the history lists both, the diff shows the changed anchor in the summary and in the text,
// the admin moves a position's not-started v1 interview to v2 while its submitted v1 scorecard stays on v1 (and
// still reads as v1), and the position's report compares the two versions by criterion id.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { ADDED_CRITERION, NEW_ANCHOR, asMatrix, nextVersion, seniorSource } from "@/tests/support/rubric-next-version";
import { watchCsp } from "./csp";
import { signInAs } from "./pages";
import { closeVersionsDb, INTERVIEWER, movedEvents, positionOnMatrix, publish, versionOfInterview } from "./rubric-versions-db";

test.afterAll(closeVersionsDb);

const tag = randomUUID().slice(0, 8);
const rubricId = `e2e-matrix-${tag}`;
const title = `E2E Matrix ${tag}`;
const positionTitle = `E2E position ${tag}`;
const CHANGELOG = "Sharper level-3 anchor for production judgment; change safety";
let world: Awaited<ReturnType<typeof positionOnMatrix>>;

test.beforeAll(async () => {
  const v1 = asMatrix(seniorSource(), rubricId, title);
  expect(publish(v1, "First version")).toBe(1);
  expect(publish(nextVersion(v1), CHANGELOG, "admin@example.com")).toBe(2);
  world = await positionOnMatrix(rubricId, positionTitle);
});

const versionRow = (page: Page, version: number) =>
  page.getByRole("table", { name: `Versions of ${title}, newest first` }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^v${version}(?!\\d)`) }) });

test("the history lists every version; the diff of v1 and v2 shows the changed anchor in the summary and the text", async ({ page }) => {
  const violations = await watchCsp(page);
  await signInAs(page, "admin@example.com");
  await page.goto("/admin/rubrics");
  await expect(page.getByRole("link", { name: `Edit ${title}` })).toHaveAttribute("href", `/admin/rubrics/${rubricId}/edit`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(`/admin/rubrics/${rubricId}`);
  await expect(versionRow(page, 2)).toContainText(CHANGELOG);
  await expect(versionRow(page, 2)).toContainText("Ada Admin");
  await expect(versionRow(page, 1)).toContainText("First version");
  await expect(versionRow(page, 1)).toContainText("shipped with Quorum");
  await expect(versionRow(page, 1).getByRole("cell").nth(3)).toHaveText("2"); // two interviews pinned to v1
  await expect(versionRow(page, 2).getByRole("link", { name: "Start a draft from this version (v2)" })).toHaveAttribute("href", `/admin/rubrics/${rubricId}/edit?from=2`);
  await expect(versionRow(page, 1).getByRole("link", { name: "Download YAML of v1" })).toHaveAttribute("href", `/api/rubrics/${rubricId}/versions/1/yaml`);

  await versionRow(page, 2).getByRole("link", { name: /Changes since v1/ }).click();
  await expect(page).toHaveURL(`/admin/rubrics/${rubricId}/diff?from=1&to=2`);
  const anchor = page.getByText(/Anchor for level 3 \(Senior\) of “Production judgment” po-judgment changed/);
  await anchor.click();
  await expect(page.getByRole("definition").filter({ hasText: NEW_ANCHOR })).toBeVisible();
  await expect(page.getByText(`Added “${ADDED_CRITERION.name}” ${ADDED_CRITERION.id} to production-ownership`)).toBeVisible();

  const text = page.getByRole("group", { name: "Differences between v1 and v2" });
  const after = text.getByRole("textbox", { name: "v2 (read-only YAML)" });
  await expect(after).toContainText(NEW_ANCHOR);
  await expect(after.locator(".cm-changedLine").filter({ hasText: "rehearsed rollback" }).first()).toBeVisible();
  await expect(after).toHaveAttribute("aria-readonly", "true");
  expect(await violations()).toEqual([]);

  // Versions that do not exist, or are not numbers: a message naming those that do; a matrix that does not exist: 404.
  expect((await page.goto(`/admin/rubrics/${rubricId}/diff?from=1&to=7`))?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This matrix has no version 7: its versions are v1, v2.");
  await page.goto(`/admin/rubrics/${rubricId}/diff?from=latest`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/“from” must be one version number/);
  expect((await page.goto("/admin/rubrics/no-such-matrix/diff?from=1&to=2"))?.status()).toBe(404);
});

test("moving moves only the not-started v1 interview; the submitted v1 scorecard keeps v1; the report compares both", async ({ page, browser }) => {
  await signInAs(page, "admin@example.com");
  await page.goto(`/admin/rubrics/${rubricId}`);
  await page.getByRole("link", { name: "Interviews on older versions" }).click();
  const card = page.getByRole("region", { name: positionTitle, exact: true });
  const interviews = card.getByRole("table", { name: `Interviews of ${positionTitle} on older versions` });
  await expect(interviews.getByRole("row", { name: new RegExp(world.notStarted.candidate) })).toContainText("Moves (not started)");
  await expect(interviews.getByRole("row", { name: new RegExp(world.submittedV1.candidate) })).toContainText("Stays on v1: a scorecard is submitted");
  await expect(interviews).not.toContainText(world.submittedV2.candidate);

  await card.getByRole("button", { name: "Move 1 not-started interview to v2" }).click();
  const dialog = page.getByRole("dialog", { name: `Move 1 not-started interview of ${positionTitle} to v2?` });
  await expect(dialog.getByRole("listitem")).toHaveText([new RegExp(`^${world.notStarted.candidate} · Production ownership, change safety & automation`)]);
  await dialog.getByRole("button", { name: "Move to v2" }).click();
  await expect(card.getByRole("status")).toHaveText("Moved 1 interview to v2.");
  await expect(interviews.getByRole("row", { name: new RegExp(world.notStarted.candidate) })).toHaveCount(0);
  await expect(interviews.getByRole("row", { name: new RegExp(world.submittedV1.candidate) })).toBeVisible();
  expect(await versionOfInterview(world.notStarted.interviewId)).toBe(2);
  expect(await versionOfInterview(world.submittedV1.interviewId)).toBe(1);
  expect(await movedEvents(world.notStarted.interviewId)).toEqual([{ actor: "admin@example.com", data: { positionId: world.positionId, rubricId, fromVersion: 1, toVersion: 2 } }]);

  // The interviewer: the moved interview scores on v2 (its new criterion, its new anchor); the submitted one reads as v1.
  const interviewer = await browser.newPage();
  await signInAs(interviewer, INTERVIEWER);
  await interviewer.goto(`/interviews/${world.notStarted.interviewId}`);
  await expect(interviewer.getByText(ADDED_CRITERION.name, { exact: true }).first()).toBeVisible();
  await expect(interviewer.getByText(NEW_ANCHOR, { exact: false }).first()).toBeVisible();
  await interviewer.goto(`/interviews/${world.submittedV1.interviewId}`);
  await expect(interviewer.getByText("Production judgment", { exact: true })).toBeVisible();
  await expect(interviewer.getByText(ADDED_CRITERION.name, { exact: true })).toHaveCount(0);
  await interviewer.close();

  // The report: compared on v2's competencies by criterion id; the v1 candidate's new criterion reads "n/a in v1".
  await page.goto(`/reports/${world.positionId}`);
  await expect(page.getByText(/compared on matrix v2/)).toBeVisible();
  const matrix = page.getByTestId("report-matrix");
  const v1Row = matrix.getByRole("row").filter({ hasText: world.submittedV1.candidate });
  await expect(v1Row.getByRole("rowheader")).toContainText("v1");
  await expect(v1Row).toContainText("1 n/a in v1");
  const v2Row = matrix.getByRole("row").filter({ hasText: world.submittedV2.candidate });
  await expect(v2Row.getByRole("rowheader")).toContainText("v2");
  await expect(v2Row).not.toContainText("n/a");
  await page.getByText("How to read these figures").click();
  await expect(page.getByText("Mixed versions")).toBeVisible();
});
