/**
 * The browser's autosave queue for one scorecard. No server imports: this runs in the page.
 *
 * Every change becomes an operation kept in storage (localStorage) BEFORE it is sent, so a closed tab, a crash or
 * a dead network loses nothing. Operations go to the server one at a time, in order, each with the revision it was
 * typed against (queue-ops.ts). A retry re-sends the same operation (same opId, same payload, same base), which the
 * server answers as a replay, never as a second write; an operation whose answer was read is never sent again.
 */
import { addChange, applyAnswer, baseToSend, markAttempted, mergeOrphan, type Answer, type Change, type ConflictValue, type QueuedOp, type QueueState } from "./queue-ops";

export { ratingField, SUMMARY_FIELD, type ConflictValue, type QueuedOp, type QueueState, type RatingPayload } from "./queue-ops";

export type QueueStatus = "saved" | "saving" | "offline" | "signedOut" | "rejected";
/** What the status line shows: `pending` counts the operations not yet answered. */
export type SaveState = { status: QueueStatus; pending: number; message?: string };

export type QueueIO = {
  /** Persist the state (the tab's own storage key). */
  save: (state: QueueState) => void;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  newId: () => string;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
};

export type QueueListener = {
  state?: (state: SaveState) => void;
  conflict?: (field: string, current: ConflictValue) => void;
  /** Operations taken over from a closed tab: the page shows their values. */
  adopted?: (ops: readonly QueuedOp[]) => void;
};

type Reply = { response: Response; body: { revision?: number; reason?: string; error?: string; current?: ConflictValue } };

const MAX_BACKOFF_MS = 5_000;
/** Waiting for a retry: the status keeps saying so through each attempt, until an answer changes something. */
const waiting = (s: QueueStatus) => s === "offline" || s === "signedOut";

export class SaveQueue {
  private sending = false;
  private failures = 0;
  private retryArmed = false;
  private retryToken = 0;
  /** Answers that refused or replaced a change (counted so flush can tell one happened while it waited). */
  private refusals = 0;
  /** When the last refusal was answered: operations typed before it do not clear its message. */
  private rejectedAt = Number.NEGATIVE_INFINITY;
  private shown: SaveState;
  private listeners = new Set<QueueListener>();
  /** The value and revision of each field as last confirmed by the server, for a page rendered before them. */
  private confirmed = new Map<string, { revision: number; value: unknown }>();

  constructor(
    private readonly scorecardId: string,
    private state: QueueState,
    private readonly io: QueueIO,
  ) {
    // A queue read back from storage is not saved: say what is pending from the first moment.
    this.shown = { status: state.ops.length > 0 ? "saving" : "saved", pending: state.ops.length };
  }

  get pending(): readonly QueuedOp[] {
    return this.state.ops;
  }

  subscribe(listener: QueueListener): () => void {
    this.listeners.add(listener);
    listener.state?.(this.shown);
    return () => this.listeners.delete(listener);
  }

  /** Send what is queued (a queue read back from storage at page load). */
  start() {
    void this.pump();
  }

  /** Record a change of one field and send it. */
  enqueue(change: Change) {
    this.commit(addChange(this.state, change, this.io.newId(), this.io.now()));
    // With a retry scheduled (offline, signed out), sending now would only fail again, and flip the status per key.
    if (!this.retryArmed) void this.pump();
  }

  /** Operations of a tab that was closed before it could send them (see mergeOrphan). */
  adopt(orphan: QueueState) {
    const { state, taken } = mergeOrphan(this.state, orphan);
    if (taken.length === 0) return;
    this.commit(state);
    for (const l of [...this.listeners]) l.adopted?.(taken);
    if (!this.retryArmed) void this.pump();
  }

  /** Revisions a page was rendered with: new edits are typed against them, unless this queue has seen newer ones. */
  learnRevisions(revisions: Record<string, number>) {
    const known = { ...this.state.known };
    for (const [field, revision] of Object.entries(revisions)) known[field] = Math.max(known[field] ?? 0, revision);
    this.state = { ...this.state, known };
  }

  /** Fields the server confirmed at a newer revision than `revisions` (a page rendered from an older snapshot). */
  newerThan(revisions: Record<string, number>): { field: string; value: unknown }[] {
    return [...this.confirmed].filter(([field, c]) => c.revision > (revisions[field] ?? 0)).map(([field, c]) => ({ field, value: c.value }));
  }

  /**
   * Resolves true once nothing is left to send, false as soon as that cannot happen now (offline...), and false when
   * the server refused or replaced one of the changes meanwhile: the caller (submit) must not go on as if the values
   * on screen were the ones stored.
   */
  flush(): Promise<boolean> {
    const refusalsAtStart = this.refusals;
    return new Promise((resolve) => {
      const check: QueueListener = {
        state: ({ status, pending }) => {
          if (pending === 0 && !waiting(status)) done(this.refusals === refusalsAtStart);
          else if (waiting(status)) done(false);
        },
      };
      const done = (ok: boolean) => {
        this.listeners.delete(check);
        resolve(ok);
      };
      this.failures = 0;
      this.listeners.add(check);
      // Asked to send now (submit): this attempt's outcome is the answer, so it shows as one.
      if (waiting(this.shown.status)) this.show("saving");
      void this.pump();
      check.state?.(this.shown);
    });
  }

  /** Try again now (the browser came back online, or the page back from the back/forward cache). */
  retry() {
    this.failures = 0;
    void this.pump();
  }

  private commit(state: QueueState) {
    this.state = state;
    this.io.save(state);
    this.show(this.shown.status, this.shown.message);
  }

  /** Tell listeners only what changed, so the live region is not re-announced for nothing. */
  private show(status: QueueStatus, message?: string) {
    const next: SaveState = { status, pending: this.state.ops.length, ...(message === undefined ? {} : { message }) };
    if (next.status === this.shown.status && next.pending === this.shown.pending && next.message === this.shown.message) return;
    this.shown = next;
    for (const l of [...this.listeners]) l.state?.(next);
  }

  private async pump(): Promise<void> {
    // `sending` covers the whole exchange, the answer's body included: an answered operation is gone from the queue
    // before anything else may look at the head of it, so it can never be sent again.
    if (this.sending) return;
    this.sending = true;
    try {
      for (;;) {
        const op = this.state.ops[0];
        if (!op) {
          if (this.shown.status !== "rejected") this.show("saved"); // a refusal stays on screen until the next edit
          return;
        }
        // A refusal stays on screen while the queue sends what was typed before it; the next edit replaces it.
        const refusalShown = this.shown.status === "rejected" && op.at <= this.rejectedAt;
        if (!waiting(this.shown.status) && !refusalShown) this.show("saving");
        this.commit(markAttempted(this.state, op.opId));
        const reply = await this.send(op);
        if (!this.settle(op, reply)) return;
      }
    } finally {
      this.sending = false;
    }
  }

  private async send(op: QueuedOp): Promise<Reply | undefined> {
    try {
      const response = await this.io.fetch(`/api/scorecards/${this.scorecardId}/${op.kind === "rating" ? "ratings" : "summary"}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ opId: op.opId, ...op.value, baseRevision: baseToSend(op) }),
      });
      return { response, body: ((await response.json().catch(() => ({}))) ?? {}) as Reply["body"] };
    } catch {
      return undefined; // the network is down, or the server is
    }
  }

  /** Apply an answer; false when the operation stays at the head and a retry is scheduled. */
  private settle(op: QueuedOp, reply: Reply | undefined): boolean {
    const { response, body } = reply ?? {};
    let answer: Answer;
    if (response?.ok && typeof body?.revision === "number") {
      answer = { kind: "saved", revision: body.revision };
      this.confirmed.set(op.field, { revision: body.revision, value: op.value });
    } else if (response?.status === 409 && body?.reason === "conflict" && body.current) {
      answer = { kind: "conflict", current: body.current };
      this.confirmed.set(op.field, { revision: body.current.revision, value: body.current });
    } else if (response && response.status >= 400 && response.status < 500 && ![401, 408, 429].includes(response.status)) {
      answer = { kind: "rejected" }; // retrying cannot fix it (submitted, unknown criterion...): say so, keep the rest moving
    } else {
      this.waitAndRetry(response?.status === 401 ? "signedOut" : "offline");
      return false;
    }
    this.failures = 0;
    this.disarmRetry(); // the server answers again: the next edit goes at once, not at the old retry's time
    // Counted before the commit: committing tells listeners (flush among them) that the queue is shorter.
    if (answer.kind !== "saved") this.refusals++;
    if (answer.kind === "rejected") this.rejectedAt = this.io.now();
    this.commit(applyAnswer(this.state, op, answer));
    if (answer.kind === "rejected") this.show("rejected", body?.error ?? `The server refused the change (${response!.status}).`);
    else if (waiting(this.shown.status)) this.show("saving");
    if (answer.kind === "conflict") for (const l of [...this.listeners]) l.conflict?.(op.field, answer.current);
    return true;
  }

  private waitAndRetry(status: QueueStatus) {
    this.show(status);
    if (this.retryArmed) return;
    this.retryArmed = true;
    const token = ++this.retryToken;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failures++);
    this.io.setTimer(() => {
      if (token !== this.retryToken) return;
      this.retryArmed = false;
      void this.pump();
    }, delay);
  }

  private disarmRetry() {
    this.retryArmed = false;
    this.retryToken++;
  }
}
