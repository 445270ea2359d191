// Every page of every role loads with the Content-Security-Policy enforced and not one violation, its scripts
// running (they carry the per-request nonce); every kind of response carries the security headers.
import { expect, test, type Page } from "@playwright/test";
import { visit, watchCsp } from "./csp";
import { signInAs } from "./pages";
import { adminPages, anonymousPages, interviewerPages, managerPages, noRolePages, type Role } from "./role-pages";
import { closeRolePagesDb } from "./role-pages-db";
import { closeDb, demoPosition, submittedInterviewOf } from "./scoring-db";

test.afterAll(async () => {
  await closeDb();
  await closeRolePagesDb();
});

const HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

/** Visit each page of the role (tests/e2e/role-pages.ts) under the policy, in the state it is tested in. */
async function visitAll(page: Page, violations: () => Promise<string[]>, role: Role) {
  if (role.email) await signInAs(page, role.email);
  for (const c of role.pages) {
    await visit(page, violations, c.path, c.status);
    await c.act?.(page);
  }
  expect(await violations()).toEqual([]);
}

test("the sign-in page (a failed sign-in too), and a person without a role", async ({ page }) => {
  const violations = await watchCsp(page);
  await visitAll(page, violations, anonymousPages());
  await visitAll(page, violations, await noRolePages());
  await expect(page).toHaveURL(/\/no-role$/);
});

test("every interviewer page: home, a draft scorecard (shortcuts live), a submitted one, refusals", async ({ page }) => {
  const violations = await watchCsp(page);
  const role = await interviewerPages();
  await visitAll(page, violations, role);
  await visit(page, violations, role.pages.find((c) => c.name === "draft scorecard")!.path);
  await page.getByRole("radiogroup").first().getByRole("radio").first().click();
  await expect(page.getByRole("status")).toHaveText("Saved");
  expect(await violations()).toEqual([]);
});

test("every hiring manager page: reports, the matrix (calibrated too), a candidate's radar, the comparison", async ({ page }) => {
  const violations = await watchCsp(page);
  await visitAll(page, violations, await managerPages());
});

test("every admin page: home, people, matrices (history, diff, older versions, editor), scorecards, audit trail, retention, positions, candidates", async ({ page }) => {
  const violations = await watchCsp(page);
  await visitAll(page, violations, await adminPages());
});

test("the matrix editor: its CodeMirror styles, its validation worker and the review dialog's diff run under the policy", async ({ page }) => {
  const violations = await watchCsp(page);
  await signInAs(page, "admin@example.com");
  await visit(page, violations, "/admin/rubrics/new");
  for (const path of ["/admin/rubrics/new?from=senior-postgresql-engineer", "/admin/rubrics/senior-postgresql-engineer/edit?from=1", "/admin/rubrics/senior-postgresql-engineer/edit"]) {
    await visit(page, violations, path);
    // The worker has answered (the count comes from it), and the editor's stylesheet is in effect.
    await expect(page.getByRole("status").filter({ hasText: /^No problems$/ })).toBeVisible();
    await expect(page.locator(".cm-editor .cm-gutters")).toHaveCSS("display", "flex");
  }
  await page.getByRole("button", { name: "Review changes" }).click();
  await expect(page.getByRole("dialog", { name: "Review changes" }).locator(".cm-mergeView")).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("the security headers are on a page, an API answer, a refusal, a CSV export, a YAML download and a static asset", async ({ page }) => {
  const { positionId } = await demoPosition();
  const { scorecardId } = await submittedInterviewOf("alice@example.com");
  await signInAs(page, "admin@example.com");
  const login = await page.request.get("/login");
  const staticAsset = (await login.text()).match(/\/_next\/static\/[^"]+\.js/)![0];
  const responses: [string, string][] = [
    ["/admin", "text/html"],
    ["/api/health", "application/json"],
    [`/api/scorecards/${scorecardId}`, "application/json"],
    [`/api/scorecards/${crypto.randomUUID()}`, "application/json"],
    [`/reports/${positionId}/export/matrix.csv`, "text/csv"],
    [`/reports/${positionId}/export/ratings.csv`, "text/csv"],
    ["/api/rubrics/senior-postgresql-engineer/versions/1/yaml", "application/yaml"],
    [staticAsset, "javascript"],
  ];
  for (const [path, type] of responses) {
    const res = await page.request.get(path);
    expect(res.headers()["content-type"], path).toContain(type);
    expect(res.headers(), path).toMatchObject(HEADERS);
    if (!path.startsWith("/_next/static/")) expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["content-security-policy"] ?? "", path).not.toContain("unsafe-eval");
  }
  const refused = await page.request.post(`/api/scorecards/${scorecardId}/submit`, { headers: { origin: "https://evil.example" } });
  expect(refused.status()).toBe(403);
  expect(refused.headers()).toMatchObject(HEADERS);
});
