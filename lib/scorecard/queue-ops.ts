/**
 * The save queue's operations and the rules that change them, as pure functions of the stored state (no I/O, no
 * timers: the SaveQueue class sequences them, tab-queues.ts stores them).
 *
 * Every operation carries the revision its value was typed against (`baseRevision`: what the page showed, 0 for a
 * field with no row yet), stored IN the operation. So an operation read back after a reload, or adopted from a
 * closed tab, is sent with the base its author saw, never with whatever a later page knows: a value typed against an
 * older revision is then refused (409) instead of overwriting a newer one saved meanwhile elsewhere.
 *
 * One exception: a value typed while an earlier operation of the same field is still unanswered was typed over that
 * value, so its base is the revision that earlier operation will get. It is stored as `null` and filled in from the
 * answer. The first operation of a field in a queue therefore always has a number.
 */
import type { RatingValue, SummaryValue } from "./schema";

export type RatingPayload = RatingValue & { criterionId: string };
export type Change = { kind: "rating"; value: RatingPayload } | { kind: "summary"; value: SummaryValue };
export type QueuedOp = { opId: string; field: string; at: number; attempted: boolean; baseRevision: number | null } & Change;
/** `known`: the newest revision this queue has seen per field (from the page, or from answers). */
export type QueueState = { ops: QueuedOp[]; known: Record<string, number> };
export type ConflictValue = (RatingValue | SummaryValue) & { revision: number };

export const ratingField = (criterionId: string) => `rating:${criterionId}`;
export const SUMMARY_FIELD = "summary";
export const fieldOf = (change: Change) => (change.kind === "rating" ? ratingField(change.value.criterionId) : SUMMARY_FIELD);

/**
 * Record a change. Consecutive edits of a field collapse into its last operation while that one was never sent
 * (same opId, same base); once sent, the server may have applied it, so the edit becomes a new operation on top.
 */
export function addChange(state: QueueState, change: Change, opId: string, at: number): QueueState {
  const field = fieldOf(change);
  const last = state.ops.findLastIndex((o) => o.field === field);
  const lastOp = state.ops[last];
  if (lastOp && !lastOp.attempted) {
    const ops = [...state.ops];
    ops[last] = { ...lastOp, ...change, at };
    return { ...state, ops };
  }
  const baseRevision = lastOp ? null : (state.known[field] ?? 0);
  return { ...state, ops: [...state.ops, { ...change, opId, field, at, attempted: false, baseRevision }] };
}

export function markAttempted(state: QueueState, opId: string): QueueState {
  return { ...state, ops: state.ops.map((o) => (o.opId === opId ? { ...o, attempted: true } : o)) };
}

/** The base revision to send. Never null for the head of a queue (see above); 0 if it were, which can only conflict. */
export const baseToSend = (op: QueuedOp) => op.baseRevision ?? 0;

export type Answer = { kind: "saved"; revision: number } | { kind: "conflict"; current: ConflictValue } | { kind: "rejected" };

/**
 * An operation's answer. Saved: the next operation of the field was typed over it, so its base is the new revision.
 * Conflict: the newer value wins, and the operations typed over the refused one go with it. Rejected (no retry can
 * help): the next one builds on what the server still has, the refused operation's own base.
 */
export function applyAnswer(state: QueueState, op: QueuedOp, answer: Answer): QueueState {
  const rest = state.ops.filter((o) => o.opId !== op.opId);
  const known = { ...state.known };
  if (answer.kind === "saved") known[op.field] = answer.revision;
  if (answer.kind === "conflict") known[op.field] = answer.current.revision;
  const next = rest.findIndex((o) => o.field === op.field);
  if (next < 0 || rest[next]!.baseRevision !== null) return { ops: rest, known };
  if (answer.kind === "conflict") {
    let chain = next;
    while (chain < rest.length && (rest[chain]!.field !== op.field || rest[chain]!.baseRevision === null)) chain++;
    const dropped = new Set(rest.slice(next, chain).filter((o) => o.field === op.field).map((o) => o.opId));
    return { ops: rest.filter((o) => !dropped.has(o.opId)), known };
  }
  const baseRevision = answer.kind === "saved" ? answer.revision : op.baseRevision;
  return { ops: rest.map((o, i) => (i === next ? { ...o, baseRevision } : o)), known };
}

/**
 * Take over a closed tab's operations. A field this queue already has pending keeps this queue's edits: they are
 * what this page shows, typed later than the orphan's, and sending both would only refuse the newer one. The
 * adopted operations keep their own base revisions, so a stale one is refused, never applied.
 */
export function mergeOrphan(state: QueueState, orphan: QueueState): { state: QueueState; taken: QueuedOp[] } {
  const busy = new Set(state.ops.map((o) => o.field));
  const taken = normalizeState(orphan).ops.filter((o) => !busy.has(o.field));
  if (taken.length === 0) return { state, taken };
  // Stable: each queue's own order (and so each field's chain) survives the interleaving by time.
  return { state: { ...state, ops: [...taken, ...state.ops].sort((a, b) => a.at - b.at) }, taken };
}

/** Newest first by last edit, so that when two closed tabs edited one field the later edit is the one adopted. */
export const newestFirst = (orphans: QueueState[]) => [...orphans].sort((a, b) => lastEdit(b) - lastEdit(a));
const lastEdit = (s: QueueState) => Math.max(-Infinity, ...s.ops.map((o) => o.at));

/**
 * A stored queue as this code expects it. Queues written before operations carried their base revision are read
 * the way they were sent then: the first operation of a field on the revision the queue knew, the rest chained.
 */
export function normalizeState(raw: QueueState): QueueState {
  const seen = new Set<string>();
  const ops = raw.ops.map((o) => {
    const first = !seen.has(o.field);
    seen.add(o.field);
    if (typeof o.baseRevision === "number" || (o.baseRevision === null && !first)) return o;
    return { ...o, baseRevision: first ? (raw.known[o.field] ?? 0) : null };
  });
  return { ops, known: raw.known };
}
