import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./pages";
import { VIEWPORTS, axeViolations, sidewaysOverflow, watchConsole } from "./report-a11y";

const POSITION = "Senior PostgreSQL Engineer";

async function openReport(page: Page) {
  await signInAs(page, "manager@example.com");
  await page.getByRole("link", { name: POSITION }).click();
  await expect(page.getByRole("heading", { level: 1, name: POSITION })).toBeVisible();
  return page.url();
}

/** The demo candidates' ids, read from the matrix's links. */
async function candidateIds(page: Page) {
  const links = await page.getByTestId("report-matrix").getByRole("link").evaluateAll((as) =>
    as.filter((a) => a.getAttribute("href")?.includes("/candidates/")).map((a) => [a.textContent ?? "", a.getAttribute("href")!.split("/").at(-1)!]),
  );
  const by = Object.fromEntries(links);
  return { priya: by["Priya Raman"]!, lena: by["Lena Okafor"]!, tomas: by["Tomás Ortega"]!, mei: by["Mei Tanaka"]! };
}

test("the hiring manager reads the matrix, opens a candidate and downloads the CSV", async ({ page }) => {
  await openReport(page);
  const matrix = page.getByRole("table", { name: /Weighted scores/ });
  await expect(matrix.getByRole("columnheader", { name: /High availability/ })).toBeVisible();
  const priya = matrix.getByRole("row", { name: /Priya Raman/ });
  await expect(priya.getByText(/coverage \d+%/)).toBeVisible();
  await expect(matrix.getByRole("row", { name: /Tomás Ortega/ }).getByText("below must-have", { exact: true })).toBeVisible();
  await expect(matrix.getByRole("row", { name: /Mei Tanaka/ }).getByText("No submitted scorecards yet")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Panel agreement" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Bob Interviewer/ }).getByText(/lenient/)).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Matrix CSV" }).click();
  const file = await (await download).path();
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  expect(lines[0]).toMatch(/^candidate,rubric versions,Production ownership,/);
  expect(lines.find((l) => l.startsWith("Tomás Ortega,v1,"))).toMatch(/,scored,yes,/);

  await matrix.getByRole("link", { name: "Lena Okafor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lena Okafor" })).toBeVisible();
  await expect(page.getByRole("figure", { name: /against the target profile/ })).toBeVisible();
  const stage = page.getByRole("table", { name: /Ratings and evidence notes for Architecture & performance/ });
  await expect(stage.getByRole("columnheader", { name: /Bob Interviewer/ })).toBeVisible();
  await expect(stage.getByText(/Concrete case from their own work|Went beyond the question/).first()).toBeVisible();

  await page.getByRole("checkbox", { name: "Priya Raman" }).check();
  await page.getByRole("button", { name: "Update radar" }).click();
  await expect(page.getByRole("figure", { name: /against the target profile/ }).getByText("Priya Raman")).toBeVisible();
});

test("at 1440 px the whole matrix fits its frame; outstanding scorecards of interviews still to come are not called late", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReport(page);
  const frame = page.getByRole("region", { name: /Weighted scores/ });
  // Nothing hides beyond the frame's right edge: the last column shows without scrolling sideways.
  expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await expect(frame.getByRole("columnheader", { name: "Scorecards" })).toBeInViewport();
  await expect(frame.getByRole("columnheader", { name: "Recommendations" })).toBeInViewport();
  // The demo's later interviews are still to come: their scorecards are counted apart, not as pending.
  const summary = page.getByRole("heading", { level: 1 }).locator("xpath=following-sibling::p");
  await expect(summary).toContainText(/\d+ for interviews still to come/);
  await expect(summary).not.toContainText(/pending/);
});

test("calibrated scores appear beside the raw ones on request", async ({ page }) => {
  await openReport(page);
  const matrix = page.getByRole("table", { name: /Weighted scores/ });
  await expect(matrix.getByText(/^calibrated /)).toHaveCount(0);
  await page.getByRole("link", { name: "Show calibrated scores" }).click();
  await expect(matrix.getByText(/^calibrated /).first()).toBeVisible();
  await expect(page.getByText(/calibrated: the score with each interviewer/)).toBeVisible();
  await expect(matrix.getByRole("row", { name: /Lena Okafor/ }).getByText(/95% range /)).toBeVisible();
});

test("an interviewer gets 403 on the report and its export; a malformed id is a 404", async ({ page }) => {
  const url = await openReport(page);
  expect((await page.goto(`${url}x`))?.status()).toBe(404);
  await page.context().clearCookies();
  await signInAs(page, "alice@example.com");
  const response = await page.goto(url);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  expect((await page.request.get(`${url}/export/ratings.csv`)).status()).toBe(403);
});

test.describe("accessibility and reflow of the report pages", () => {
  // axe (WCAG 2.2 A/AA) and the console on every state of the report, the drilldown and compare, at both sizes:
  // one test per state, since one axe pass on a matrix of ~300 cells takes several seconds on a shared machine.
  const STATES: [string, (url: string, ids: Awaited<ReturnType<typeof candidateIds>>) => string][] = [
    ["the report", (url) => url],
    ["the calibrated report", (url) => `${url}?calibrated=1`],
    ["a scored drilldown with two overlays", (url, ids) => `${url}/candidates/${ids.priya}?with=${ids.lena}&with=${ids.tomas}`],
    ["an unscored drilldown", (url, ids) => `${url}/candidates/${ids.mei}`],
    ["compare with 3 candidates", (url, ids) => `${url}/compare?c=${ids.priya}&c=${ids.lena}&c=${ids.tomas}`],
    ["compare with 1 candidate", (url, ids) => `${url}/compare?c=${ids.priya}`],
  ];
  for (const viewport of VIEWPORTS) {
    for (const [state, path] of STATES) {
      test(`axe finds nothing and the console stays clean: ${state}, ${viewport.name}`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        const url = await openReport(page);
        const ids = await candidateIds(page);
        const errors = watchConsole(page);
        await page.goto(path(url, ids));
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }

  test("at 320 px the report, a drilldown and compare do not scroll sideways; the matrix scrolls in its own frame", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const url = await openReport(page);
    const ids = await candidateIds(page);
    const frame = page.getByRole("region", { name: /Weighted scores/ });
    await expect(frame).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    // The frame takes focus, and the arrow keys reach its last column.
    await frame.focus();
    await page.keyboard.press("End");
    for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowRight");
    await expect(frame.getByRole("columnheader", { name: "Scorecards" })).toBeInViewport();
    for (const path of [`${url}/candidates/${ids.tomas}`, `${url}/candidates/${ids.mei}`, `${url}/compare?c=${ids.priya}&c=${ids.lena}&c=${ids.tomas}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await sidewaysOverflow(page), path).toBe(0);
    }
  });
});

test("the matrix sorts by overall, by a competency and by name, and keeps unscored candidates apart", async ({ page }) => {
  await openReport(page);
  const matrix = page.getByRole("table", { name: /Weighted scores/ });
  const rowNames = () => matrix.locator("tbody > tr").evaluateAll((rows) => rows.map((r) => r.querySelector("th a")?.textContent ?? r.textContent ?? ""));
  const overall = await rowNames();
  const group = overall.findIndex((n) => n.startsWith("Not scored yet"));
  expect(group).toBeGreaterThan(0);
  // Jonas and Mei have no submitted scorecard: they come after the group heading, never among the scored.
  expect(overall.slice(group + 1)).toEqual(expect.arrayContaining(["Jonas Becker", "Mei Tanaka"]));
  expect(overall.slice(0, group)).not.toContain("Mei Tanaka");
  await matrix.getByRole("link", { name: /^Candidate\W+sort by this/ }).click();
  await expect(page).toHaveURL(/sort=name/);
  const byName = (await rowNames()).slice(0, group);
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
  await page.getByRole("link", { name: "Show calibrated scores" }).click();
  await expect(page).toHaveURL(/sort=name.*calibrated=1|calibrated=1.*sort=name/);
  await expect(matrix.getByText(/^calibrated /).first()).toBeVisible();
  await expect(matrix.getByText("scored on matrix v1").first()).toBeVisible();
});

test("compare: add and remove candidates on the page; the best score is marked", async ({ page }) => {
  const url = await openReport(page);
  const ids = await candidateIds(page);
  await page.goto(`${url}/compare?c=${ids.priya}`);
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates" })).toBeVisible();
  await expect(page.getByText(/Tick at least 2 candidates/)).toBeVisible();
  await page.getByRole("checkbox", { name: "Lena Okafor" }).check();
  await page.getByRole("button", { name: "Update comparison" }).click();
  const table = page.getByRole("table", { name: /Competency scores of the compared candidates/ });
  await expect(table.getByRole("columnheader", { name: /Lena Okafor/ })).toBeVisible();
  await expect(table.getByText("★ best").first()).toBeVisible();
  await table.getByRole("link", { name: "Remove Lena Okafor" }).click();
  await expect(page.getByText(/only Priya Raman is selected/)).toBeVisible();
});

test("an unscored candidate's page says so instead of drawing an empty radar", async ({ page }) => {
  const url = await openReport(page);
  const ids = await candidateIds(page);
  await page.goto(`${url}/candidates/${ids.mei}`);
  await expect(page.getByText(/No profile to draw yet/)).toBeVisible();
  await expect(page.getByRole("figure")).toHaveCount(0);
  await expect(page.getByText("insufficient evidence")).toHaveCount(0);
});
