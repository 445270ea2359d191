/**
 * The browser's autosave queue for one scorecard. No server imports: this runs in the page.
 *
 * Every change becomes an operation kept in storage (localStorage) BEFORE it is sent, so a closed tab, a crash or
 * a dead network loses nothing. Operations go to the server one at a time, in order; each carries the revision the
 * client last saw for its field, and the revision the server returns is remembered. A retry re-sends the same
 * operation (same opId, same base revision), which the server treats as a replay, never as a second write.
 *
 * Consecutive edits of one field collapse into one pending operation, but only while that operation has never been
 * sent: once sent, the server may have applied it (the answer may be what got lost), and rewriting it under the same
 * opId would turn a new value into a "replay" that the server ignores.
 */
import type { RatingValue, SummaryValue } from "./schema";

export type RatingPayload = RatingValue & { criterionId: string };
export type QueuedOp = { opId: string; field: string; at: number; attempted: boolean } & (
  | { kind: "rating"; value: RatingPayload }
  | { kind: "summary"; value: SummaryValue }
);
export type QueueState = { ops: QueuedOp[]; known: Record<string, number> };
export type QueueStatus = "saved" | "saving" | "offline" | "signedOut" | "rejected";
export type ConflictValue = (RatingValue | SummaryValue) & { revision: number };

export type QueueIO = {
  /** Persist the state (the tab's own storage key). */
  save: (state: QueueState) => void;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  newId: () => string;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
};

export type QueueListener = {
  status?: (status: QueueStatus, message?: string) => void;
  conflict?: (field: string, current: ConflictValue) => void;
  /** Operations taken over from a closed tab: the page shows their values. */
  adopted?: (ops: readonly QueuedOp[]) => void;
};

export const ratingField = (criterionId: string) => `rating:${criterionId}`;
export const SUMMARY_FIELD = "summary";

const MAX_BACKOFF_MS = 5_000;

export class SaveQueue {
  private sending = false;
  private failures = 0;
  private retryArmed = false;
  private stopped = false;
  private status: QueueStatus = "saved";
  private listeners = new Set<QueueListener>();

  constructor(
    private readonly scorecardId: string,
    private state: QueueState,
    private readonly io: QueueIO,
  ) {}

  get pending(): readonly QueuedOp[] {
    return this.state.ops;
  }

  subscribe(listener: QueueListener): () => void {
    this.listeners.add(listener);
    listener.status?.(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Record a change of one field and start sending. */
  enqueue(change: { kind: "rating"; value: RatingPayload } | { kind: "summary"; value: SummaryValue }) {
    const field = change.kind === "rating" ? ratingField(change.value.criterionId) : SUMMARY_FIELD;
    const last = this.state.ops.findLastIndex((o) => o.field === field);
    const lastOp = this.state.ops[last];
    if (lastOp && !lastOp.attempted) {
      this.state.ops[last] = { ...lastOp, ...change, at: this.io.now() } as QueuedOp;
    } else {
      this.state.ops.push({ ...change, opId: this.io.newId(), field, at: this.io.now(), attempted: false } as QueuedOp);
    }
    this.io.save(this.state);
    void this.pump();
  }

  /** Operations adopted from a tab that was closed before it could send them: they go first, oldest first. */
  adopt(orphan: QueueState) {
    if (orphan.ops.length === 0) return;
    const mine = new Set(this.state.ops.map((o) => o.field));
    for (const [field, revision] of Object.entries(orphan.known)) if (!mine.has(field) && orphan.ops.some((o) => o.field === field)) this.state.known[field] = revision;
    this.state.ops = [...orphan.ops, ...this.state.ops].sort((a, b) => a.at - b.at);
    this.io.save(this.state);
    for (const l of this.listeners) l.adopted?.(orphan.ops);
    void this.pump();
  }

  /** Resolves true once everything is on the server, false as soon as that cannot happen now (offline...). */
  flush(): Promise<boolean> {
    return new Promise((resolve) => {
      const check: QueueListener = {
        status: (status) => {
          if (status === "saved" && this.state.ops.length === 0) done(true);
          else if (status !== "saving" && status !== "saved") done(false);
        },
      };
      const done = (ok: boolean) => {
        this.listeners.delete(check);
        resolve(ok);
      };
      this.failures = 0;
      this.listeners.add(check);
      void this.pump();
      check.status?.(this.status);
    });
  }

  /** Try again now (the browser came back online). */
  retry() {
    this.failures = 0;
    void this.pump();
  }

  stop() {
    this.stopped = true;
  }

  private setStatus(status: QueueStatus, message?: string) {
    this.status = status;
    for (const l of [...this.listeners]) l.status?.(status, message);
  }

  private async pump(): Promise<void> {
    if (this.sending || this.stopped) return;
    const op = this.state.ops[0];
    if (!op) return this.setStatus("saved");
    this.sending = true;
    this.setStatus("saving");
    op.attempted = true;
    this.io.save(this.state);
    let response: Response | undefined;
    try {
      response = await this.io.fetch(`/api/scorecards/${this.scorecardId}/${op.kind === "rating" ? "ratings" : "summary"}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ opId: op.opId, ...op.value, baseRevision: this.state.known[op.field] ?? 0 }),
      });
    } catch {
      response = undefined; // the network is down, or the server is
    }
    this.sending = false;
    if (this.stopped) return;
    await this.settle(op, response);
  }

  private async settle(op: QueuedOp, response: Response | undefined) {
    const body = response ? ((await response.json().catch(() => ({}))) as { revision?: number; reason?: string; error?: string; current?: ConflictValue }) : {};
    if (response?.ok && typeof body.revision === "number") {
      this.state.known[op.field] = body.revision;
      this.drop((o) => o.opId === op.opId);
    } else if (response?.status === 409 && body.reason === "conflict" && body.current) {
      // The newer value wins: forget this tab's pending edits of the field and show what the server holds.
      this.state.known[op.field] = body.current.revision;
      this.drop((o) => o.field === op.field);
      for (const l of this.listeners) l.conflict?.(op.field, body.current);
    } else if (response && response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 408 && response.status !== 429) {
      // Retrying cannot fix it (submitted, unknown criterion...): say so, keep the rest moving.
      this.drop((o) => o.opId === op.opId);
      this.setStatus("rejected", body.error ?? `The server refused the change (${response.status}).`);
    } else {
      return this.waitAndRetry(response?.status === 401 ? "signedOut" : "offline");
    }
    this.failures = 0;
    return this.pump();
  }

  private drop(predicate: (op: QueuedOp) => boolean) {
    this.state.ops = this.state.ops.filter((o) => !predicate(o));
    this.io.save(this.state);
  }

  private waitAndRetry(status: QueueStatus) {
    this.setStatus(status);
    if (this.retryArmed) return;
    this.retryArmed = true;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failures++);
    this.io.setTimer(() => {
      this.retryArmed = false;
      void this.pump();
    }, delay);
  }
}
