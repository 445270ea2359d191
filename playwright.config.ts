import { defineConfig, devices } from "@playwright/test";
import { scriptEnv } from "./lib/env";
import { resolveBrowser } from "./scripts/lib/browser";

// The server under test is a production build started by scripts/test.ts (E2E_BASE_URL). The browser: see
// scripts/lib/browser.ts (PLAYWRIGHT_CHROMIUM_EXECUTABLE, a system Chromium, or the one npm installed).
const config = scriptEnv();
const browser = await resolveBrowser(config.PLAYWRIGHT_CHROMIUM_EXECUTABLE);
const LAST = /senior-matrix-publish\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: config.E2E_BASE_URL ?? "http://localhost:3000",
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: browser.executablePath ? { executablePath: browser.executablePath, args: browser.args } : {},
  },
  projects: [
    { name: "pages", testIgnore: LAST },
    // Publishes a new version of a demo matrix, which other specs read: only after all of them (`--no-deps` skips them).
    { name: "publishes-demo-matrix", testMatch: LAST, dependencies: ["pages"] },
  ],
});
