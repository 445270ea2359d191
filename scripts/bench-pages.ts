/**
 * First-load JavaScript of every kind of page, measured in the browser: `npm run bench:pages`.
 *
 * Owns everything it uses: an embedded PostgreSQL in a temp folder, the migrations, the shipped matrices and the demo
 * data, a production build (`next build` when stale) served by scripts/lib/serve.mjs, and Chromium. Each page is
 * opened in a fresh browser context (empty cache) as the person who uses it, and every script the network carried
 * until it was idle is summed as transferred (gzip). The baseline is My interviews, the lightest signed-in page:
 * Next's runtime, React and the app shell, with no form; each page's ratio to it says what the page itself adds
 * (the forms' shared zod validation is ~90 KB of it). Ends with ONE JSON line.
 * Goal: the scorecard page's first-load JavaScript <= 150 KB gzip.
 */
import pg from "pg";
import { chromium, type BrowserContextOptions, type Page } from "@playwright/test";
import { scriptEnv } from "@/lib/env";
import { runBench, startBenchDatabase, startBenchServer, stopAtEnd } from "./lib/bench-stack.ts";
import { resolveBrowser } from "./lib/browser.ts";
import { firstLoadJs, type FirstLoadJs } from "./lib/first-load-js.ts";
import { demoPages, signedInState } from "./lib/demo-pages.ts";

const GOAL_KB = 150;
const SECRET = "bench-only-secret-not-used-anywhere-else-0123456789";
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** A scored demo candidate of the demo position, for the drilldown and compare pages. */
async function scoredCandidates(url: string, positionPath: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const positionId = positionPath.split("/").at(-1)!;
    const { rows } = await client.query<{ id: string }>(
      `select distinct i.candidate_id as id from interviews i join scorecards s on s.interview_id = i.id
        where i.position_id = $1 and s.status = 'submitted' order by 1 limit 2`,
      [positionId],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

async function main() {
  const url = await startBenchDatabase("pages");
  const { bootstrapData } = await import("./lib/bootstrap.ts");
  await bootstrapData({ demo: true });
  const { DEMO_PASSWORD } = await import("@/lib/demo/accounts");
  const demo = await demoPages(url);
  const [first, second] = await scoredCandidates(url, demo.report);
  if (!first || !second) throw new Error("the demo position has fewer than two scored candidates");

  const baseURL = await startBenchServer({ ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: SECRET, QUORUM_DEMO: "1" });
  const found = await resolveBrowser(scriptEnv().PLAYWRIGHT_CHROMIUM_EXECUTABLE);
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  stopAtEnd(() => browser.close());
  const as = (email: string) => signedInState(browser, baseURL, email, DEMO_PASSWORD);
  const [alice, manager, admin] = [await as("alice@example.com"), await as("manager@example.com"), await as("admin@example.com")];
  const editorReady = async (page: Page) => void (await page.getByRole("status").filter({ hasText: /^(No problems|\d+ problems?)$/ }).waitFor());

  const pages: [string, string, BrowserContextOptions["storageState"], ((page: Page) => Promise<void>)?][] = [
    ["my interviews (baseline)", "/interviews", alice],
    ["sign-in", "/login", undefined],
    ["scorecard", demo.scorecard, alice],
    ["report", demo.report, manager],
    ["drilldown", `${demo.report}/candidates/${first}`, manager],
    ["compare", `${demo.report}/compare?c=${first}&c=${second}`, manager],
    ["positions", "/positions", admin],
    ["candidates", "/candidates", admin],
    ["admin home", "/admin", admin],
    ["people", "/admin/people", admin],
    ["matrix editor", "/admin/rubrics/senior-postgresql-engineer/edit", admin, editorReady],
  ];
  const measured: (FirstLoadJs & { name: string })[] = [];
  for (const [name, path, state, ready] of pages) measured.push({ name, ...(await firstLoadJs(browser, baseURL, path, state, ready)) });

  const baseline = measured[0]!.gzipBytes;
  console.log(`\n${"page".padEnd(24)} ${"KB gzip".padStart(8)} ${"scripts".padStart(8)} ${"x baseline".padStart(10)}`);
  for (const m of measured) console.log(`${m.name.padEnd(24)} ${String(kb(m.gzipBytes)).padStart(8)} ${String(m.scripts).padStart(8)} ${(m.gzipBytes / baseline).toFixed(2).padStart(10)}`);
  const scorecard = kb(measured.find((m) => m.name === "scorecard")!.gzipBytes);
  const met = scorecard <= GOAL_KB;
  console.log(`\ngoal: the scorecard page <= ${GOAL_KB} KB gzip: ${scorecard} KB, ${met ? "met" : "NOT met"}`);
  console.log(
    JSON.stringify({
      bench: "pages",
      firstLoadJsGzipKB: Object.fromEntries(measured.map((m) => [m.name, kb(m.gzipBytes)])),
      scripts: Object.fromEntries(measured.map((m) => [m.name, m.scripts])),
      baselineKB: kb(baseline),
      scorecardKB: scorecard,
      goalScorecardKB: GOAL_KB,
      met,
    }),
  );
}

runBench(main);
