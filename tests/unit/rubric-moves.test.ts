import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRubric } from "@/lib/rubric/load";
import { MoveInterviewsSchema, stayReason, type MoveCandidate } from "@/lib/rubric/moves";

const parsed = parseRubric(fs.readFileSync("rubrics/senior-postgresql-engineer.yaml", "utf8"), "senior.yaml");
if (!parsed.ok) throw new Error("the senior matrix does not parse");
const target = parsed.definition;

const empty = { status: "draft", summary: "", recommendation: null, _count: { ratings: 0 } };
const interview = (over: Partial<MoveCandidate> = {}): MoveCandidate => ({ stageId: "production-incidents", cancelledAt: null, scorecards: [empty, empty], ...over });

describe("stayReason", () => {
  it("lets an interview move when no scorecard holds anything and its stage exists in the new plan", () => {
    expect(stayReason(interview(), target)).toBeNull();
    expect(stayReason(interview({ scorecards: [] }), target)).toBeNull();
  });

  it("keeps an interview whose scoring started in any way, on any of its scorecards", () => {
    expect(stayReason(interview({ scorecards: [empty, { ...empty, _count: { ratings: 1 } }] }), target)).toBe("started");
    expect(stayReason(interview({ scorecards: [{ ...empty, summary: "Strong on incidents" }] }), target)).toBe("started");
    expect(stayReason(interview({ scorecards: [{ ...empty, recommendation: "yes" }] }), target)).toBe("started");
  });

  it("keeps submitted and cancelled interviews, and one whose stage the new plan lacks, the weightier reason first", () => {
    expect(stayReason(interview({ scorecards: [empty, { ...empty, status: "submitted" }] }), target)).toBe("submitted");
    expect(stayReason(interview({ cancelledAt: new Date(), scorecards: [{ ...empty, status: "submitted" }] }), target)).toBe("cancelled");
    expect(stayReason(interview({ stageId: "no-such-stage" }), target)).toBe("missingStage");
  });
});

describe("MoveInterviewsSchema", () => {
  it("needs a position, a version and at least one interview, all as ids", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(MoveInterviewsSchema.safeParse({ positionId: id, toVersionId: id, interviewIds: [id] }).success).toBe(true);
    expect(MoveInterviewsSchema.safeParse({ positionId: id, toVersionId: id, interviewIds: [] }).success).toBe(false);
    expect(MoveInterviewsSchema.safeParse({ positionId: "x", toVersionId: id, interviewIds: [id] }).success).toBe(false);
  });
});
