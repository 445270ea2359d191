import fs from "node:fs";
import { expect, test } from "@playwright/test";
import YAML from "yaml";
import { signInAs } from "./pages";

test("an admin sees the published matrices and downloads a version as YAML", async ({ page }) => {
  await signInAs(page, "admin@example.com");
  await page.goto("/admin/rubrics");
  const senior = page.getByRole("table", { name: "Versions of Senior PostgreSQL Engineer" });
  await expect(senior.getByRole("rowheader", { name: /^v1/ })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), senior.getByRole("link", { name: "Download YAML of v1" }).click()]);
  expect(download.suggestedFilename()).toBe("senior-postgresql-engineer-v1.yaml");
  const yaml = fs.readFileSync((await download.path())!, "utf8");
  const doc = YAML.parse(yaml) as { id: string; competencies: { criteria: unknown[] }[] };
  expect(doc.id).toBe("senior-postgresql-engineer");
  expect(doc.competencies).toHaveLength(8);
  expect(doc.competencies.flatMap((c) => c.criteria)).toHaveLength(24);
});

test("an interviewer cannot export a matrix", async ({ page }) => {
  await signInAs(page, "alice@example.com");
  const response = await page.request.get("/api/rubrics/senior-postgresql-engineer/versions/1/yaml");
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: "You do not have access to this." });
});
