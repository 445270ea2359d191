import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument, type Document } from "yaml";
import { formatProblem, parseRubric } from "@/lib/rubric/load";
import { MIN_MINUTES_PER_CRITERION, STAGE_OVERHEAD_MINUTES, VAGUE_WORDS, lintRubric } from "@/lib/rubric/lint";
import { createLocator, formatPath } from "@/lib/rubric/positions";
import type { RubricDefinition } from "@/lib/rubric/schema";
import { withLines } from "./rubric-fixtures";

const ROOT = path.resolve(__dirname, "../..");

function load(source: string): RubricDefinition {
  const result = parseRubric(source, "x.yaml");
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.definition;
}

/** Each warning as `path  message`, the way a problem prints. */
function lint(source: string): string[] {
  return lintRubric(load(source)).map((i) => `${formatPath(i.path)}  ${i.message}`);
}

function lintFile(file: string): string[] {
  return lint(fs.readFileSync(path.join(ROOT, file), "utf8"));
}

const FAILOVER = "competencies[0].criteria[0]";
const PLANS = "competencies[1].criteria[0]";

/** The fixture written by the rules: structured Senior anchors, primary questions, explicit scoring. */
const GOOD_CHANGES: Record<number, string | string[]> = {
  15: "    mustHave: { minLevel: 3, minRatedCriteria: 1 }",
  19: "        lookFor: Explains how failover avoids two primaries",
  23: ["          3:", "            core: [Explains the leader lock, Explains fencing of the old primary]", "            alsoCounts: [Mentions a watchdog]"],
  26: ["          - text: What happens when the primary dies?", "            primary: true"],
  40: ["          3:", "            core: [Finds the first misestimate, Fixes its cause]"],
  43: ["          - text: Why is this query slow?", "            primary: true"],
  54: ["  competencyScore: median", "  evidenceRequiredLevels: [1, 4]", "  evidenceBelowMustHave: true"],
};
const good = (changes: Record<number, string | string[]> = {}) => withLines({ ...GOOD_CHANGES, ...changes });

describe("lintRubric", () => {
  it("is silent on a matrix written by the rules", () => {
    expect(lint(good())).toEqual([]);
  });

  it("flags knows / know / knowledge of in plain anchors, core behaviours and examples, as whole words only", () => {
    const warnings = lint(
      good({
        22: "          2: Knows how to run a failover",
        23: ["          3:", "            core: [Explains the leader lock, Shows knowledge of fencing]", "            alsoCounts: [Would know the watchdog]"],
        24: "          4: Designs failover for a fleet and acknowledges known limits",
      }),
    );
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^${escape(FAILOVER)}\\.anchors\\.2  uses "Knows", which tests recall`)),
      expect.stringMatching(new RegExp(`^${escape(FAILOVER)}\\.anchors\\.3\\.core\\[1\\]  uses "knowledge of"`)),
      expect.stringMatching(new RegExp(`^${escape(FAILOVER)}\\.anchors\\.3\\.alsoCounts\\[0\\]  uses "know"`)),
    ]);
  });

  it("does not flag recall words in lookFor (the rule is about anchors)", () => {
    expect(lint(good({ 19: "        lookFor: Knows how failover avoids two primaries" }))).toEqual([]);
  });

  it("flags vague words in anchors and lookFor, names the word, matches any case and across a line break", () => {
    const warnings = lint(
      good({
        19: ["        lookFor: >-", "          Reads a plan well", "          enough to fix it"],
        22: "          2: Gives Sound advice on failover",
        38: "          1: Guesses; soundness and goodwill are not vague words",
        39: "          2: Reads EXPLAIN and follows best practices",
      }),
    );
    expect(warnings).toEqual([
      `${FAILOVER}.lookFor  "well enough" is a judgement an interviewer cannot check; say what the candidate does or says instead`,
      `${FAILOVER}.anchors.2  "sound" is a judgement an interviewer cannot check; say what the candidate does or says instead`,
      `${PLANS}.anchors.2  "best practices" is a judgement an interviewer cannot check; say what the candidate does or says instead`,
    ]);
    expect(VAGUE_WORDS).toEqual(expect.arrayContaining(["good", "clearly", "appropriate", "reasonable", "as needed"]));
  });

  it("flags a plain-text level-3 anchor and one with more than three core behaviours; two or three are fine", () => {
    expect(lint(good({ 40: "          3: Finds the first misestimate" }))).toEqual([
      `${PLANS}.anchors.3  the level-3 anchor is plain text; list the 2 or 3 behaviours that must all be shown as "core", and examples as "alsoCounts"`,
    ]);
    expect(lint(good({ 40: ["          3:", "            core: [Finds the misestimate, Fixes its cause, Checks the plan, Writes it down]"] }))).toEqual([
      `${PLANS}.anchors.3.core  the level-3 anchor has 4 core behaviours; a candidate must show all of them, so keep 3 at most and move the rest to "alsoCounts"`,
    ]);
    expect(lint(good({ 40: ["          3:", "            core: [Finds the misestimate, Fixes its cause, Checks the plan]"] }))).toEqual([]);
  });

  it("flags a criterion with no primary question, even with a single question", () => {
    expect(lint(good({ 43: "          - text: Why is this query slow?" }))).toEqual([
      `${PLANS}.questions  no question is marked "primary: true"; mark the one the interviewer asks first`,
    ]);
  });

  it("flags a must-have without minRatedCriteria", () => {
    expect(lint(good({ 15: "    mustHave: { minLevel: 3 }" }))).toEqual([
      "competencies[0].mustHave  a must-have without minRatedCriteria can be cleared on a single rated criterion; state how many criteria must be rated",
    ]);
  });

  it("flags a stage whose net minutes per criterion fall below the minimum, and gives the figure", () => {
    expect(STAGE_OVERHEAD_MINUTES).toBe(10);
    expect(MIN_MINUTES_PER_CRITERION).toBe(8);
    // Two criteria: (25 - 10) / 2 = 7.5; (26 - 10) / 2 = 8 is enough.
    expect(lint(good({ 51: "    minutes: 25" }))).toEqual([
      "interviewPlan[0].minutes  25 minutes for 2 criteria leaves about 7.5 minutes per criterion after 10 minutes of introduction and questions; plan at least 8",
    ]);
    expect(lint(good({ 51: "    minutes: 26" }))).toEqual([]);
  });

  it("flags a scoring block that leaves competencyScore or evidenceBelowMustHave to the default", () => {
    expect(lint(good({ 54: ["  competencyScore: mean", "  evidenceRequiredLevels: [1, 4]"] }))).toEqual([
      "scoring  state evidenceBelowMustHave explicitly, so the scoring rule is written in the matrix rather than left to a default",
    ]);
    expect(lint(withLines({ ...GOOD_CHANGES, 54: "  evidenceRequiredLevels: [1, 4]" }))).toEqual([
      "scoring  state competencyScore and evidenceBelowMustHave explicitly, so the scoring rule is written in the matrix rather than left to a default",
    ]);
  });

  it("gives paths the YAML locator maps to the line of the flagged node", () => {
    const source = good({ 23: ["          3:", "            core:", "              - Explains the leader lock", "              - Shows knowledge of fencing"] });
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { lineCounter }) as Document;
    const locate = createLocator(doc);
    const [issue] = lintRubric(load(source));
    expect(issue?.path).toEqual(["competencies", 0, "criteria", 0, "anchors", "3", "core", 1]);
    const line = source.split("\n")[lineCounter.linePos(locate(issue!.path).offset).line - 1];
    expect(line).toBe("              - Shows knowledge of fencing");
  });
});

describe("the shipped matrices", () => {
  it("the v1 senior matrix gets a warning of each kind the review found", () => {
    const warnings = lintFile("rubrics/history/senior-postgresql-engineer.v1.yaml");
    const has = (pattern: RegExp) => expect(warnings.some((w) => pattern.test(w)), String(pattern)).toBe(true);
    has(/^competencies\[\d\]\.criteria\[\d\]\.anchors\.\d  uses "[Kk]nows", which tests recall/);
    has(/"sound" is a judgement/);
    has(/"sensibly" is a judgement/);
    has(/^competencies\[\d\]\.criteria\[\d\]\.anchors\.3  the level-3 anchor is plain text/);
    has(/^competencies\[\d\]\.criteria\[\d\]\.questions  no question is marked "primary: true"/);
    has(/^competencies\[\d\]\.mustHave  a must-have without minRatedCriteria/);
    has(/^interviewPlan\[\d\]\.minutes  45 minutes for 6 criteria leaves about 5\.8 minutes per criterion/);
    has(/^scoring  state competencyScore and evidenceBelowMustHave explicitly/);
    // The 60-minute stages (about 8.3 minutes a criterion) pass.
    expect(warnings.filter((w) => w.startsWith("interviewPlan"))).toHaveLength(2);
    // 24 criteria: every Senior anchor is plain text and no question is marked primary.
    expect(warnings.filter((w) => /level-3 anchor is plain text/.test(w))).toHaveLength(24);
  });

  it("the shipped intermediate DBA matrix has no warnings", () => {
    expect(lintFile("rubrics/intermediate-postgresql-dba.yaml")).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
