// Watching a page for Content-Security-Policy violations (tests/e2e/security-headers.spec.ts, and the specs of pages
// that load code editors, which inject styles at run time).
import { expect, type Page } from "@playwright/test";

/** Record CSP violations from both places a browser reports them: the console and the DOM event. */
export async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|run|frame|connect)/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return async () => [...violations, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])];
}

/** Open a page, check its status, that Next.js's scripts ran under the policy, and that nothing was blocked. */
export async function visit(page: Page, violationsOf: () => Promise<string[]>, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  expect(response?.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), `${path}: Next.js's scripts ran`).toBe("string");
  expect(await violationsOf(), path).toEqual([]);
}

