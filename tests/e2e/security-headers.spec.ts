// Every page of every role loads with the Content-Security-Policy enforced and not one violation, its scripts
// running (they carry the per-request nonce); every kind of response carries the security headers.
import { expect, test } from "@playwright/test";
import { visit, watchCsp } from "./csp";
import { signInAs } from "./pages";
import { closeDb, createInterview, demoPosition, ensureNoRoleUser, submittedInterviewOf } from "./scoring-db";

test.afterAll(closeDb);

const HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

test("the sign-in page, and a person without a role", async ({ page }) => {
  const violations = await watchCsp(page);
  await visit(page, violations, "/login");
  await signInAs(page, await ensureNoRoleUser());
  await expect(page).toHaveURL(/\/no-role$/);
  await visit(page, violations, "/no-role");
  await visit(page, violations, "/no-such-page", 404);
});

test("every interviewer page: home, a draft scorecard (shortcuts live), a submitted one with the panel's feedback", async ({ page }) => {
  const violations = await watchCsp(page);
  const draft = await createInterview(["alice@example.com"]);
  const submitted = await submittedInterviewOf("alice@example.com");
  await signInAs(page, "alice@example.com");
  await visit(page, violations, "/");
  await visit(page, violations, "/interviews");
  await visit(page, violations, `/interviews/${draft.interviewId}`);
  await expect(page.locator("html[data-scoring-keys=on]")).toBeAttached();
  await page.getByRole("radiogroup").first().getByRole("radio").first().click();
  await expect(page.getByRole("status")).toHaveText("Saved");
  await visit(page, violations, `/interviews/${submitted.interviewId}`);
  await visit(page, violations, `/interviews/${crypto.randomUUID()}`, 404);
  await visit(page, violations, "/admin", 403);
  expect(await violations()).toEqual([]);
});

test("every hiring manager page: reports, the matrix (calibrated too), a candidate's radar, the comparison", async ({ page }) => {
  const violations = await watchCsp(page);
  const { positionId } = await demoPosition();
  await signInAs(page, "manager@example.com");
  await visit(page, violations, "/reports");
  await visit(page, violations, `/reports/${positionId}`);
  await visit(page, violations, `/reports/${positionId}?calibrated=1`);
  const candidates = await page.locator(`a[href^="/reports/${positionId}/candidates/"]`).evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")!))]);
  expect(candidates.length).toBeGreaterThanOrEqual(2);
  await visit(page, violations, candidates[0]!);
  await expect(page.getByRole("figure", { name: /against the target profile/ })).toBeVisible();
  const ids = candidates.slice(0, 2).map((href) => href.split("/").at(-1)!);
  await visit(page, violations, `/reports/${positionId}/compare?c=${ids[0]}&c=${ids[1]}`);
  await visit(page, violations, `/reports/${positionId}/compare`);
});

test("every admin page: home, people, matrices (history, diff, older versions), scorecards, audit trail, retention, positions, candidates", async ({ page }) => {
  const violations = await watchCsp(page);
  await signInAs(page, "admin@example.com");
  for (const path of ["/admin", "/admin/people", "/admin/people/new", "/admin/rubrics", "/admin/rubrics/senior-postgresql-engineer",
    "/admin/rubrics/senior-postgresql-engineer/diff", "/admin/rubrics/senior-postgresql-engineer/interviews", "/admin/scorecards", "/admin/audit", "/admin/retention",
    "/admin/retention/positions", "/admin/retention/erase", "/positions", "/positions/new", `/positions/${(await demoPosition()).positionId}`,
    "/candidates", "/candidates/new", "/candidates/import", "/candidates/imports"]) {
    await visit(page, violations, path);
  }
  await visit(page, violations, "/interviews", 403);
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
