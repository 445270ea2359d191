import { describe, expect, test } from "vitest";
import { SaveQueue, type QueueState } from "@/lib/scorecard/save-queue";

type Sent = { url: string; body: Record<string, unknown> };

/** A queue over a scripted server: each answer is taken in turn; `null` is a network failure. */
function harness(answers: (null | { status: number; body: unknown })[], state: QueueState = { ops: [], known: {} }) {
  const sent: Sent[] = [];
  const timers: (() => void)[] = [];
  let id = 0;
  let gate: (() => void) | undefined;
  const stored: QueueState[] = [];
  const queue = new SaveQueue("card-1", state, {
    save: (s) => stored.push(structuredClone(s)),
    fetch: async (url, init) => {
      sent.push({ url, body: JSON.parse(String(init.body)) as Record<string, unknown> });
      await new Promise<void>((resolve) => (gate = resolve));
      const answer = answers.shift();
      if (!answer) throw new TypeError("Failed to fetch");
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    },
    newId: () => `op-${++id}`,
    now: () => id,
    setTimer: (fn) => timers.push(fn),
  });
  const respond = async () => {
    gate?.();
    gate = undefined;
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { queue, sent, timers, stored, respond };
}

const rating = (criterionId: string, level: number | null, note = "") => ({ kind: "rating" as const, value: { criterionId, level, noEvidence: level === null, note } });

describe("save queue", () => {
  test("sends one op at a time, in order, each with the revision returned for its field", async () => {
    const h = harness([{ status: 200, body: { revision: 1 } }, { status: 200, body: { revision: 2 } }]);
    h.queue.enqueue(rating("a", 2));
    h.queue.enqueue(rating("a", 3)); // pending behind the one in flight: not coalesced into it
    expect(h.sent).toHaveLength(1);
    await h.respond();
    expect(h.sent.map((s) => [s.body.level, s.body.baseRevision])).toEqual([[2, 0], [3, 1]]);
    await h.respond();
    expect(h.queue.pending).toHaveLength(0);
    expect(h.stored.at(-1)).toEqual({ ops: [], known: { "rating:a": 2 } });
  });

  test("pending edits of one field collapse while unsent, but an op once sent is never rewritten", async () => {
    const h = harness([null, { status: 200, body: { revision: 1, replay: true } }, { status: 200, body: { revision: 2 } }]);
    h.queue.enqueue(rating("a", 1));
    await h.respond(); // network failure: op-1 may or may not have landed
    h.queue.enqueue(rating("a", 2));
    h.queue.enqueue(rating("a", 4, "final"));
    expect(h.queue.pending.map((o) => o.opId)).toEqual(["op-1", "op-2"]);
    h.timers.shift()!();
    expect(h.sent.at(-1)!.body).toMatchObject({ opId: "op-1", level: 1, baseRevision: 0 });
    await h.respond();
    expect(h.sent.at(-1)!.body).toMatchObject({ opId: "op-2", level: 4, note: "final", baseRevision: 1 });
  });

  test("a conflict drops this tab's pending edits of the field and reports the newer value", async () => {
    const h = harness([{ status: 409, body: { reason: "conflict", current: { level: 2, noEvidence: false, note: "", revision: 5 } } }, { status: 200, body: { revision: 1 } }]);
    const conflicts: unknown[] = [];
    h.queue.subscribe({ conflict: (field, current) => conflicts.push([field, current]) });
    h.queue.enqueue(rating("a", 4));
    h.queue.enqueue(rating("a", 1));
    h.queue.enqueue(rating("b", 3));
    await h.respond();
    expect(conflicts).toEqual([["rating:a", { level: 2, noEvidence: false, note: "", revision: 5 }]]);
    expect(h.sent.at(-1)!.body).toMatchObject({ criterionId: "b" });
  });

  test("offline: the status says so, everything stays stored, and a retry resumes in order", async () => {
    const h = harness([null, { status: 200, body: { revision: 1 } }, { status: 200, body: { revision: 1 } }]);
    const statuses: string[] = [];
    h.queue.subscribe({ status: (s) => statuses.push(s) });
    h.queue.enqueue(rating("a", 3));
    h.queue.enqueue(rating("b", null));
    await h.respond();
    expect(statuses.at(-1)).toBe("offline");
    expect(h.stored.at(-1)!.ops.map((o) => o.field)).toEqual(["rating:a", "rating:b"]);
    h.queue.retry();
    await h.respond();
    await h.respond();
    expect(h.sent.map((s) => s.body.criterionId)).toEqual(["a", "a", "b"]);
    expect(statuses.at(-1)).toBe("saved");
  });

  test("ops adopted from a closed tab go first and keep the revision that tab knew", async () => {
    const h = harness([{ status: 200, body: { revision: 3 } }], { ops: [], known: { "rating:a": 7 } });
    h.queue.adopt({ ops: [{ opId: "old", field: "rating:a", at: -1, attempted: true, kind: "rating", value: { criterionId: "a", level: 2, noEvidence: false, note: "" } }], known: { "rating:a": 2 } });
    expect(h.sent[0]!.body).toMatchObject({ opId: "old", baseRevision: 2 });
  });
});
