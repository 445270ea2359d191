/**
 * Where the save queue lives in the browser: one localStorage entry per tab and scorecard, so that two tabs on the
 * same scorecard never rewrite each other's queue. A tab holds a Web Lock named after itself for its whole life;
 * an entry whose tab holds no lock any more belongs to a closed tab, and the next tab that opens the scorecard
 * adopts its operations (under a second lock, so two tabs cannot adopt the same orphan twice).
 */
import { SaveQueue, type QueueState } from "./save-queue";

const PREFIX = "quorum.scorecard.";
const TAB_KEY = "quorum.tab-id";

const keyOf = (scorecardId: string, tabId: string) => `${PREFIX}${scorecardId}.${tabId}`;

function tabId(): string {
  // sessionStorage survives a reload of the same tab, so a reload reads its own entry back.
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
    return parsed && Array.isArray(parsed.ops) && typeof parsed.known === "object" ? parsed : null;
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
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key || key === ownKey || !key.startsWith(`${PREFIX}${scorecardId}.`)) continue;
      if (held.has(key)) continue; // that tab is open: its queue is its own business
      const orphan = read(key);
      localStorage.removeItem(key);
      i--;
      if (orphan) queue.adopt(orphan);
    }
  });
}

export type TabQueue = { queue: SaveQueue; pendingAtStart: QueueState; close: () => void };

/**
 * The queue of this tab for a scorecard. `serverRevisions` are the revisions the page was rendered with; fields this
 * tab (before a reload) or a closed tab still has pending keep the revision known when the edit was made, so an edit
 * made against an older value is detected as stale rather than applied over a newer one.
 */
export function openTabQueue(scorecardId: string, serverRevisions: Record<string, number>): TabQueue {
  const key = keyOf(scorecardId, tabId());
  const previous = read(key) ?? { ops: [], known: {} };
  const state: QueueState = { ops: previous.ops, known: { ...serverRevisions } };
  for (const op of previous.ops) if (op.field in previous.known) state.known[op.field] = previous.known[op.field]!;
  const queue = new SaveQueue(scorecardId, state, {
    save: (s) => write(key, s),
    fetch: (url, init) => fetch(url, init),
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
  });

  let release: () => void = () => undefined;
  let sweepTimer: number | undefined;
  const online = () => queue.retry();
  window.addEventListener("online", online);
  if (typeof navigator.locks?.request === "function") {
    void navigator.locks.request(key, () => new Promise<void>((resolve) => (release = resolve)));
    const sweep = () => void adoptOrphans(scorecardId, key, queue).catch(() => undefined);
    sweep();
    // A tab closed while this one is open leaves an orphan too: look again from time to time.
    sweepTimer = window.setInterval(sweep, 5_000);
  }
  const close = () => {
    window.clearInterval(sweepTimer);
    window.removeEventListener("online", online);
    queue.stop();
    release();
  };
  return { queue, pendingAtStart: structuredClone(state), close };
}

/** Forget this scorecard's local queues (it was submitted: the server refuses them anyway). */
export function clearLocalQueues(scorecardId: string) {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(`${PREFIX}${scorecardId}.`)) localStorage.removeItem(key);
  }
}
