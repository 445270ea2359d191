import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, parseRubric } from "@/lib/rubric/load";
import { contentHash, rubricToYaml } from "@/lib/rubric/serialize";
import { anchorParts, anchorFor, mustHaveRule, noteLevelsFor, orderedQuestions, scoringRules, type RubricDefinition } from "@/lib/rubric/schema";
import { withLines } from "./rubric-fixtures";

function load(source: string): RubricDefinition {
  const result = parseRubric(source, "x.yaml");
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.definition;
}

function problems(source: string): string[] {
  const result = parseRubric(source, "x.yaml");
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The fixture with the scoring rules, a structured Senior anchor and a primary follow-up question. */
const EXPLICIT = withLines({
  15: "    mustHave: { minLevel: 3, minRatedCriteria: 1 }",
  23: [
    "          3:",
    "            core: [Explains the leader lock, Explains fencing of the old primary]",
    "            alsoCounts: [Mentions a watchdog]",
  ],
  26: [
    "          - text: What happens when the primary dies?",
    "            followUps: [What stops the old primary?]",
    "          - text: Walk me through a switchover you ran.",
    "            primary: true",
  ],
  27: [],
  54: ["  competencyScore: median", "  evidenceRequiredLevels: [1, 4]", "  evidenceBelowMustHave: true"],
});

describe("the explicit scoring rules", () => {
  it("a matrix without the new fields keeps the old meaning: mean, one rated criterion, notes only at the listed levels", () => {
    const def = load(withLines({}));
    expect(scoringRules(def)).toEqual({ competencyScore: "mean", evidenceRequiredLevels: [1, 4], evidenceBelowMustHave: false, minCoverage: 0.75 });
    expect(mustHaveRule(def.competencies[0]!)).toEqual({ minLevel: 3, minRatedCriteria: 1 });
    expect(mustHaveRule(def.competencies[1]!)).toBeNull();
    expect(orderedQuestions(def.competencies[0]!.criteria[0]!).map((q) => [q.question.text, q.primary])).toEqual([["What happens when the primary dies?", true]]);
  });

  it("reads the explicit fields, puts the primary question first and splits a structured anchor", () => {
    const def = load(EXPLICIT);
    expect(scoringRules(def)).toMatchObject({ competencyScore: "median", evidenceBelowMustHave: true });
    const criterion = def.competencies[0]!.criteria[0]!;
    expect(orderedQuestions(criterion).map((q) => [q.question.text, q.primary])).toEqual([
      ["Walk me through a switchover you ran.", true],
      ["What happens when the primary dies?", false],
    ]);
    expect(anchorParts(criterion.anchors["3"])).toEqual({ core: ["Explains the leader lock", "Explains fencing of the old primary"], alsoCounts: ["Mentions a watchdog"] });
    expect(anchorParts(criterion.anchors["2"])).toEqual({ core: ["Runs a failover from a runbook"], alsoCounts: [] });
    expect(anchorFor(criterion, 3)).toBe("Must show: Explains the leader lock; Explains fencing of the old primary. Also counts: Mentions a watchdog.");
  });

  it("round-trips through the YAML export with the same content hash", () => {
    const def = load(EXPLICIT);
    const again = load(rubricToYaml(def));
    expect(again).toEqual(def);
    expect(contentHash(again)).toBe(contentHash(def));
  });

  it("refuses two primary questions, a must-have asking for more criteria than it has, and a malformed anchor", () => {
    expect(problems(EXPLICIT.replace("followUps: [What stops the old primary?]", "primary: true"))).toEqual([
      expect.stringMatching(/questions\[1\]\.primary\s+only one question per criterion can be primary \(questions\[0\] already is\)/),
    ]);
    expect(problems(EXPLICIT.replace("minRatedCriteria: 1", "minRatedCriteria: 2"))).toEqual([
      expect.stringMatching(/competencies\[0\]\.mustHave\.minRatedCriteria\s+asks for 2 rated criteria but the competency has 1/),
    ]);
    expect(problems(EXPLICIT.replace("core: [Explains the leader lock, Explains fencing of the old primary]", "core: []"))).toEqual([
      expect.stringMatching(/anchors\.3\.core\s+must list at least one item/),
    ]);
    expect(problems(EXPLICIT.replace("alsoCounts: [Mentions a watchdog]", "alsoCount: [Mentions a watchdog]"))).toEqual([
      expect.stringMatching(/anchors\.3\.alsoCount\s+unknown field "alsoCount" \(did you mean "alsoCounts"\?\)/),
    ]);
    expect(problems(withLines({ 23: "          3: [Explains the leader lock]" }))).toEqual([
      expect.stringMatching(/anchors\.3\s+expected text, or a mapping with "core"/),
    ]);
    expect(problems(withLines({ 54: ["  competencyScore: mode", "  evidenceRequiredLevels: [1, 4]"] }))).toHaveLength(1);
  });
});

describe("the first published versions", () => {
  // The hashes stored for v1 when it shipped (session 3). If parsing added defaults to an old file, its hash would
  // change and `npm start` would publish the same text again as a new version.
  it.each([
    ["senior-postgresql-engineer", "c25d91d152e9d203b63ba8ccffd88256f285d94a6264dd7ecee200915089b31c"],
    ["intermediate-postgresql-dba", "80a4ecbad1de8910909c53cb1deee53c9a9d29072b387a1f5410ed66755c06d5"],
  ])("%s v1 parses to the definition and hash it was published with", (id, hash) => {
    const source = fs.readFileSync(path.resolve(__dirname, `../../rubrics/history/${id}.v1.yaml`), "utf8");
    expect(contentHash(load(source))).toBe(hash);
  });
});

describe("noteLevelsFor", () => {
  it("adds the levels below a must-have's minimum only when evidenceBelowMustHave is on, and only for the must-have", () => {
    const explicit = load(EXPLICIT);
    expect(noteLevelsFor(explicit, explicit.competencies[0]!)).toEqual([1, 2, 4]);
    expect(noteLevelsFor(explicit, explicit.competencies[1]!)).toEqual([1, 4]);
    const old = load(withLines({}));
    expect(noteLevelsFor(old, old.competencies[0]!)).toEqual([1, 4]);
  });
});
