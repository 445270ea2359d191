import { describe, expect, test } from "vitest";
import { addChange, applyAnswer, mergeOrphan, newestFirst, normalizeState, type QueuedOp, type QueueState } from "@/lib/scorecard/queue-ops";

const op = (opId: string, criterionId: string, level: number, baseRevision: number | null, at = 0): QueuedOp => ({
  opId, field: `rating:${criterionId}`, at, attempted: true, baseRevision, kind: "rating", value: { criterionId, level, noEvidence: false, note: "" },
});
const change = (criterionId: string, level: number) => ({ kind: "rating" as const, value: { criterionId, level, noEvidence: false, note: "" } });
const bases = (s: QueueState) => s.ops.map((o) => [o.opId, o.baseRevision]);

describe("queue operations", () => {
  test("a change carries the revision it was typed against: the known one, 0 with no row, or its predecessor's", () => {
    let s: QueueState = { ops: [], known: { "rating:a": 3 } };
    s = addChange(s, change("a", 1), "a1", 1);
    s = addChange(s, change("b", 2), "b1", 2);
    s = { ...s, ops: s.ops.map((o) => ({ ...o, attempted: true })) };
    s = addChange(s, change("a", 2), "a2", 3);
    expect(bases(s)).toEqual([["a1", 3], ["b1", 0], ["a2", null]]);
  });

  test("answers fill in the next base: the new revision when saved, the refused op's own base when rejected", () => {
    const s: QueueState = { ops: [op("a1", "a", 1, 3), op("a2", "a", 2, null), op("a3", "a", 3, null)], known: {} };
    const saved = applyAnswer(s, s.ops[0]!, { kind: "saved", revision: 4 });
    expect([bases(saved), saved.known]).toEqual([[["a2", 4], ["a3", null]], { "rating:a": 4 }]);
    expect(bases(applyAnswer(s, s.ops[0]!, { kind: "rejected" }))).toEqual([["a2", 3], ["a3", null]]);
  });

  test("a conflict drops the ops typed over the refused one, and nothing of other fields", () => {
    const s: QueueState = { ops: [op("a1", "a", 1, 3), op("b1", "b", 2, 0), op("a2", "a", 2, null), op("a3", "a", 3, null)], known: {} };
    const after = applyAnswer(s, s.ops[0]!, { kind: "conflict", current: { level: 4, noEvidence: false, note: "", revision: 7 } });
    expect([bases(after), after.known]).toEqual([[["b1", 0]], { "rating:a": 7 }]);
  });

  test("adopting keeps this tab's pending edits of a field over the orphan's, and interleaves the rest by time", () => {
    const mine: QueueState = { ops: [op("m-a", "a", 4, 1, 50)], known: {} };
    const orphan: QueueState = { ops: [op("o-a", "a", 2, 0, 10), op("o-b", "b", 3, 0, 20), op("o-b2", "b", 1, null, 60)], known: {} };
    const { state, taken } = mergeOrphan(mine, orphan);
    expect(taken.map((o) => o.opId)).toEqual(["o-b", "o-b2"]);
    expect(bases(state)).toEqual([["o-b", 0], ["m-a", 1], ["o-b2", null]]);
  });

  test("of two closed tabs, the one edited last is adopted first, so its edit of a shared field wins", () => {
    const older: QueueState = { ops: [op("old", "a", 1, 0, 10)], known: {} };
    const newer: QueueState = { ops: [op("new", "a", 2, 0, 30)], known: {} };
    const [first, second] = newestFirst([older, newer]);
    const merged = mergeOrphan(mergeOrphan({ ops: [], known: {} }, first!).state, second!).state;
    expect(merged.ops.map((o) => o.opId)).toEqual(["new"]);
  });

  test("a queue stored before ops carried their base is read the way it was sent then", () => {
    const ops = [op("a1", "a", 1, 0), op("b1", "b", 1, 0), op("a2", "a", 2, 0)].map((o) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== "baseRevision")));
    const legacy = { ops, known: { "rating:a": 5 } } as unknown as QueueState;
    expect(bases(normalizeState(legacy))).toEqual([["a1", 5], ["b1", 0], ["a2", null]]);
  });
});
