import { describe, expect, test } from "vitest";
import { SaveQueue, type QueuedOp, type QueueState, type SaveState } from "@/lib/scorecard/save-queue";

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

/** An operation as a queue stores it. */
const stored = (opId: string, criterionId: string, level: number, baseRevision: number, attempted = false): QueuedOp => ({
  opId, field: `rating:${criterionId}`, at: 0, attempted, baseRevision, kind: "rating", value: { criterionId, level, noEvidence: false, note: "" },
});

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
    h.queue.subscribe({ state: (s) => statuses.push(s.status) });
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

  test("an op adopted from a closed tab is sent with the base it was typed against, not this tab's newer one", async () => {
    // The closed tab rated a criterion that had no row (base 0); since then another device saved it (revision 1).
    const h = harness([{ status: 409, body: { reason: "conflict", current: { level: 4, noEvidence: false, note: "", revision: 1 } } }], { ops: [], known: { "rating:a": 1 } });
    const conflicts: unknown[] = [];
    h.queue.subscribe({ conflict: (field, current) => conflicts.push([field, current.revision]) });
    h.queue.adopt({ ops: [stored("old", "a", 2, 0)], known: {} });
    expect(h.sent[0]!.body).toMatchObject({ opId: "old", level: 2, baseRevision: 0 });
    await h.respond();
    expect(conflicts).toEqual([["rating:a", 1]]);
    expect(h.queue.pending).toHaveLength(0);
  });

  test("a queue read back at page load says what is pending, and start() sends it with its own base revisions", async () => {
    const h = harness([{ status: 200, body: { revision: 3 } }, { status: 200, body: { revision: 4 } }], {
      ops: [stored("first", "a", 2, 2, true), { ...stored("second", "a", 3, 0), baseRevision: null }],
      known: { "rating:a": 9 }, // what the reloaded page was rendered with: not what these were typed against
    });
    const states: SaveState[] = [];
    h.queue.subscribe({ state: (s) => states.push(s) });
    expect(states).toEqual([{ status: "saving", pending: 2 }]);
    h.queue.start();
    expect(h.sent.map((s) => [s.body.opId, s.body.baseRevision])).toEqual([["first", 2]]);
    await h.respond();
    expect(h.sent.map((s) => [s.body.opId, s.body.baseRevision])).toEqual([["first", 2], ["second", 3]]);
    await h.respond();
    expect(states.at(-1)).toEqual({ status: "saved", pending: 0 });
  });

  test("an answered op is never sent again, even when an edit comes while its answer is being read", async () => {
    const sent: string[] = [];
    let finishBody: (() => void) | undefined;
    const queue = new SaveQueue("card-1", { ops: [], known: {} }, {
      save: () => undefined,
      fetch: async (_url, init) => {
        sent.push((JSON.parse(String(init.body)) as { opId: string }).opId);
        const body = new Promise<unknown>((resolve) => (finishBody = () => resolve({ revision: sent.length })));
        return { ok: true, status: 200, json: () => body } as unknown as Response;
      },
      newId: (() => { let n = 0; return () => `op-${++n}`; })(),
      now: () => 0,
      setTimer: () => undefined,
    });
    queue.enqueue(rating("a", 1));
    await tick();
    queue.enqueue(rating("a", 2)); // the answer's headers are in, its body is not
    queue.enqueue(rating("b", 3));
    expect(sent).toEqual(["op-1"]);
    finishBody!();
    await tick();
    finishBody!();
    await tick();
    finishBody!();
    await tick();
    expect(sent).toEqual(["op-1", "op-2", "op-3"]);
    expect(queue.pending).toHaveLength(0);
  });

  test("offline, edits wait for the scheduled retry: no send per key, and the status stays Offline until an answer", async () => {
    const h = harness([null, null, { status: 200, body: { revision: 1 } }, { status: 200, body: { revision: 1 } }]);
    const statuses: string[] = [];
    h.queue.subscribe({ state: (s) => statuses.push(s.status) });
    h.queue.enqueue(rating("a", 3));
    await h.respond();
    for (const level of [1, 2, 3, 4]) h.queue.enqueue(rating("b", level));
    expect(h.sent).toHaveLength(1);
    h.timers.shift()!(); // the retry: still down
    await h.respond();
    h.timers.shift()!(); // and again: up
    await h.respond();
    await h.respond();
    expect(h.sent.map((s) => [s.body.criterionId, s.body.level])).toEqual([["a", 3], ["a", 3], ["a", 3], ["b", 4]]);
    expect(statuses.filter((s, i) => s !== statuses[i - 1])).toEqual(["saved", "saving", "offline", "saving", "saved"]);
  });

  test("once the server answers again, the next edit is sent at once, not at the old retry's time", async () => {
    const h = harness([null, { status: 200, body: { revision: 1 } }, { status: 200, body: { revision: 1 } }]);
    h.queue.enqueue(rating("a", 3));
    await h.respond();
    h.queue.retry(); // back online
    await h.respond();
    h.queue.enqueue(rating("b", 2));
    expect(h.sent.at(-1)!.body).toMatchObject({ criterionId: "b" });
    h.timers.shift()?.(); // the stale retry does nothing more
    await h.respond();
    expect(h.sent).toHaveLength(3);
  });

  test("a page rendered before the last answers shows the values saved since, and new edits build on them", async () => {
    const h = harness([{ status: 200, body: { revision: 5 } }, { status: 200, body: { revision: 6 } }], { ops: [], known: { "rating:a": 4 } });
    h.queue.enqueue(rating("a", 2, "saved while the page was away"));
    await h.respond();
    h.queue.learnRevisions({ "rating:a": 4, "rating:b": 1 }); // the router's cached render of the page
    expect(h.queue.newerThan({ "rating:a": 4, "rating:b": 1 })).toEqual([{ field: "rating:a", value: { criterionId: "a", level: 2, noEvidence: false, note: "saved while the page was away" } }]);
    h.queue.enqueue(rating("a", 3));
    expect(h.sent.at(-1)!.body).toMatchObject({ level: 3, baseRevision: 5 });
  });

  test("a refused change stays on screen once the queue is empty, and flush does not wait for it", async () => {
    const h = harness([{ status: 409, body: { reason: "submitted", error: "This scorecard is submitted." } }]);
    const states: SaveState[] = [];
    h.queue.subscribe({ state: (s) => states.push(s) });
    h.queue.enqueue(rating("a", 3));
    await h.respond();
    expect(states.at(-1)).toEqual({ status: "rejected", pending: 0, message: "This scorecard is submitted." });
    expect(await h.queue.flush()).toBe(true);
  });

  test("a refusal stays on screen while the changes typed before it are saved; the next edit clears it", async () => {
    const ok = (revision: number) => ({ status: 200, body: { revision, replay: false } });
    const h = harness([{ status: 400, body: { error: "Invalid request: note: contains a NUL character" } }, ok(1), ok(1)]);
    const states: SaveState[] = [];
    h.queue.subscribe({ state: (s) => states.push(s) });
    h.queue.enqueue(rating("a", 3));
    h.queue.enqueue(rating("b", 2)); // typed before the refusal arrives
    await h.respond();
    await h.respond();
    expect(states.at(-1)).toMatchObject({ status: "rejected", pending: 0 });
    h.queue.enqueue(rating("c", 1));
    await h.respond();
    expect(states.at(-1)).toEqual({ status: "saved", pending: 0 });
  });

  test("flush answers false when the server refuses or replaces a change while it waits, so submit does not go on", async () => {
    const rejected = harness([{ status: 400, body: { error: "refused" } }]);
    rejected.queue.enqueue(rating("a", 3));
    const flushed = rejected.queue.flush();
    await rejected.respond();
    expect(await flushed).toBe(false);

    const replaced = harness([{ status: 409, body: { reason: "conflict", current: { level: 4, noEvidence: false, note: "", revision: 2 } } }]);
    replaced.queue.enqueue(rating("a", 3));
    const flushedToo = replaced.queue.flush();
    await replaced.respond();
    expect(await flushedToo).toBe(false);
    expect(await replaced.queue.flush()).toBe(true); // nothing left, nothing refused since: submit may go on
  });
});

async function tick() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}
