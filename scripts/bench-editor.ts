/**
 * The matrix editor in a real browser: `npm run bench:editor [keystrokes]` (default 60).
 *
 * Owns everything it uses: an embedded PostgreSQL in a temp folder, the migrations, the shipped matrices and the demo
 * data, a production build (`next build` when stale) served by scripts/lib/serve.mjs, and Chromium (scripts/lib/browser.ts).
 *   - keystroke -> diagnostics: on the senior matrix's edit page, after `weight: 1`, alternately types "x" (one
 *     problem: not a number) and Backspace (no problems), one key every 150 ms. Timed in the page, from the keydown
 *     event's timestamp to the problem count's change in the DOM (the editor's marks are set in the same commit), and
 *     to the next animation frame after it: worker round trip, loader, React and CodeMirror together.
 *   - baseline: parseRubric alone in this Node process on the same two texts, alternated likewise.
 *   - first-load JavaScript (gzip, as transferred, fresh browser context) of the editor page until its first check
 *     is shown (CodeMirror's chunk and the worker included), of a draft scorecard page and of the position report.
 * Prints medians, and ends with ONE JSON line. Goal: keystroke -> diagnostics median under 50 ms.
 */
import fs from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { scriptEnv } from "@/lib/env";
import { median, runBench, startBenchDatabase, startBenchServer, stopAtEnd } from "./lib/bench-stack.ts";
import { resolveBrowser } from "./lib/browser.ts";
import { firstLoadJs } from "./lib/first-load-js.ts";
import { demoPages, signedInState } from "./lib/demo-pages.ts";

const GOAL_MS = 50;
const WARM_UP = 10;
const PAUSE_MS = 150;
const keystrokes = Math.max(10, Number.parseInt(process.argv[2] ?? "", 10) || 60);
const SECRET = "bench-only-secret-not-used-anywhere-else-0123456789";
const SENIOR = "senior-postgresql-engineer";
const FIELD = "    weight: 1\n    criteria:";

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Keystroke -> updated problem count, measured in the page. */
async function keystrokeLatency(page: Page): Promise<{ dom: number[]; frame: number[] }> {
  await page.goto(`/admin/rubrics/${SENIOR}/edit`);
  const count = page.getByRole("status").filter({ hasText: /^(No problems|\d+ problems?)$/ });
  await count.waitFor();
  // Put the cursor after the first competency's `weight: 1` with the editor's own search.
  await page.getByRole("textbox", { name: "Matrix YAML" }).focus();
  await page.keyboard.press("ControlOrMeta+f");
  const find = page.getByRole("textbox", { name: "Find" });
  await find.fill("weight: 1");
  await find.press("End");
  await find.press("Enter");
  await page.keyboard.press("Escape");
  await page.keyboard.press("End");
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { dom: number; frame: number }[] };
    w.__bench = [];
    let pressed = 0;
    document.addEventListener("keydown", (e) => (pressed = e.timeStamp), true);
    const counter = [...document.querySelectorAll("[role=status]")].find((el) => /problem/.test(el.textContent ?? ""))!;
    new MutationObserver(() => {
      const dom = performance.now() - pressed;
      requestAnimationFrame(() => w.__bench.push({ dom, frame: performance.now() - pressed }));
    }).observe(counter, { childList: true, characterData: true, subtree: true });
  });
  for (let i = 0; i < WARM_UP + keystrokes; i++) {
    await page.keyboard.press(i % 2 === 0 ? "x" : "Backspace");
    await count.filter({ hasText: i % 2 === 0 ? "1 problem" : "No problems" }).waitFor();
    await page.waitForFunction((n) => (window as unknown as { __bench: unknown[] }).__bench.length >= n, i + 1);
    await page.waitForTimeout(PAUSE_MS);
  }
  const samples = (await page.evaluate(() => (window as unknown as { __bench: { dom: number; frame: number }[] }).__bench)).slice(WARM_UP);
  return { dom: samples.map((s) => s.dom), frame: samples.map((s) => s.frame) };
}

async function main() {
  const url = await startBenchDatabase("editor");
  const { bootstrapData } = await import("./lib/bootstrap.ts");
  await bootstrapData({ demo: true });
  const { DEMO_PASSWORD } = await import("@/lib/demo/accounts");
  const { parseRubric } = await import("@/lib/rubric/load");
  const pages = await demoPages(url);

  const baseURL = await startBenchServer({ ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: SECRET, QUORUM_DEMO: "1" });
  const found = await resolveBrowser(scriptEnv().PLAYWRIGHT_CHROMIUM_EXECUTABLE);
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  stopAtEnd(() => browser.close());

  const signedIn = (email: string) => signedInState(browser, baseURL, email, DEMO_PASSWORD);
  const admin = await signedIn("admin@example.com");
  const firstCheck = async (page: Page) => {
    await page.getByRole("status").filter({ hasText: /^(No problems|\d+ problems?)$/ }).waitFor();
  };
  const js = {
    editor: await firstLoadJs(browser, baseURL, `/admin/rubrics/${SENIOR}/edit`, admin, firstCheck),
    scorecard: await firstLoadJs(browser, baseURL, pages.scorecard, await signedIn("alice@example.com")),
    report: await firstLoadJs(browser, baseURL, pages.report, await signedIn("manager@example.com")),
  };

  const context = await browser.newContext({ baseURL, storageState: admin });
  const latency = await keystrokeLatency(await context.newPage());
  await context.close();

  // The same two texts the browser checked, parsed here alternately: what the loader alone costs.
  const source = fs.readFileSync(`rubrics/${SENIOR}.yaml`, "utf8");
  const broken = source.replace(FIELD, FIELD.replace("weight: 1", "weight: 1x"));
  if (broken === source) throw new Error(`the senior matrix no longer has ${JSON.stringify(FIELD)}`);
  const node: number[] = [];
  for (let i = 0; i < 50 + keystrokes; i++) {
    const started = performance.now();
    const result = parseRubric(i % 2 === 0 ? broken : source, "bench.yaml");
    if (i >= 50) node.push(performance.now() - started);
    if (result.ok === (i % 2 === 0)) throw new Error("the loader's verdict is not the expected one");
  }

  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const result = {
    keystrokes,
    keystrokeToDiagnosticsMs: round(median(latency.dom)),
    keystrokeToFrameMs: round(median(latency.frame)),
    p95Ms: round([...latency.dom].sort((a, b) => a - b)[Math.ceil(latency.dom.length * 0.95) - 1]!),
    nodeParseRubricMs: round(median(node)),
    firstLoadJsGzipKB: { editor: kb(js.editor.gzipBytes), scorecard: kb(js.scorecard.gzipBytes), report: kb(js.report.gzipBytes) },
  };
  console.log(`keystroke -> diagnostics in the browser (${keystrokes} keys): median ${result.keystrokeToDiagnosticsMs} ms (p95 ${result.p95Ms} ms), to the next frame ${result.keystrokeToFrameMs} ms`);
  console.log(`baseline, parseRubric alone in Node on the same texts: median ${result.nodeParseRubricMs} ms`);
  for (const [name, r] of Object.entries(js)) console.log(`first-load JS, ${name} page: ${kb(r.gzipBytes)} KB gzip in ${r.scripts} scripts`);
  const met = result.keystrokeToDiagnosticsMs < GOAL_MS;
  console.log(`goal: keystroke -> diagnostics median < ${GOAL_MS} ms: ${met ? "met" : "NOT met"}`);
  console.log(JSON.stringify({ bench: "editor", ...result, goalMs: GOAL_MS, met }));
}

runBench(main);
