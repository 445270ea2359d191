import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { scriptEnv } from "./lib/env";

// The server under test is a production build started by scripts/test.ts (E2E_BASE_URL). The browser is the
// system Chromium when there is one (Debian's, as CI installs it), else Playwright's own download.
const config = scriptEnv();
const systemChromium = [config.PLAYWRIGHT_CHROMIUM_EXECUTABLE, "/usr/bin/chromium"].find((p) => p && fs.existsSync(p));

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
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        }
      : {},
  },
});
