import { describe, expect, test } from "vitest";
import { canReadScorecard } from "@/lib/scorecard/access";
import { progressText, submitProblems } from "@/lib/scorecard/completeness";
import { RatingOpSchema } from "@/lib/scorecard/schema";

describe("canReadScorecard", () => {
  const me = { id: "me" };
  test("my own card always; someone else's only when submitted and once I submitted mine", () => {
    expect(canReadScorecard(me, { interviewerId: "me", status: "draft" }, false)).toBe(true);
    expect(canReadScorecard(me, { interviewerId: "you", status: "submitted" }, false)).toBe(false);
    expect(canReadScorecard(me, { interviewerId: "you", status: "draft" }, true)).toBe(false);
    expect(canReadScorecard(me, { interviewerId: "you", status: "submitted" }, true)).toBe(true);
  });
});

describe("submitProblems", () => {
  const base = { criteria: [{ id: "a", name: "A", noteLevels: [1, 4] }, { id: "b", name: "B", noteLevels: [1, 4] }], levelLabel: (l: number) => ["", "Below bar", "Intermediate", "Senior", "Staff+"][l]! };
  test("a complete card has no problem; No evidence counts as rated and needs no note", () => {
    const ratings = new Map([["a", { level: 4, noEvidence: false, note: "designed it" }], ["b", { level: null, noEvidence: true, note: "" }]]);
    expect(submitProblems({ ...base, ratings, recommendation: "yes" })).toEqual([]);
  });
  test("points at each unrated criterion, each missing note and the recommendation", () => {
    const ratings = new Map([["a", { level: 1, noEvidence: false, note: " " }]]);
    expect(submitProblems({ ...base, ratings, recommendation: null })).toEqual([
      { field: "note", criterionId: "a", message: "Write an evidence note for “A”: a rating of 1 Below bar needs one." },
      { field: "rating", criterionId: "b", message: "Rate “B”, or mark it No evidence." },
      { field: "recommendation", message: "Choose an overall recommendation." },
    ]);
  });
  test("a must-have criterion rated below its minimum needs a note when the matrix says so, and the message says why", () => {
    const criteria = [{ id: "a", name: "A", noteLevels: [1, 2, 4], mustHaveMin: 3 }];
    const ratings = (level: number, note = "") => new Map([["a", { level, noEvidence: false, note }]]);
    expect(submitProblems({ ...base, criteria, ratings: ratings(2), recommendation: "no" })).toEqual([
      { field: "note", criterionId: "a", message: "Write an evidence note for “A”: a rating of 2 Intermediate, below the must-have minimum of 3, needs one." },
    ]);
    expect(submitProblems({ ...base, criteria, ratings: ratings(2, "missed the fencing question"), recommendation: "no" })).toEqual([]);
    expect(submitProblems({ ...base, criteria, ratings: ratings(3), recommendation: "yes" })).toEqual([]);
  });
});

describe("progressText", () => {
  const base = { criteria: [{ id: "a", name: "A", noteLevels: [1, 4] }, { id: "b", name: "B", noteLevels: [1, 4] }], levelLabel: () => "" };
  const text = (ratings: [string, { level: number | null; noEvidence: boolean; note: string }][], recommendation: string | null) =>
    progressText(submitProblems({ ...base, ratings: new Map(ratings), recommendation }), 2);
  const four = { level: 4, noEvidence: false, note: "" };
  const cleared = { level: null, noEvidence: false, note: "kept" };
  test("counts ratings; a cleared rating is not rated, No evidence is", () => {
    expect(text([], null)).toBe("0 of 2 rated");
    expect(text([["a", cleared], ["b", { level: null, noEvidence: true, note: "" }]], null)).toBe("1 of 2 rated");
  });
  test("says how many required notes are missing, even when every criterion is rated", () => {
    expect(text([["a", four], ["b", { ...four, level: 1 }]], "yes")).toBe("2 of 2 rated · 2 notes needed");
    expect(text([["a", four]], null)).toBe("1 of 2 rated · 1 note needed");
  });
  test("once rated with the notes: the recommendation, then ready", () => {
    const done: [string, typeof four][] = [["a", { ...four, note: "designed it" }], ["b", { ...four, level: 3 }]];
    expect(text(done, null)).toBe("2 of 2 rated · recommendation needed");
    expect(text(done, "yes")).toBe("2 of 2 rated · ready to submit");
  });
});

describe("RatingOpSchema", () => {
  const op = { opId: "0b7e6f7e-8b1a-4c3e-9d2f-1a2b3c4d5e6f", criterionId: "x", level: 3, noEvidence: false, note: "", baseRevision: 0 };
  test("accepts the scale and null; refuses other levels and a level with No evidence", () => {
    expect(RatingOpSchema.safeParse(op).success).toBe(true);
    expect(RatingOpSchema.safeParse({ ...op, level: null, noEvidence: true }).success).toBe(true);
    for (const level of [0, 5, 2.5, "3"]) expect(RatingOpSchema.safeParse({ ...op, level }).success).toBe(false);
    expect(RatingOpSchema.safeParse({ ...op, noEvidence: true }).success).toBe(false);
  });
});
