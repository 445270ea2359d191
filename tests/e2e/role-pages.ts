// Every page and state of every role, in one list: the security-headers spec visits them under the
// Content-Security-Policy, the accessibility spec runs axe and the reflow probe on them.
import { expect, type Page } from "@playwright/test";
import { LoginPage } from "./pages";
import { adminIds, demoCandidates } from "./role-pages-db";
import { createInterview, demoPosition, ensureNoRoleUser, submittedInterviewOf } from "./scoring-db";

export type PageCase = {
  name: string;
  path: string;
  /** The document's HTTP status (200 unless told). */
  status?: number;
  /** Brings the page into the state under test once it has loaded. */
  act?: (page: Page) => Promise<void>;
  /** Requests the state makes that fail on purpose (a refused sign-in answers 401): Chromium logs each as an error. */
  expectedFailures?: { path: string; status: number }[];
};
export type Role = { role: string; email?: string; pages: PageCase[] };

const SENIOR = "/admin/rubrics/senior-postgresql-engineer";

const failedSignIn = async (page: Page) => {
  const login = new LoginPage(page);
  await login.signIn("alice@example.com", "not-the-password");
  await expect(login.error()).toBeVisible();
};
const scoringKeysOn = (page: Page) => expect(page.locator("html[data-scoring-keys=on]")).toBeAttached();
const editorReady = (page: Page) => expect(page.getByRole("status").filter({ hasText: /^No problems$/ })).toBeVisible();

export const anonymousPages = (): Role => ({
  role: "anonymous",
  pages: [
    { name: "login", path: "/login" },
    { name: "login after a failed sign-in", path: "/login", act: failedSignIn, expectedFailures: [{ path: "/api/auth/callback/credentials", status: 401 }] },
    { name: "404", path: "/no-such-page", status: 404 },
  ],
});

export const noRolePages = async (): Promise<Role> => ({ role: "no role", email: await ensureNoRoleUser(), pages: [{ name: "no role", path: "/no-role" }] });

/** Alice's pages; `draftPath` is a draft scorecard of her own that the caller may change. */
export async function interviewerPages(): Promise<Role> {
  const draft = `/interviews/${(await createInterview(["alice@example.com"])).interviewId}`;
  const submitted = `/interviews/${(await submittedInterviewOf("alice@example.com")).interviewId}`;
  return {
    role: "interviewer",
    email: "alice@example.com",
    pages: [
      { name: "home", path: "/" },
      { name: "my interviews", path: "/interviews" },
      { name: "draft scorecard", path: draft, act: scoringKeysOn },
      { name: "draft scorecard, shortcuts dialog open", path: draft, act: async (page) => {
        await scoringKeysOn(page);
        await page.keyboard.press("?");
        await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
      } },
      { name: "submitted scorecard", path: submitted },
      { name: "403 in the app", path: "/admin", status: 403 },
      { name: "unknown interview (404)", path: `/interviews/${crypto.randomUUID()}`, status: 404 },
      { name: "404 in the app", path: "/no-such-page", status: 404 },
    ],
  };
}

export async function managerPages(): Promise<Role> {
  const report = `/reports/${(await demoPosition()).positionId}`;
  const { scored, unscored } = await demoCandidates();
  expect(scored.length, "scored demo candidates").toBeGreaterThanOrEqual(3);
  expect(unscored.length, "unscored demo candidates").toBeGreaterThanOrEqual(1);
  const compare = (ids: string[]) => `${report}/compare${ids.length ? "?" : ""}${ids.map((id) => `c=${id}`).join("&")}`;
  return {
    role: "hiring manager",
    email: "manager@example.com",
    pages: [
      { name: "reports", path: "/reports" },
      { name: "report", path: report },
      { name: "report, calibrated", path: `${report}?calibrated=1` },
      { name: "drilldown, scored", path: `${report}/candidates/${scored[0]}` },
      { name: "drilldown, scored with overlays", path: `${report}/candidates/${scored[0]}?with=${scored[1]}&with=${scored[2]}` },
      { name: "drilldown, unscored", path: `${report}/candidates/${unscored[0]}` },
      { name: "compare 2", path: compare(scored.slice(0, 2)) },
      { name: "compare 3", path: compare(scored.slice(0, 3)) },
      { name: "compare 1", path: compare(scored.slice(0, 1)) },
      { name: "compare none", path: compare([]) },
      { name: "403 in the app", path: "/admin", status: 403 },
    ],
  };
}

export async function adminPages(): Promise<Role> {
  const position = `/positions/${(await demoPosition()).positionId}`;
  const { personId, interviewId, candidates: [a, b] } = await adminIds();
  const plain = (path: string): PageCase => ({ name: path, path });
  const editor = (path: string): PageCase => ({ name: path, path, act: editorReady });
  return {
    role: "admin",
    email: "admin@example.com",
    pages: [
      ...["/admin", "/admin/people", "/admin/people/new", `/admin/people/${personId}`, "/admin/rubrics", SENIOR, `${SENIOR}/diff`,
        `${SENIOR}/interviews`, "/admin/scorecards", "/admin/audit", "/admin/retention", "/admin/retention/positions",
        "/admin/retention/erase"].map(plain),
      plain("/admin/rubrics/new"),
      ...["/admin/rubrics/new?from=senior-postgresql-engineer", `${SENIOR}/edit?from=1`, `${SENIOR}/edit`].map(editor),
      ...["/positions", "/positions/new", position, `${position}/edit`, `${position}/team`, `${position}/interviews/new`,
        `${position}/interviews/${interviewId}`].map(plain),
      ...["/candidates", "/candidates/new", `/candidates/${a}`, `/candidates/${a}/edit`, "/candidates/import", "/candidates/imports",
        `/candidates/merge?keep=${a}&merge=${b}`].map(plain),
      { name: "403 in the app", path: "/interviews", status: 403 },
    ],
  };
}
