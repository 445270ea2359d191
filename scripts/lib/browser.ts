// Which Chromium the end-to-end tests drive, in this order: PLAYWRIGHT_CHROMIUM_EXECUTABLE, a system Chromium,
// then the build that @sparticuz/chromium ships inside its npm package (so `npm ci && npm test` needs no browser
// download and no apt-get). Playwright's own download (`npx playwright install chromium`) is the last resort, for
// platforms the npm build does not cover (it is linux-x64 only).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export type Browser = { source: "env" | "system" | "npm" | "playwright"; executablePath?: string; args: string[] };

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

// What a browser on a closed network needs: no sandbox as root, no GPU, and none of the background connections
// that this machine's network refuses (platform notes).
const COMMON_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

function runs(executable: string): boolean {
  try {
    execFileSync(executable, ["--version"], { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** Unpack the npm-shipped Chromium (to the OS temp folder, ~1.3 s the first time) and return its path. */
async function npmChromium(): Promise<string | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  const { default: chromium } = await import("@sparticuz/chromium");
  chromium.setGraphicsMode = false; // no swiftshader: the tests need no WebGL
  let executable = await chromium.executablePath();
  // An unpack cut short (Ctrl-C) leaves a truncated binary that would be reused forever: unpack it again.
  if (!runs(executable)) {
    fs.rmSync(executable, { force: true });
    executable = await chromium.executablePath();
  }
  return executable;
}

export async function resolveBrowser(given: string | undefined): Promise<Browser> {
  if (given) return { source: "env", executablePath: given, args: COMMON_ARGS };
  const system = SYSTEM_CHROMIUMS.find((p) => fs.existsSync(p));
  if (system) return { source: "system", executablePath: system, args: COMMON_ARGS };
  const shipped = await npmChromium();
  // Not its own serverless flag list: --single-process and --no-zygote make closing one context kill the whole
  // browser, and --disable-web-security would switch off the very protections the tests check.
  if (shipped) return { source: "npm", executablePath: shipped, args: [...COMMON_ARGS, "--font-render-hinting=none"] };
  return { source: "playwright", args: [] };
}
