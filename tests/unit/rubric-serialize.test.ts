import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, parseRubric } from "@/lib/rubric/load";
import { canonicalJson, contentHash, rubricToYaml } from "@/lib/rubric/serialize";
import type { RubricDefinition } from "@/lib/rubric/schema";
import { BASE } from "./rubric-fixtures";

function load(source: string, file = "x.yaml"): RubricDefinition {
  const result = parseRubric(source, file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.definition;
}

/** The same data with object keys in reverse order at every depth. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

const shipped = fs
  .readdirSync(path.resolve(__dirname, "../../rubrics"))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => [f, fs.readFileSync(path.resolve(__dirname, "../../rubrics", f), "utf8")] as const);

describe("rubricToYaml", () => {
  it.each([["tiny fixture", BASE] as const, ...shipped])("%s re-parses to a deep-equal definition", (_, source) => {
    const def = load(source);
    const exported = rubricToYaml(def);
    expect(load(exported, "exported.yaml")).toEqual(def);
    // And exporting again is stable.
    expect(rubricToYaml(load(exported))).toBe(exported);
  });

  it("keeps the optional description only when present and writes anchors with numeric keys", () => {
    const def = load(BASE);
    const exported = rubricToYaml(def);
    expect(exported).not.toMatch(/^description:/m);
    expect(exported).toMatch(/^ {10}1: Cannot explain failover$/m);
    expect(rubricToYaml({ ...def, description: "Has one: with a colon" })).toContain('description: "Has one: with a colon"');
  });

  it("round-trips text that needs quoting in YAML", () => {
    const def = load(BASE);
    const tricky = structuredClone(def);
    tricky.competencies[0]!.criteria[0]!.anchors["2"] = 'Says "it depends": then #explains, with - dashes & *stars* and 100% confidence';
    tricky.competencies[0]!.covers = "yes";
    tricky.title = "123";
    expect(load(rubricToYaml(tricky))).toEqual(tricky);
  });
});

describe("contentHash", () => {
  const def = load(BASE);

  it("is a sha256 hex digest", () => {
    expect(contentHash(def)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not depend on key order", () => {
    const reordered = reverseKeys(def) as RubricDefinition;
    expect(Object.keys(reordered)[0]).toBe("scoring");
    expect(contentHash(reordered)).toBe(contentHash(def));
  });

  it("is the same for the YAML source and its export", () => {
    expect(contentHash(load(rubricToYaml(def)))).toBe(contentHash(def));
  });

  it("changes when any content changes, including order of lists", () => {
    const changedAnchor = structuredClone(def);
    changedAnchor.competencies[1]!.criteria[0]!.anchors["3"] += ".";
    const changedWeight = structuredClone(def);
    changedWeight.competencies[0]!.weight = 2;
    const swapped = structuredClone(def);
    swapped.competencies.reverse();
    const hashes = [def, changedAnchor, changedWeight, swapped].map(contentHash);
    expect(new Set(hashes).size).toBe(4);
  });

  it("sorts keys at every depth in the canonical JSON", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});
