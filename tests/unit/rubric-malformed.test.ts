import { describe, expect, it } from "vitest";
import { parseRubric, parseRubricBytes, formatProblem, MAX_PROBLEMS, type RubricProblem } from "@/lib/rubric/load";
import { BASE, BASE_LINES, colOf, withLines } from "./rubric-fixtures";

const FILE = "rubrics/tiny.yaml";

function problemsOf(source: string): RubricProblem[] {
  const result = parseRubric(source, FILE);
  if (result.ok) throw new Error("expected problems, the matrix parsed");
  return result.problems;
}

type Expected = { path: string; line: number; col?: number; message: string | RegExp };

function expectProblem(problems: RubricProblem[], want: Expected) {
  const hit = problems.find((p) => p.path === want.path && (typeof want.message === "string" ? p.message === want.message : want.message.test(p.message)));
  expect(hit, `no problem ${want.path} ${String(want.message)} in:\n${problems.map(formatProblem).join("\n")}`).toBeDefined();
  expect(hit!.file).toBe(FILE);
  expect(hit!.line).toBe(want.line);
  if (want.col !== undefined) expect(hit!.col).toBe(want.col);
}

const line = (n: number) => BASE_LINES[n - 1]!;

type Case = { name: string; source: string; problems: Expected[]; total?: number };

const cases: Case[] = [
  {
    name: "a criterion without the level 4 anchor",
    source: withLines({ 24: [] }),
    problems: [{ path: "competencies[0].criteria[0].anchors", line: 20, col: 9, message: "missing level 4 (Staff+)" }],
    total: 1,
  },
  {
    name: "an anchor for a level that is not on the scale",
    source: withLines({ 24: [line(24), "          5: Beyond the scale"] }),
    problems: [{ path: "competencies[0].criteria[0].anchors.5", line: 25, col: 11, message: "level 5 is not on the scale (1-4)" }],
    total: 1,
  },
  {
    name: "anchors keyed by words instead of levels (and the levels missing)",
    source: withLines({ 41: "          high: Builds plan regression checks" }),
    problems: [
      { path: "competencies[1].criteria[0].anchors", line: 37, col: 9, message: "missing level 4 (Staff+)" },
      { path: "competencies[1].criteria[0].anchors.high", line: 41, col: 11, message: /"high" is not a scale level/ },
    ],
    total: 2,
  },
  {
    name: "two competencies with the same id (all knock-on problems reported too)",
    source: withLines({ 29: "  - id: replication" }),
    problems: [
      { path: "competencies[1].id", line: 29, col: 5, message: 'duplicate competency id "replication" (first used by competencies[0])' },
      { path: "targetProfile.tuning", line: 47, col: 3, message: 'unknown competency "tuning"' },
      { path: "interviewPlan[0].competencies[1]", line: 52, col: colOf(line(52), "tuning"), message: 'unknown competency "tuning"' },
    ],
    total: 3,
  },
  {
    name: "a criterion id reused in another competency",
    source: withLines({ 34: "      - id: rep-failover" }),
    problems: [{ path: "competencies[1].criteria[0].id", line: 34, col: 9, message: /^duplicate criterion id "rep-failover" \(first used by competencies\[0\]\.criteria\[0\]\)/ }],
    total: 1,
  },
  {
    name: "a duplicate YAML key",
    source: withLines({ 12: [line(12), "    name: Replication again"] }),
    problems: [{ path: "competencies[0].name", line: 13, col: 5, message: 'duplicate key "name" (first defined on line 12)' }],
    total: 1,
  },
  {
    name: "a duplicate anchor level written once as 1 and once as \"1\"",
    source: withLines({ 21: [line(21), '          "1": Also level one'] }),
    problems: [{ path: "competencies[0].criteria[0].anchors.1", line: 22, col: 11, message: 'duplicate key "1" (first defined on line 21)' }],
    total: 1,
  },
  {
    name: "a negative weight",
    source: withLines({ 14: "    weight: -1" }),
    problems: [{ path: "competencies[0].weight", line: 14, col: 5, message: "must be greater than 0 (found -1)" }],
    total: 1,
  },
  {
    name: "a zero weight",
    source: withLines({ 32: "    weight: 0" }),
    problems: [{ path: "competencies[1].weight", line: 32, col: 5, message: "must be greater than 0 (found 0)" }],
    total: 1,
  },
  {
    name: "a weight that is a word",
    source: withLines({ 14: "    weight: heavy" }),
    problems: [{ path: "competencies[0].weight", line: 14, col: 5, message: 'expected a number, found the text "heavy"' }],
    total: 1,
  },
  {
    name: "a weight too large to represent",
    source: withLines({ 14: "    weight: 1e400" }),
    problems: [{ path: "competencies[0].weight", line: 14, col: 5, message: "expected a number, found a number too large to represent" }],
    total: 1,
  },
  {
    name: "a target level above the scale",
    source: withLines({ 46: "  replication: 5" }),
    problems: [{ path: "targetProfile.replication", line: 46, col: 3, message: "target level 5 is not on the scale (1-4)" }],
    total: 1,
  },
  {
    name: "a target naming an unknown competency",
    source: withLines({ 47: [line(47), "  backups: 3"] }),
    problems: [{ path: "targetProfile.backups", line: 48, col: 3, message: 'unknown competency "backups"' }],
    total: 1,
  },
  {
    name: "a competency without a target level",
    source: withLines({ 47: [] }),
    problems: [{ path: "targetProfile", line: 45, col: 1, message: 'no target level for competency "tuning"' }],
    total: 1,
  },
  {
    name: "a stage naming an unknown competency",
    source: withLines({ 52: "    competencies: [replication, tuning, backups]" }),
    problems: [{ path: "interviewPlan[0].competencies[2]", line: 52, col: 41, message: 'unknown competency "backups"' }],
    total: 1,
  },
  {
    name: "a competency that no stage covers",
    source: withLines({ 52: "    competencies: [replication]" }),
    problems: [{ path: "competencies[1]", line: 29, col: 5, message: 'competency "tuning" is not assessed in any interview stage' }],
    total: 1,
  },
  {
    name: "a must-have level of 0",
    source: withLines({ 15: "    mustHave: { minLevel: 0 }" }),
    problems: [{ path: "competencies[0].mustHave.minLevel", line: 15, col: colOf(line(15), "minLevel"), message: "minimum level 0 is not on the scale (1-4)" }],
    total: 1,
  },
  {
    name: "a list where a mapping belongs",
    source: withLines({ 53: "scoring: [1, 4]", 54: [], 55: [] }),
    problems: [{ path: "scoring", line: 53, col: 1, message: "expected a mapping (key: value), found a list" }],
    total: 1,
  },
  {
    name: "a missing title",
    source: withLines({ 2: [] }),
    problems: [{ path: "title", line: 1, col: 1, message: 'required field "title" is missing' }],
    total: 1,
  },
  {
    name: "a criterion without lookFor (points at the criterion)",
    source: withLines({ 19: [] }),
    problems: [{ path: "competencies[0].criteria[0].lookFor", line: 17, col: 9, message: 'required field "lookFor" is missing' }],
    total: 1,
  },
  {
    name: "a scale that skips a level",
    source: withLines({ 8: "  - { level: 5, label: Staff+ }" }),
    problems: [{ path: "scale[3].level", line: 8, col: 7, message: "expected level 4 here (found 5): the scale lists 1, 2, 3, 4 in order" }],
    total: 1,
  },
  {
    name: "a scale with three levels",
    source: withLines({ 8: [] }),
    problems: [{ path: "scale", line: 4, col: 1, message: "the scale must list exactly the levels 1, 2, 3, 4 in order; found 3 items" }],
    total: 1,
  },
  {
    name: "an empty question list",
    source: withLines({ 42: "        questions: []", 43: [] }),
    problems: [{ path: "competencies[1].criteria[0].questions", line: 42, col: 9, message: "must list at least one item" }],
    total: 1,
  },
  {
    name: "an evidence level outside the scale",
    source: withLines({ 54: "  evidenceRequiredLevels: [0, 4]" }),
    problems: [{ path: "scoring.evidenceRequiredLevels[0]", line: 54, col: 28, message: "level 0 is not on the scale (1-4)" }],
    total: 1,
  },
  {
    name: "an id that is not kebab-case (and the references to the old id)",
    source: withLines({ 11: "  - id: Replication_HA" }),
    problems: [
      { path: "competencies[0].id", line: 11, col: 5, message: /^"Replication_HA" is not a valid id: use kebab-case/ },
      { path: "targetProfile.replication", line: 46, col: 3, message: 'unknown competency "replication"' },
      { path: "interviewPlan[0].competencies[0]", line: 52, col: colOf(line(52), "replication"), message: 'unknown competency "replication"' },
    ],
  },
  {
    name: "a misspelt field, with a suggestion",
    source: withLines({ 27: "            followups: [What stops the old primary?]" }),
    problems: [{ path: "competencies[0].criteria[0].questions[0].followups", line: 27, col: 13, message: 'unknown field "followups" (did you mean "followUps"?)' }],
    total: 1,
  },
  {
    name: "text that is only spaces",
    source: withLines({ 30: '    name: "   "' }),
    problems: [{ path: "competencies[1].name", line: 30, col: 5, message: "must not be empty" }],
    total: 1,
  },
  {
    name: "a minimum coverage above 1",
    source: withLines({ 55: "  minCoverage: 75" }),
    problems: [{ path: "scoring.minCoverage", line: 55, col: 3, message: "must be at most 1 (found 75)" }],
    total: 1,
  },
  {
    name: "a stage id used twice",
    source: withLines({ 52: ["    competencies: [replication]", "  - id: technical", "    name: Second", "    minutes: 45", "    competencies: [tuning]"] }),
    problems: [{ path: "interviewPlan[1].id", line: 53, col: 5, message: 'duplicate stage id "technical" (first used by interviewPlan[0])' }],
    total: 1,
  },
  {
    name: "text where a list belongs (one problem, not a type and a length problem)",
    source: withLines({ 27: "            followUps: What stops the old primary?" }),
    problems: [{ path: "competencies[0].criteria[0].questions[0].followUps", line: 27, col: 13, message: 'expected a list, found the text "What stops the old primary?"' }],
    total: 1,
  },
  {
    name: "an anchor left empty",
    source: withLines({ 22: "          2:" }),
    problems: [{ path: "competencies[0].criteria[0].anchors.2", line: 22, col: 11, message: "expected text, found an empty value" }],
    total: 1,
  },
  {
    name: "a second YAML document in the file",
    source: withLines({ 55: [line(55), "---", "id: another"] }),
    problems: [{ path: "(root)", line: 56, col: 1, message: "a second YAML document starts here ('---'); a matrix file holds exactly one" }],
    total: 1,
  },
  {
    name: "four unrelated mistakes in one file, all reported in file order",
    source: withLines({ 14: "    weight: -2", 24: [], 46: "  replication: 7", 54: "  evidenceRequiredLevels: [1, 9]" }),
    problems: [
      { path: "competencies[0].weight", line: 14, col: 5, message: "must be greater than 0 (found -2)" },
      { path: "competencies[0].criteria[0].anchors", line: 20, col: 9, message: "missing level 4 (Staff+)" },
      { path: "targetProfile.replication", line: 45, col: 3, message: "target level 7 is not on the scale (1-4)" },
      { path: "scoring.evidenceRequiredLevels[1]", line: 53, message: "level 9 is not on the scale (1-4)" },
    ],
    total: 4,
  },
];

describe("parseRubric on malformed matrices", () => {
  it("accepts the base fixture (so every case below fails only for its own change)", () => {
    const result = parseRubric(BASE, FILE);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(cases)("$name", ({ source, problems: wanted, total }) => {
    const problems = problemsOf(source);
    for (const want of wanted) expectProblem(problems, want);
    if (total !== undefined) expect(problems.map(formatProblem)).toHaveLength(total);
    // File order, so an editor can walk them top to bottom.
    const positions = problems.map((p) => p.line * 1e6 + p.col);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe("parseRubric on hostile or broken input", () => {
  it("reports an empty file at 1:1", () => {
    expect(problemsOf("")).toEqual([
      { file: FILE, line: 1, col: 1, path: "(root)", message: "the file has no content: expected a matrix (a mapping with id, title, role, ...)", from: 0, to: 0 },
    ]);
  });

  it("reports a file of only comments like an empty one", () => {
    const [problem, ...rest] = problemsOf("# just a comment\n\n# another\n");
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 1, col: 1, path: "(root)", message: expect.stringContaining("no content") });
  });

  it("reports a list at the top of the file", () => {
    expect(problemsOf("- id: a\n- id: b\n")).toEqual([
      { file: FILE, line: 1, col: 1, path: "(root)", message: "expected a mapping (id: ..., title: ...) at the top of the file, found a list", from: 0, to: "- id: a".length },
    ]);
  });

  it("reports a scalar at the top of the file", () => {
    expect(problemsOf("just some words\n")[0]).toMatchObject({ line: 1, col: 1, message: expect.stringContaining("found the text") });
  });

  it("refuses a NUL byte with its position", () => {
    expect(problemsOf("id: tiny\ntitle: a\u0000b\n")).toEqual([
      { file: FILE, line: 2, col: 9, path: "(root)", message: expect.stringContaining("control character U+0000"), from: 17, to: 18 },
    ]);
  });

  it("refuses binary bytes (a PNG header) as invalid UTF-8", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]);
    const result = parseRubricBytes(png, FILE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ file: FILE, line: 1, col: 1, path: "(root)", message: expect.stringContaining("not valid UTF-8"), from: 0, to: 0 }]);
  });

  it("locates invalid UTF-8 in the middle of a file", () => {
    const bytes = Buffer.concat([Buffer.from("id: tiny\ntitle: caf"), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]);
    const result = parseRubricBytes(bytes, FILE);
    expect(result.ok ? null : result.problems).toEqual([{ file: FILE, line: 2, col: 11, path: "(root)", message: expect.stringContaining("UTF-8"), from: "id: tiny\ntitle: caf".length, to: "id: tiny\ntitle: caf".length }]);
  });

  it("reports tabs used for indentation at their line", () => {
    const problems = problemsOf(withLines({ 12: "\tname: Replication" }));
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toMatchObject({ line: 12, col: 1, message: expect.stringMatching(/tab/i) });
  });

  it("reports a YAML syntax error with a path", () => {
    const problems = problemsOf(withLines({ 52: "    competencies: [replication, tuning" }));
    expect(problems[0]!.line).toBeGreaterThanOrEqual(52);
    expect(problems.every((p) => !/\n/.test(p.message))).toBe(true);
  });

  it("stops an alias bomb (billion laughs) and points at the first alias", () => {
    const bomb = [
      'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
      "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
      "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]",
      "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]",
    ].join("\n");
    const problems = problemsOf(bomb);
    expect(problems).toEqual([{ file: FILE, line: 2, col: 8, path: "(root)", message: expect.stringContaining("billion laughs"), from: bomb.indexOf("*a"), to: bomb.indexOf("*a") + 2 }]);
  });

  it("reports an alias to an anchor that does not exist, at the alias", () => {
    const source = withLines({ 27: "            followUps: *missing" });
    expect(problemsOf(source)).toEqual([
      { file: FILE, line: 27, col: 24, path: "(root)", message: "alias *missing refers to no anchor &missing defined before it", from: source.indexOf("*missing"), to: source.indexOf("*missing") + 8 },
    ]);
  });

  it("allows a few aliases (they are ordinary YAML)", () => {
    const source = withLines({ 27: "            followUps: &fu [What stops the old primary?]", 43: ["          - text: Why is this query slow?", "            followUps: *fu"] });
    expect(parseRubric(source, FILE).ok).toBe(true);
  });

  it("refuses 500 levels of flow nesting without hanging", () => {
    const source = `id: x\ndescription: ${"[".repeat(500)}${"]".repeat(500)}\n`;
    const problems = problemsOf(source);
    expect(problems).toEqual([{ file: FILE, line: 2, col: 14 + 64, path: "(root)", message: expect.stringContaining("nested"), from: 6 + 13 + 64, to: 6 + 13 + 65 }]);
  });

  it("refuses 500 levels of block nesting without hanging", () => {
    const source = Array.from({ length: 500 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 202, col: 201 });
  });

  it.each([
    ["[", "[".repeat(1_000_000)],
    ["- ", "- ".repeat(500_000)],
    ["{a: ", "{a: ".repeat(250_000)],
    ["&a - ", "&a - ".repeat(200_000)],
  ])("finishes without hanging on a 1 MB file of %j", (_, source) => {
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(1);
  });

  it("finishes on a large flat mapping (no quadratic duplicate-key check)", () => {
    const source = Array.from({ length: 12_000 }, (_, i) => `key${i}: ${i}`).join("\n");
    const problems = problemsOf(source);
    // One problem per unknown field and per missing field would be thousands: capped.
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]!.message).toMatch(/more problems not shown$/);
  });

  it("refuses a file with more YAML structure than any matrix needs, before parsing it", () => {
    const source = "- *a\n".repeat(11_000);
    const problems = problemsOf(source);
    expect(problems).toEqual([{ file: FILE, line: 10_001, col: 1, path: "(root)", message: expect.stringContaining("too much YAML structure"), from: 50_000, to: 50_001 }]);
  });

  it("reports only the first problems of a file with thousands of parser errors, without hanging", () => {
    const problems = problemsOf("\t-\n".repeat(9_000));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ line: 1, col: 1, message: expect.stringMatching(/tab/i) });
    expect(problems[MAX_PROBLEMS]!.message).toBe(`${9_000 - MAX_PROBLEMS} more problems not shown`);
  });

  it("refuses more than 1 MB at 1:1, for text and for bytes", () => {
    const big = `id: x\ndescription: ${"a".repeat(1024 * 1024)}\n`;
    const expected = [{ file: FILE, line: 1, col: 1, path: "(root)", message: "file is larger than the 1 MB limit", from: 0, to: 0 }];
    expect(problemsOf(big)).toEqual(expected);
    const bytes = parseRubricBytes(Buffer.from(big), FILE);
    expect(bytes.ok ? null : bytes.problems).toEqual(expected);
  });

  it("counts bytes, not characters, for the size limit", () => {
    // 400k three-byte characters: 1.2 MB in UTF-8 though only 400k UTF-16 units.
    expect(problemsOf(`description: ${"€".repeat(400_000)}\n`)[0]!.message).toBe("file is larger than the 1 MB limit");
  });

  it("ignores a byte-order mark when counting columns", () => {
    const problems = problemsOf(`\uFEFF${withLines({ 14: "    weight: -1" })}`);
    expect(problems).toEqual([expect.objectContaining({ line: 14, col: 5 })]);
  });

  it("never throws on 300 random mutations of a valid matrix, and places every problem inside the file", { timeout: 60_000 }, () => {
    // A small seeded generator, so a failure reproduces.
    let seed = 20240601;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const noise = [":", "- ", "[", "]", "{", "}", "&x ", "*x", "!t ", "'", '"', "#", "\t", "  ", "\n", "? ", "|", ">", "%", "@", "\u0000", "é", "1e400", "-1", "null", "[]", "{}"];
    for (let round = 0; round < 300; round++) {
      const lines = [...BASE_LINES];
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * lines.length);
        const target = lines[at] ?? "";
        const cut = Math.floor(random() * (target.length + 1));
        switch (Math.floor(random() * 4)) {
          case 0:
            lines.splice(at, 1);
            break;
          case 1:
            lines.splice(at, 0, target);
            break;
          case 2:
            lines[at] = target.slice(0, cut) + pick(noise) + target.slice(cut);
            break;
          default:
            lines[at] = target.slice(0, cut);
        }
      }
      const source = lines.join("\n");
      const result = parseRubric(source, FILE);
      if (result.ok) continue;
      const lineCount = source.split("\n").length;
      for (const p of result.problems) {
        expect(p.line, formatProblem(p)).toBeGreaterThanOrEqual(1);
        expect(p.line, formatProblem(p)).toBeLessThanOrEqual(lineCount + 1);
        expect(p.col, formatProblem(p)).toBeGreaterThanOrEqual(1);
        expect(p.message.length, formatProblem(p)).toBeGreaterThan(0);
        expect(p.message, formatProblem(p)).not.toMatch(/\n/);
      }
    }
  });

  it("formats a problem as file:line:col  path  message", () => {
    const [problem] = problemsOf(withLines({ 24: [] }));
    expect(formatProblem(problem!)).toBe("rubrics/tiny.yaml:20:9  competencies[0].criteria[0].anchors  missing level 4 (Staff+)");
  });
});
