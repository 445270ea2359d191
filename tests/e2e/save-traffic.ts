// What autosave sends, seen from the browser's side of the network: holding saves back (a slow server), and a log
// of every save request and its answer, by operation id.
import type { Page, Request, Route } from "@playwright/test";

export const SAVES = /\/api\/scorecards\/[^/]+\/(ratings|summary)$/;

/** Saves stay unanswered until `release` (a slow server): what is typed meanwhile waits in the page's queue. */
export async function holdSaves(page: Page) {
  const held: Route[] = [];
  await page.route(SAVES, (route) => void held.push(route));
  return {
    count: () => held.length,
    /** Let saves through again, the held ones included (those of a page since reloaded are gone: skipped). */
    release: async () => {
      await page.unroute(SAVES);
      for (const route of held.splice(0)) await route.continue().catch(() => undefined);
    },
  };
}

type SaveEvent = { opId: string; sent: number; answers: number[] };

const opIdOf = (request: Request) => {
  if (request.method() !== "PUT" || !SAVES.test(new URL(request.url()).pathname)) return undefined;
  return (request.postDataJSON() as { opId?: string } | null)?.opId;
};

/** Every save the page sends, by opId: how often it went out, and the status of each answer, in order. */
export function recordSaves(page: Page) {
  const byOp = new Map<string, SaveEvent>();
  let sentAfterSuccess = 0;
  page.on("request", (request) => {
    const opId = opIdOf(request);
    if (!opId) return;
    const event = byOp.get(opId) ?? { opId, sent: 0, answers: [] };
    if (event.answers.some((s) => s >= 200 && s < 300)) sentAfterSuccess++;
    event.sent++;
    byOp.set(opId, event);
  });
  page.on("response", (response) => {
    const opId = opIdOf(response.request());
    if (opId) byOp.get(opId)?.answers.push(response.status());
  });
  return {
    ops: () => [...byOp.values()],
    /** Requests for an opId that had already been answered 2xx. */
    sentAfterSuccess: () => sentAfterSuccess,
    /** Operations sent more than once. */
    resent: () => [...byOp.values()].filter((e) => e.sent > 1),
  };
}

/** Every change of the status region's text, attributes or children from now on (what a screen reader hears). */
export async function countStatusChanges(page: Page) {
  await page.getByRole("status").evaluate((region) => {
    const w = window as unknown as { statusChanges: number };
    w.statusChanges = 0;
    new MutationObserver((records) => (w.statusChanges += records.length)).observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { statusChanges: number }).statusChanges);
}
