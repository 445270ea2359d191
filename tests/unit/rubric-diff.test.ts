import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { summariseChanges, type ChangeSummary } from "@/lib/rubric/diff";
import { parseRubric } from "@/lib/rubric/load";
import type { RubricDefinition } from "@/lib/rubric/schema";
import { BASE, withLines } from "./rubric-fixtures";

function parse(source: string): RubricDefinition {
  const result = parseRubric(source, "test.yaml");
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.definition;
}

const base = parse(BASE);
/** A copy of the base matrix changed by `edit` (a deep copy: the base stays as parsed). */
function edited(edit: (d: RubricDefinition) => void): RubricDefinition {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

/** Every list of the summary that is not empty, by its dotted name: what a test expects to see and nothing else. */
function changedParts(summary: ChangeSummary): string[] {
  const parts: string[] = [];
  if (summary.matrix.length) parts.push("matrix");
  if (summary.targetProfile.length) parts.push("targetProfile");
  for (const group of ["competencies", "criteria", "interviewPlan"] as const) {
    for (const [key, value] of Object.entries(summary[group])) {
      if (Array.isArray(value) ? value.length > 0 : value) parts.push(`${group}.${key}`);
    }
  }
  return parts;
}

describe("summariseChanges", () => {
  it("is empty for identical content, whatever the comments and key order of the YAML", () => {
    const rewritten = parse(`# a comment\n${withLines({ 12: "    name: Replication # same", 13: "    covers: Streaming and logical replication" })}`);
    const summary = summariseChanges(base, rewritten);
    expect(summary.empty).toBe(true);
    expect(changedParts(summary)).toEqual([]);
    const senior = parse(fs.readFileSync("rubrics/senior-postgresql-engineer.yaml", "utf8"));
    expect(summariseChanges(senior, structuredClone(senior)).empty).toBe(true);
  });

  it("reports a competency and a criterion added and removed, by id", () => {
    const after = edited((d) => {
      d.competencies[1] = { ...d.competencies[1]!, id: "indexing", name: "Indexing", criteria: [{ ...d.competencies[1]!.criteria[0]!, id: "idx-choice", name: "Index choice" }] };
      d.targetProfile = { replication: 3, indexing: 3 };
      d.interviewPlan[0]!.competencies = ["replication", "indexing"];
    });
    const summary = summariseChanges(base, after);
    expect(summary.empty).toBe(false);
    expect(summary.competencies.added).toEqual([{ id: "indexing", name: "Indexing" }]);
    expect(summary.competencies.removed).toEqual([{ id: "tuning", name: "Tuning" }]);
    expect(summary.criteria.added).toEqual([{ id: "idx-choice", name: "Index choice", competencyId: "indexing" }]);
    expect(summary.criteria.removed).toEqual([{ id: "tun-plans", name: "Plans", competencyId: "tuning" }]);
    expect(summary.targetProfile).toEqual([
      { competencyId: "tuning", before: 3, after: null },
      { competencyId: "indexing", before: null, after: 3 },
    ]);
    expect(summary.interviewPlan.competencies).toEqual([{ id: "technical", name: "Technical", added: ["indexing"], removed: ["tuning"] }]);
  });

  it("reports a renamed competency and criterion (same id, new name) as renamed, not as removed and added", () => {
    const after = edited((d) => {
      d.competencies[0]!.name = "High availability";
      d.competencies[0]!.criteria[0]!.name = "Failover and fencing";
    });
    const summary = summariseChanges(base, after);
    expect(summary.competencies.renamed).toEqual([{ id: "replication", name: "High availability", before: "Replication", after: "High availability" }]);
    expect(summary.criteria.renamed).toEqual([{ id: "rep-failover", name: "Failover and fencing", before: "Failover", after: "Failover and fencing" }]);
    expect(changedParts(summary)).toEqual(["competencies.renamed", "criteria.renamed"]);
  });

  it("reports each changed anchor with its level label, and an anchor added or removed as null on one side", () => {
    const after = edited((d) => {
      const anchors = d.competencies[0]!.criteria[0]!.anchors;
      anchors["3"] = "Explains the leader lock, fencing and the lag budget";
    });
    const summary = summariseChanges(base, after);
    expect(summary.criteria.anchors).toEqual([{
      id: "rep-failover",
      name: "Failover",
      levels: [{ level: "3", label: "Senior", before: "Explains the leader lock and fencing", after: "Explains the leader lock, fencing and the lag budget" }],
    }]);
    expect(changedParts(summary)).toEqual(["criteria.anchors"]);
    const dropped = edited((d) => { delete d.competencies[1]!.criteria[0]!.anchors["4"]; });
    expect(summariseChanges(base, dropped).criteria.anchors[0]!.levels).toEqual([{ level: "4", label: "Staff+", before: "Builds plan regression checks", after: null }]);
  });

  it("reports weights and must-haves changed, a must-have added or dropped as null on one side", () => {
    const after = edited((d) => {
      d.competencies[0]!.weight = 2;
      delete d.competencies[0]!.mustHave;
      d.competencies[1]!.mustHave = { minLevel: 2 };
    });
    const summary = summariseChanges(base, after);
    expect(summary.competencies.weights).toEqual([{ id: "replication", name: "Replication", before: 1, after: 2 }]);
    expect(summary.competencies.mustHaves).toEqual([
      { id: "replication", name: "Replication", before: "at least level 3, on at least 1 rated criterion", after: null },
      { id: "tuning", name: "Tuning", before: null, after: "at least level 2, on at least 1 rated criterion" },
    ]);
    expect(changedParts(summary)).toEqual(["competencies.weights", "competencies.mustHaves"]);
  });

  it("reports interview plan changes: a stage added, renamed, its minutes and competencies, and a new order", () => {
    const after = edited((d) => {
      d.interviewPlan[0]!.name = "Technical deep dive";
      d.interviewPlan[0]!.minutes = 90;
      d.interviewPlan[0]!.competencies = ["replication"];
      d.interviewPlan.unshift({ id: "screen", name: "Screen", minutes: 30, competencies: ["tuning"] });
    });
    const summary = summariseChanges(base, after);
    expect(summary.interviewPlan).toEqual({
      added: [{ id: "screen", name: "Screen" }],
      removed: [],
      renamed: [{ id: "technical", name: "Technical deep dive", before: "Technical", after: "Technical deep dive" }],
      minutes: [{ id: "technical", name: "Technical deep dive", before: 60, after: 90 }],
      competencies: [{ id: "technical", name: "Technical deep dive", added: [], removed: ["tuning"] }],
      reordered: false,
    });
    const removed = summariseChanges(after, base).interviewPlan;
    expect(removed.removed).toEqual([{ id: "screen", name: "Screen" }]);
  });

  it("reports reordered competencies and stages only when the kept ids change order", () => {
    const swapped = edited((d) => { d.competencies.reverse(); });
    expect(changedParts(summariseChanges(base, swapped))).toEqual(["competencies.reordered"]);
    const twoStages = edited((d) => { d.interviewPlan.push({ id: "design", name: "Design", minutes: 45, competencies: ["tuning"] }); });
    const reversed = structuredClone(twoStages);
    reversed.interviewPlan.reverse();
    expect(changedParts(summariseChanges(twoStages, reversed))).toEqual(["interviewPlan.reordered"]);
  });

  it("reports a criterion moved to another competency, guidance edits, and matrix-level fields", () => {
    const after = edited((d) => {
      const [moved] = d.competencies[0]!.criteria.splice(0, 1, { ...d.competencies[0]!.criteria[0]!, id: "rep-lag", name: "Lag" });
      d.competencies[1]!.criteria.push({ ...moved!, lookFor: "Knows fencing", redFlags: [] });
      d.competencies[1]!.covers = "Plans, indexes and failover";
      d.title = "Tiny matrix, second edition";
      d.scoring.minCoverage = 0.5;
    });
    const summary = summariseChanges(base, after);
    expect(summary.criteria.moved).toEqual([{ id: "rep-failover", name: "Failover", before: "replication", after: "tuning" }]);
    expect(summary.criteria.guidance).toEqual([{ id: "rep-failover", name: "Failover", fields: ["lookFor", "redFlags"] }]);
    expect(summary.competencies.described).toEqual([{ id: "tuning", name: "Tuning" }]);
    expect(summary.matrix).toEqual([
      { field: "title", before: "Tiny matrix", after: "Tiny matrix, second edition" },
      { field: "minCoverage", before: "75%", after: "50%" },
    ]);
  });
});
