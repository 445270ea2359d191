/**
 * Where the save queue lives in the browser: one localStorage entry per tab and scorecard, so that two tabs on the
 * same scorecard never rewrite each other's queue. A tab holds a Web Lock named after its entry for as long as its
 * document lives; an entry whose tab holds no lock any more belongs to a closed tab, and the next tab that opens the
 * scorecard adopts its operations (under a second lock, so two tabs cannot adopt the same orphan twice).
 *
 * Leaving the page never abandons the queue:
 * - an in-app link unmounts the scorecard but the document (and this module) lives on: the queue keeps sending in
 *   the background, still under the tab's lock, and coming back to the scorecard picks up the same queue object;
 * - a reload, a full navigation or a closed tab ends the document: every operation was stored before it was sent,
 *   the lock goes with the document, and the next load reads the entry back (same tab: sessionStorage keeps the
 *   tab's id across reloads) or adopts it (another tab), and sends it at once;
 * - a page restored from the back/forward cache retries at once (Chromium keeps a page holding a lock out of that
 *   cache, so this is for browsers that do not).
 */
import { SaveQueue } from "./save-queue";
import { newestFirst, normalizeState, type QueueState } from "./queue-ops";

const PREFIX = "quorum.scorecard.";
const TAB_KEY = "quorum.tab-id";
const SWEEP_MS = 5_000;

const keyOf = (scorecardId: string, tabId: string) => `${PREFIX}${scorecardId}.${tabId}`;

function tabId(): string {
  let id = sessionStorage.getItem(TAB_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
  }
  return id;
}

function read(key: string): QueueState | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? "null") as QueueState | null;
    return parsed && Array.isArray(parsed.ops) && typeof parsed.known === "object" ? normalizeState(parsed) : null;
  } catch {
    return null;
  }
}

function write(key: string, state: QueueState) {
  if (state.ops.length === 0) localStorage.removeItem(key);
  else localStorage.setItem(key, JSON.stringify(state));
}

/** Adopt the queues of closed tabs on this scorecard into `queue`. */
async function adoptOrphans(scorecardId: string, ownKey: string, queue: SaveQueue) {
  const locks = navigator.locks;
  await locks.request(`${PREFIX}${scorecardId}.adopt`, async () => {
    const held = new Set(((await locks.query()).held ?? []).map((l) => l.name));
    const orphans: QueueState[] = [];
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (!key || key === ownKey || !key.startsWith(`${PREFIX}${scorecardId}.`)) continue;
      if (held.has(key)) continue; // that tab is open: its queue is its own business
      const orphan = read(key);
      localStorage.removeItem(key);
      if (orphan) orphans.push(orphan);
    }
    for (const orphan of newestFirst(orphans)) queue.adopt(orphan);
  });
}

/** This document's queues, by storage key: they outlive the page component that opened them (see above). */
const live = new Map<string, SaveQueue>();

function startQueue(scorecardId: string, key: string): SaveQueue {
  const previous = read(key);
  const queue = new SaveQueue(scorecardId, { ops: previous?.ops ?? [], known: {} }, {
    save: (s) => write(key, s),
    fetch: (url, init) => fetch(url, init),
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
  });
  window.addEventListener("online", () => queue.retry());
  window.addEventListener("pageshow", (e) => e.persisted && queue.retry());
  // Held until the document goes away, whether or not the scorecard is still on screen.
  if (typeof navigator.locks?.request === "function") void navigator.locks.request(key, () => new Promise<void>(() => undefined));
  return queue;
}

export type TabQueue = { queue: SaveQueue; close: () => void };

/**
 * The queue of this tab for a scorecard, sending whatever it holds at once. `serverRevisions` are the revisions the
 * page was rendered with; pending operations keep the base revision they were typed against, whatever those say.
 * `close` (the page unmounts) only stops looking for closed tabs' queues: this queue goes on until it is empty.
 */
export function openTabQueue(scorecardId: string, serverRevisions: Record<string, number>): TabQueue {
  const key = keyOf(scorecardId, tabId());
  let queue = live.get(key);
  if (!queue) live.set(key, (queue = startQueue(scorecardId, key)));
  queue.learnRevisions(serverRevisions);
  queue.start();

  let sweepTimer: number | undefined;
  if (typeof navigator.locks?.request === "function") {
    const sweep = () => void adoptOrphans(scorecardId, key, queue).catch(() => undefined);
    sweep();
    // A tab closed while this one is open leaves an orphan too: look again from time to time.
    sweepTimer = window.setInterval(sweep, SWEEP_MS);
  }
  return { queue, close: () => window.clearInterval(sweepTimer) };
}

/** Forget this scorecard's local queues (it was submitted: the server refuses them anyway). */
export function clearLocalQueues(scorecardId: string) {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(`${PREFIX}${scorecardId}.`)) localStorage.removeItem(key);
  }
}
