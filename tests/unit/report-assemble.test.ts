// The report's figures for the fixture of ./report-fixture.ts, each worked out by hand in the comments and
// written here as plain arithmetic, never by calling the report code.
import { describe, expect, test } from "vitest";
import { assembleReport } from "@/lib/report/assemble";
import { outstandingParts } from "@/lib/report/labels";
import { fixtureInput } from "./report-fixture";

const report = assembleReport(fixtureInput());
const candidate = (name: string) => report.candidates.find((c) => c.name === name)!;
const cell = (name: string, competencyId: string) => candidate(name).cells.find((c) => c.competencyId === competencyId)!;

describe("matrix scores", () => {
  test("a competency is the mean over rated criteria of the mean submitted level; No evidence is not a zero", () => {
    // Ana: ha-a (4+3)/2, ha-b (4+2)/2 -> ha (3.5+3)/2; opt-a 2.5, opt-b 3.5 -> 3; lead-a only r1's 3 (r2: No evidence)
    expect(cell("Ana", "ha").score).toBeCloseTo((3.5 + 3) / 2, 10);
    expect(cell("Ana", "opt").score).toBeCloseTo(3, 10);
    expect(cell("Ana", "lead").score).toBeCloseTo(3, 10);
    // Cy: ha rated "No evidence" by r1 only (r3's draft does not count) -> unrated
    expect(cell("Cy", "ha").score).toBeNull();
    expect(cell("Cy", "ha").ratedCriteria).toBe(0);
  });

  test("the overall score is weighted over competencies, with coverage", () => {
    // Ana: (2 * 3.25 + 3 + 3) / 4
    expect(candidate("Ana").overall).toMatchObject({ status: "scored", coverage: 1 });
    expect(candidate("Ana").overall.score).toBeCloseTo((2 * 3.25 + 3 + 3) / 4, 10);
    // Ben: ha (2 + 1.5)/2 = 1.75; opt 3; lead 2.5 -> (3.5 + 3 + 2.5) / 4
    expect(candidate("Ben").overall.score).toBeCloseTo((2 * 1.75 + 3 + 2.5) / 4, 10);
  });

  test("below the minimum coverage, or with a must-have unrated, there is no score but insufficient evidence", () => {
    // Cy: only opt and lead rated -> coverage (1 + 1) / 4 = 0.5 < 0.75; ha is a must-have and unrated
    expect(candidate("Cy").overall).toMatchObject({ status: "insufficient", score: null, coverage: 0.5 });
    expect(candidate("Cy").overall.reasons.sort()).toEqual(["coverage", "must-have-unrated"]);
    expect(cell("Cy", "ha").gate).toBe("insufficient");
  });

  test("a candidate with no submitted scorecard is pending", () => {
    expect(candidate("Dee").overall.status).toBe("pending");
    expect(candidate("Dee").scorecards).toEqual({ submitted: 0, drafts: 0, notStarted: 1, upcoming: 0 });
  });

  test("a must-have below its minimum is flagged whatever the average", () => {
    expect(cell("Ben", "ha").gate).toBe("fail");
    expect(candidate("Ben").gateFailed).toBe(true);
    expect(candidate("Ben").overall.status).toBe("scored");
    expect(cell("Ana", "ha").gate).toBe("pass");
    expect(cell("Ana", "opt").gate).toBeNull();
  });

  test("distance to the target profile is the weighted mean shortfall", () => {
    // Ben: ha 2 * (3 - 1.75), opt 0 (3 >= 3), lead 0 (2.5 >= 2) over weight 4
    expect(candidate("Ben").targetGap).toBeCloseTo((2 * 1.25) / 4, 10);
    expect(candidate("Ana").targetGap).toBe(0);
  });

  test("a criterion missing from the candidate's version is marked, not counted", () => {
    expect(candidate("Ben").versions).toEqual([1]);
    expect(cell("Ben", "opt")).toMatchObject({ score: 3, availableCriteria: 1, notApplicable: [{ criterionId: "opt-b", label: "n/a in v1" }] });
    expect(cell("Ana", "opt").notApplicable).toEqual([]);
  });
});

describe("scorecards and recommendations", () => {
  test("only submitted scorecards count; drafts and unstarted assignments are pending", () => {
    expect(candidate("Ana").scorecards).toEqual({ submitted: 2, drafts: 0, notStarted: 1, upcoming: 0 });
    expect(candidate("Cy").scorecards).toEqual({ submitted: 1, drafts: 1, notStarted: 0, upcoming: 0 });
    expect(report.totals).toEqual({ submitted: 5, drafts: 1, notStarted: 2, upcoming: 0, ratings: 20 });
    expect(report.tally).toEqual({ strong_no: 0, no: 2, yes: 2, strong_yes: 1 });
    expect(candidate("Ben").recommendations).toEqual({ strong_no: 0, no: 2, yes: 0, strong_yes: 0 });
  });

  test("an unwritten scorecard of an interview still to come is upcoming, not pending", () => {
    const input = fixtureInput();
    const before = new Date(input.interviews.find((i) => i.candidateName === "Dee")!.scheduledAt.getTime() - 60_000);
    const early = assembleReport(input, before);
    expect(early.candidates.find((c) => c.name === "Dee")!.scorecards).toEqual({ submitted: 0, drafts: 0, notStarted: 0, upcoming: 1 });
    expect(early.totals).toMatchObject({ drafts: 1, notStarted: 0, upcoming: 2 });
    expect(outstandingParts(early.totals)).toEqual(["1 draft in progress", "2 for interviews still to come"]);
    expect(outstandingParts(report.totals, true)).toEqual(["1 draft", "2 not started"]);
  });

  test("ratings of one criterion two levels apart are flagged", () => {
    expect(report.disagreements).toEqual([
      expect.objectContaining({ candidateName: "Ana", criterionId: "ha-b", spread: 2, ratings: [{ interviewer: "Rae", level: 4 }, { interviewer: "Sam", level: 2 }] }),
    ]);
    expect(cell("Ana", "ha").disagreements).toBe(1);
  });
});

describe("statistics in the report", () => {
  test("Krippendorff's alpha (ordinal) per competency over candidate x criterion units", () => {
    // ha units [4,3] [4,2] [2,2] [2,1]: n = 8, n_1..4 = 1,4,1,2; observed sum o*d2 = 49, expected 584
    const ha = report.agreement.find((a) => a.competencyId === "ha")!;
    expect(ha.alpha).toBeCloseTo(1 - (7 * 49) / 584, 10);
    // Two candidates and four units are far below the honest minimum: no verdict, no interval.
    expect(ha).toMatchObject({ reading: "insufficient", interval: null, pairableUnits: 4, candidates: 2 });
    // opt units [3,2] [4,3] [3,3] (Cy's single ratings do not pair): n = 6, observed 25, expected 150
    expect(report.agreement.find((a) => a.competencyId === "opt")!.alpha).toBeCloseTo(1 - (5 * 25) / 150, 10);
    // lead: only Ben's [2,3] pairs: n = 2, observed 2 * 1, expected 2 * 1 -> 1 - 1 * 2 / 2 = 0
    expect(report.agreement.find((a) => a.competencyId === "lead")).toMatchObject({ alpha: 0, reading: "insufficient", pairableUnits: 1, candidates: 1 });
  });

  test("interviewer offsets, their intervals and level distributions", () => {
    // r1 - r2 = mean difference on Ana's shared criteria (1, 2, 1, 1) = 1.25; r2 - r3 on Ben's (0, 1, 0, -1) = 0;
    // offsets sum to 0 -> r2 = r3 = -1.25/3, r1 = 2.5/3.
    const by = Object.fromEntries(report.interviewers.map((i) => [i.name, i]));
    expect(by.Rae!.offset).toBeCloseTo(2.5 / 3, 6);
    expect(by.Sam!.offset).toBeCloseTo(-1.25 / 3, 6);
    expect(by.Tom!.offset).toBeCloseTo(-1.25 / 3, 6);
    // SSE = (0.25^2 + 0.75^2 + 0.25^2 + 0.25^2)/2 + (0 + 1 + 0 + 1)/2 = 1.375; df = 20 ratings - 12 targets - 3 + 1 = 6;
    // t_.975(6) = 2.446912; n_shared: Rae 4, Sam 8, Tom 4
    const s = Math.sqrt(1.375 / 6);
    expect(by.Rae!.offsetHalfWidth).toBeCloseTo((2.446912 * s) / 2, 4);
    expect(by.Sam!.offsetHalfWidth).toBeCloseTo((2.446912 * s) / Math.sqrt(8), 4);
    expect(by.Rae).toMatchObject({ submitted: 2, levelCounts: [0, 0, 3, 5], noEvidence: 2, noEvidenceShare: 0.2 });
    expect(by.Tom).toMatchObject({ submitted: 1, levelCounts: [1, 1, 2, 0], noEvidence: 0 });
  });

  test("calibrated scores sit beside the raw ones and remove the lenient interviewer's offset", () => {
    // Ana with r1's ratings minus 2.5/3 and r2's plus 1.25/3: ha 3.041667, opt 2.791667, lead 2.166667
    const ana = candidate("Ana");
    expect(ana.overall.calibrated).toBeCloseTo((2 * 3.0416667 + 2.7916667 + 2.1666667) / 4, 5);
    expect(ana.overall.score).toBeCloseTo(3.125, 10);
    expect(cell("Ana", "lead").calibrated).toBeCloseTo(3 - 2.5 / 3, 6);
  });

  test("the overall score carries a 95% interval from the pooled within-candidate variance", () => {
    // Pool: Ana's 9 levels (SS 4.888889), Ben's 8 (SS 3.5), Cy's 3 (SS 0.666667): WMS = 9.055556 / 17;
    // half-width = t_.975(17) * sqrt(WMS / 9) = 2.109816 * 0.243284
    const half = 2.109816 * Math.sqrt(9.0555556 / 17 / 9);
    const { interval } = candidate("Ana").overall;
    expect(interval!.low).toBeCloseTo(3.125 - half, 4);
    expect(interval!.high).toBeCloseTo(3.125 + half, 4);
    expect(candidate("Cy").overall.interval).toBeNull();
  });
});
