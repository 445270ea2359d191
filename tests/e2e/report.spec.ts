import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./pages";

const POSITION = "Senior PostgreSQL Engineer";

async function openReport(page: Page) {
  await signInAs(page, "manager@example.com");
  await page.getByRole("link", { name: POSITION }).click();
  await expect(page.getByRole("heading", { level: 1, name: POSITION })).toBeVisible();
  return page.url();
}

test("the hiring manager reads the matrix, opens a candidate and downloads the CSV", async ({ page }) => {
  await openReport(page);
  const matrix = page.getByRole("table", { name: /Weighted scores/ });
  await expect(matrix.getByRole("columnheader", { name: /High availability/ })).toBeVisible();
  const priya = matrix.getByRole("row", { name: /Priya Raman/ });
  await expect(priya.getByText(/coverage \d+%/)).toBeVisible();
  await expect(matrix.getByRole("row", { name: /Tomás Ortega/ }).getByText("below must-have")).toBeVisible();
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

test("calibrated scores appear beside the raw ones on request", async ({ page }) => {
  await openReport(page);
  const matrix = page.getByRole("table", { name: /Weighted scores/ });
  await expect(matrix.getByText(/^cal\. /)).toHaveCount(0);
  await page.getByRole("link", { name: "Show calibrated scores" }).click();
  await expect(matrix.getByText(/^cal\. /).first()).toBeVisible();
  await expect(matrix.getByRole("row", { name: /Lena Okafor/ }).getByText(/95%: /)).toBeVisible();
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
