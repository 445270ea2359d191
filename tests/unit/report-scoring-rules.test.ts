// The matrix's explicit scoring rules in the report: the competency roll-up (mean or median) and a must-have's
// minimum number of rated criteria. Figures worked out by hand from ./report-fixture.ts.
import { describe, expect, test } from "vitest";
import { assembleReport } from "@/lib/report/assemble";
import type { ReportInput } from "@/lib/report/model";
import { fixtureInput } from "./report-fixture";

/** The fixture with v2 (the reference version) given explicit rules. */
function withRules(edit: (input: ReportInput) => void): ReturnType<typeof assembleReport> {
  const input = structuredClone(fixtureInput());
  edit(input);
  return assembleReport(input);
}
const v2 = (input: ReportInput) => input.versions.find((v) => v.id === "v2")!.definition;

describe("explicit scoring rules of the reference version", () => {
  test("a must-have asking for two rated criteria is insufficient evidence on one, never a pass", () => {
    // Ben's r3 and r2 both rated ha-a and ha-b; make Ana's ha-b "No evidence" from both so ha rests on ha-a alone.
    const report = withRules((input) => {
      v2(input).competencies[0]!.mustHave = { minLevel: 3, minRatedCriteria: 2 };
      input.ratings = input.ratings.map((r) => (r.criterionId === "ha-b" && r.scorecardId.startsWith("s-ana") ? { ...r, level: null, noEvidence: true } : r));
    });
    const ana = report.candidates.find((c) => c.name === "Ana")!;
    const ha = ana.cells.find((c) => c.competencyId === "ha")!;
    // ha-a alone: (4 + 3) / 2 = 3.5 >= 3, but one rated criterion of the two required
    expect(ha.score).toBeCloseTo(3.5, 10);
    expect(ha.ratedCriteria).toBe(1);
    expect(ha.gate).toBe("insufficient");
    expect(ana.overall).toMatchObject({ status: "insufficient", score: null, reasons: ["must-have-unrated"] });
    // Ben (scored on v1, which says nothing) is judged by the reference's rule too: two rated, below 3 -> fail.
    expect(report.candidates.find((c) => c.name === "Ben")!.cells[0]!.gate).toBe("fail");
  });

  test("without the field a single rated criterion clears the evidence bar, as before", () => {
    const report = withRules((input) => {
      input.ratings = input.ratings.map((r) => (r.criterionId === "ha-b" && r.scorecardId.startsWith("s-ana") ? { ...r, level: null, noEvidence: true } : r));
    });
    expect(report.candidates.find((c) => c.name === "Ana")!.cells[0]!.gate).toBe("pass");
  });

  test("the median roll-up takes the middle criterion, not the mean", () => {
    const report = withRules((input) => {
      v2(input).scoring.competencyScore = "median";
      // A third opt criterion for v2, rated 1 by Ana's r1 only: opt-a 2.5, opt-b 3.5, opt-c 1 -> median 2.5 (mean 2.33)
      v2(input).competencies[1]!.criteria.push({ ...v2(input).competencies[1]!.criteria[0]!, id: "opt-c" });
      input.ratings.push({ scorecardId: "s-ana-1", criterionId: "opt-c", level: 1, noEvidence: false });
    });
    expect(report.scoreRule).toBe("median");
    expect(report.candidates.find((c) => c.name === "Ana")!.cells[1]!.score).toBeCloseTo(2.5, 10);
    // ha has two criteria, 3.5 and 3: the median of two is their mean
    expect(report.candidates.find((c) => c.name === "Ana")!.cells[0]!.score).toBeCloseTo(3.25, 10);
  });
});
