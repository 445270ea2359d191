// The ranges an editor marks (`from`/`to` on each problem): the node a zod path names, for block and flow YAML,
// clipped to its first line, and always starting exactly where the CLI's line:col points.
import { describe, expect, it } from "vitest";
import { parseRubric, type RubricProblem } from "@/lib/rubric/load";
import { lineColAt } from "@/lib/rubric/source-guards";
import { BASE_LINES, withLines } from "./rubric-fixtures";

const FILE = "tiny.yaml";
const line = (n: number) => BASE_LINES[n - 1]!;

function problemsOf(source: string): RubricProblem[] {
  const result = parseRubric(source, FILE);
  if (result.ok) throw new Error("expected problems, the matrix parsed");
  return result.problems;
}

/** The text each problem marks, by path. */
function marked(source: string): Record<string, string> {
  return Object.fromEntries(problemsOf(source).map((p) => [p.path, source.slice(p.from, p.to)]));
}

describe("problem ranges in block YAML", () => {
  it("marks a duplicate criterion id deep in the tree: its key and value", () => {
    const source = withLines({ 34: "      - id: rep-failover" });
    const [problem] = problemsOf(source);
    expect(problem).toMatchObject({ path: "competencies[1].criteria[0].id", line: 34, col: 9 });
    expect(source.slice(problem!.from, problem!.to)).toBe("id: rep-failover");
  });

  it("marks an unknown field with its value, and keeps the did-you-mean hint", () => {
    const source = withLines({ 14: "    wieght: 1" });
    const problems = problemsOf(source);
    expect(problems.find((p) => p.path === "competencies[0].wieght")?.message).toBe('unknown field "wieght" (did you mean "weight"?)');
    expect(marked(source)["competencies[0].wieght"]).toBe("wieght: 1");
  });

  it("marks a key whose value is a block only on the key's line", () => {
    const source = withLines({ 24: [] });
    expect(marked(source)).toEqual({ "competencies[0].criteria[0].anchors": "anchors:" });
  });

  it("marks a missing field at the first line of the mapping it is missing from", () => {
    const source = withLines({ 13: [] });
    const [problem] = problemsOf(source);
    expect(problem).toMatchObject({ path: "competencies[0].covers", message: 'required field "covers" is missing', line: 11, col: 5 });
    expect(source.slice(problem!.from, problem!.to)).toBe("id: replication");
  });

  it("marks a multi-line scalar on its first line only", () => {
    const source = withLines({ 19: ["        lookFor: >", "          Knows how failover", "          avoids two primaries", "        unknownThing: 1"] });
    expect(marked(source)["competencies[0].criteria[0].unknownThing"]).toBe("unknownThing: 1");
    const folded = withLines({ 14: ["    weight: >", "      heavy", "      indeed"] });
    expect(marked(folded)["competencies[0].weight"]).toBe("weight: >");
  });

  it("marks a duplicate YAML key on the key alone", () => {
    const source = withLines({ 12: [line(12), "    name: Replication again"] });
    const [problem] = problemsOf(source);
    expect(source.slice(problem!.from, problem!.to)).toBe("name");
  });
});

describe("problem ranges in flow YAML", () => {
  it("marks each unknown field of a flow mapping: `{ a: 1, b: [x, y] }`", () => {
    const source = withLines({ 9: "noEvidence: { label: No evidence, a: 1, b: [x, y] }" });
    expect(marked(source)).toEqual({ "noEvidence.a": "a: 1", "noEvidence.b": "b: [x, y]" });
  });

  it("marks a field inside a flow mapping that is a list item", () => {
    const source = withLines({ 6: "  - { level: 2, label: Intermediate, lable: x }" });
    expect(marked(source)).toEqual({ "scale[1].lable": "lable: x" });
    const wrong = withLines({ 7: "  - { level: 5, label: Senior }" });
    expect(marked(wrong)).toEqual({ "scale[2].level": "level: 5" });
  });

  it("marks one item of a flow list", () => {
    const source = withLines({ 52: "    competencies: [replication, tunning, tuning]" });
    expect(marked(source)).toEqual({ "interviewPlan[0].competencies[1]": "tunning" });
  });

  it("marks a flow list that breaks across lines on its first line", () => {
    const source = withLines({ 28: ["        redFlags: [Treats replicas as backups,", "          42]"], 29: ["  - id: tuning", "    extra: [a,", "      b]"] });
    expect(marked(source)["competencies[1].extra"]).toBe("extra: [a,");
  });
});

describe("ranges and line:col agree", () => {
  const sources = [
    withLines({ 34: "      - id: rep-failover" }),
    withLines({ 9: "noEvidence: { label: No evidence, a: 1, b: [x, y] }", 14: "    weight: -1", 24: [] }),
    withLines({ 52: "    competencies: [replication, tuning" }),
    withLines({ 29: "  - id: replication" }),
    `id: x\ndescription: ${"[".repeat(100)}\n`,
  ];

  it.each(sources.map((s, i) => [i, s] as const))("source %i: every problem starts where its line:col points, and ends on that line", (_, source) => {
    for (const p of problemsOf(source)) {
      expect(lineColAt(source, p.from), `${p.path} ${p.message}`).toEqual({ line: p.line, col: p.col });
      expect(p.to).toBeGreaterThanOrEqual(p.from);
      expect(source.slice(p.from, p.to)).not.toContain("\n");
    }
  });

  it("a byte-order mark shifts the offsets by one, not the columns", () => {
    const source = withLines({ 14: "    weight: -1" });
    const [plain] = problemsOf(source);
    const [marked] = problemsOf(`\uFEFF${source}`);
    expect(marked).toEqual({ ...plain, from: plain!.from + 1, to: plain!.to + 1 });
  });
});
