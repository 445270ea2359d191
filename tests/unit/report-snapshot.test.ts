import { describe, expect, it } from "vitest";
import { assembleReport } from "@/lib/report/assemble";
import { parseReport, serializeReport } from "@/lib/report/snapshot";
import { fixtureInput } from "./report-fixture";

describe("a stored report snapshot", () => {
  it("reads back as the report it was made from, figure for figure", () => {
    const report = assembleReport(fixtureInput());
    expect(parseReport(serializeReport(report))).toEqual(report);
  });

  it("keeps NaN and infinities (undefined alpha), which plain JSON turns into null", () => {
    const report = assembleReport(fixtureInput());
    report.overallAgreement.alpha = NaN;
    report.agreement[0]!.alpha = Infinity;
    const back = parseReport(serializeReport(report));
    expect(back.overallAgreement.alpha).toBeNaN();
    expect(back.agreement[0]!.alpha).toBe(Infinity);
  });

  it("does not turn a name that reads like a number marker into a number", () => {
    const report = assembleReport(fixtureInput());
    report.candidates[0]!.name = '{"$number":"NaN"}';
    report.position.title = "NaN";
    const back = parseReport(serializeReport(report));
    expect(back.candidates[0]!.name).toBe('{"$number":"NaN"}');
    expect(back.position.title).toBe("NaN");
  });
});
