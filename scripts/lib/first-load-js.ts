// A page's first-load JavaScript as the network carried it: every script response (the page's own and any worker's)
// from navigation until the network is idle, in a fresh browser context (empty cache), with the transfer size the
// server sent (gzip: Chromium asks for it and Next compresses). Shared by bench-editor and the size checks.
import type { Browser, BrowserContextOptions } from "@playwright/test";

export type FirstLoadJs = { path: string; scripts: number; gzipBytes: number; files: { path: string; gzipBytes: number }[] };

export async function firstLoadJs(browser: Browser, baseURL: string, path: string, state: BrowserContextOptions["storageState"], ready?: (page: import("@playwright/test").Page) => Promise<void>): Promise<FirstLoadJs> {
  const context = await browser.newContext({ baseURL, storageState: state });
  const sizes: Promise<{ path: string; gzipBytes: number }>[] = [];
  context.on("response", (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js")) return;
    // Content-Length is absent on compressed, chunked answers; the body size the browser received is what counts.
    sizes.push(response.request().sizes().then((s) => ({ path: url.pathname, gzipBytes: s.responseBodySize })));
  });
  try {
    const page = await context.newPage();
    const answer = await page.goto(path, { waitUntil: "networkidle" });
    if (answer?.status() !== 200) throw new Error(`${path} answered ${answer?.status()}`);
    if (ready) await ready(page);
    await page.waitForLoadState("networkidle");
    const files = await Promise.all(sizes);
    return { path, scripts: files.length, gzipBytes: files.reduce((a, f) => a + f.gzipBytes, 0), files };
  } finally {
    await context.close();
  }
}
