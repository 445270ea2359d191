// The matrix's row order for the fixture of ./report-fixture.ts: Ana 3.125, Ben 2.25, Cy insufficient evidence
// (its must-have unrated), Dee without any submitted scorecard.
import { describe, expect, test } from "vitest";
import { assembleReport } from "@/lib/report/assemble";
import { parseSort, sortCandidates } from "@/lib/report/sort";
import { fixtureInput } from "./report-fixture";

const report = assembleReport(fixtureInput());
const names = (sort: Parameters<typeof sortCandidates>[1]) => {
  const { scored, unscored } = sortCandidates(report, sort);
  return { scored: scored.map((c) => c.name), unscored: unscored.map((c) => c.name) };
};

describe("matrix order", () => {
  test("by overall, highest first; a candidate without an overall after those with one; unscored apart", () => {
    expect(names({ key: "overall" })).toEqual({ scored: ["Ana", "Ben", "Cy"], unscored: ["Dee"] });
  });
  test("by one competency: opt is Cy 3.5, Ana 3 and Ben 3 (a tie goes by name)", () => {
    expect(names({ key: "competency", competencyId: "opt" }).scored).toEqual(["Cy", "Ana", "Ben"]);
    // ha: Ana 3.25, Ben 1.75, Cy not rated (last)
    expect(names({ key: "competency", competencyId: "ha" }).scored).toEqual(["Ana", "Ben", "Cy"]);
  });
  test("by name; the unscored group stays after the scored one whatever the order", () => {
    expect(names({ key: "name" })).toEqual({ scored: ["Ana", "Ben", "Cy"], unscored: ["Dee"] });
  });
  test("the URL's ?sort= is read leniently: unknown values fall back to overall", () => {
    expect(parseSort("name", report)).toEqual({ key: "name" });
    expect(parseSort("opt", report)).toEqual({ key: "competency", competencyId: "opt" });
    expect(parseSort("nope", report)).toEqual({ key: "overall" });
    expect(parseSort(undefined, report)).toEqual({ key: "overall" });
    expect(parseSort(["ha", "name"], report)).toEqual({ key: "competency", competencyId: "ha" });
  });
});
