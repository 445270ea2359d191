import { describe, expect, it } from "vitest";
import { parseRubric } from "@/lib/rubric/load";
import {
  RubricDefinitionSchema,
  anchorFor,
  criteriaOfStage,
  findCriterion,
  levelLabel,
  type RubricDefinition,
} from "@/lib/rubric/schema";
import { BASE, withLines } from "./rubric-fixtures";

function load(source: string): RubricDefinition {
  const result = parseRubric(source, "tiny.yaml");
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.col} ${p.path} ${p.message}`).join("\n"));
  return result.definition;
}

describe("parseRubric on a valid matrix", () => {
  const def = load(BASE);

  it("returns the definition with the documented top-level shape", () => {
    expect(Object.keys(def)).toEqual(["id", "title", "role", "scale", "noEvidence", "competencies", "targetProfile", "interviewPlan", "scoring"]);
    expect(def.scale.map((s) => s.label)).toEqual(["Below bar", "Intermediate", "Senior", "Staff+"]);
    expect(def.noEvidence).toEqual({ label: "No evidence" });
    expect(def.competencies[0]!.mustHave).toEqual({ minLevel: 3 });
    expect(def.competencies[1]!.mustHave).toBeUndefined();
    expect(def.scoring).toEqual({ evidenceRequiredLevels: [1, 4], minCoverage: 0.75 });
  });

  it("keys anchors by level and keeps their text", () => {
    const criterion = def.competencies[0]!.criteria[0]!;
    expect(criterion.anchors).toEqual({
      "1": "Cannot explain failover",
      "2": "Runs a failover from a runbook",
      "3": "Explains the leader lock and fencing",
      "4": "Designs failover for a fleet",
    });
    expect(anchorFor(criterion, 3)).toBe("Explains the leader lock and fencing");
  });

  it("trims text fields and fills optional lists", () => {
    const trimmed = load(withLines({ 12: '    name: "  Replication  "', 43: "          - text: Why is this query slow?" }));
    expect(trimmed.competencies[0]!.name).toBe("Replication");
    // followUps omitted -> []
    expect(trimmed.competencies[1]!.criteria[0]!.questions[0]).toEqual({ text: "Why is this query slow?", followUps: [] });
  });

  it("accepts anchors written with quoted keys, as JSON would have them", () => {
    const quoted = load(withLines({ 21: '          "1": Cannot explain failover' }));
    expect(quoted.competencies[0]!.criteria[0]!.anchors["1"]).toBe("Cannot explain failover");
  });
});

describe("helpers", () => {
  const def = load(
    withLines({
      52: ["    competencies: [tuning]", "  - id: replication-stage", "    name: Replication stage", "    minutes: 45", "    competencies: [replication]"],
    }),
  );

  it("criteriaOfStage lists the stage's criteria with their competency, in stage order", () => {
    expect(criteriaOfStage(def, "technical").map((r) => [r.competency.id, r.criterion.id])).toEqual([["tuning", "tun-plans"]]);
    expect(criteriaOfStage(def, "replication-stage").map((r) => r.criterion.id)).toEqual(["rep-failover"]);
    expect(criteriaOfStage(def, "no-such-stage")).toEqual([]);
  });

  it("findCriterion finds a criterion by its matrix-wide id, with its competency", () => {
    const ref = findCriterion(def, "rep-failover");
    expect(ref?.competency.id).toBe("replication");
    expect(ref?.criterion.name).toBe("Failover");
    expect(findCriterion(def, "nope")).toBeUndefined();
  });

  it("levelLabel reads the scale, and null as no evidence", () => {
    expect(levelLabel(def, 3)).toBe("Senior");
    expect(levelLabel(def, 4)).toBe("Staff+");
    expect(levelLabel(def, null)).toBe("No evidence");
    expect(levelLabel(def, 9)).toBe("Level 9");
  });
});

describe("RubricDefinitionSchema (re-validating stored JSON)", () => {
  const def = load(BASE);

  it("accepts a definition that went through JSON", () => {
    expect(RubricDefinitionSchema.safeParse(JSON.parse(JSON.stringify(def))).success).toBe(true);
  });

  it("also applies the cross-field rules", () => {
    const broken = JSON.parse(JSON.stringify(def)) as RubricDefinition;
    delete broken.competencies[0]!.criteria[0]!.anchors["4"];
    broken.targetProfile["ghost"] = 3;
    const result = RubricDefinitionSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("competencies.0.criteria.0.anchors: missing level 4 (Staff+)");
    expect(messages).toContain('targetProfile.ghost: unknown competency "ghost"');
  });
});
