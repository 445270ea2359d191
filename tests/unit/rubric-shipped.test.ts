import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, parseRubric } from "@/lib/rubric/load";
import { SCALE_LEVELS, type RubricDefinition } from "@/lib/rubric/schema";

const DIR = path.resolve(__dirname, "../../rubrics");
const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

function load(file: string): RubricDefinition {
  const result = parseRubric(fs.readFileSync(path.join(DIR, file), "utf8"), `rubrics/${file}`);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.definition;
}

describe("the shipped matrices", () => {
  it("include the senior engineer and the intermediate DBA matrices", () => {
    expect(files).toEqual(expect.arrayContaining(["senior-postgresql-engineer.yaml", "intermediate-postgresql-dba.yaml"]));
  });

  it.each(files)("%s parses with no problems", (file) => {
    const result = parseRubric(fs.readFileSync(path.join(DIR, file), "utf8"), `rubrics/${file}`);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(files)("%s: its id matches its file name, and every competency is assessed in a stage", (file) => {
    const def = load(file);
    expect(`${def.id}.yaml`).toBe(file);
    const staged = new Set(def.interviewPlan.flatMap((s) => s.competencies));
    for (const c of def.competencies) expect(staged, c.id).toContain(c.id);
    for (const c of def.competencies) expect(def.targetProfile[c.id], c.id).toBeDefined();
  });

  it("use criterion ids that do not collide between matrices", () => {
    const ids = files.flatMap((f) => load(f).competencies.flatMap((c) => c.criteria.map((k) => k.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the senior PostgreSQL engineer matrix", () => {
  const def = load("senior-postgresql-engineer.yaml");
  const criteria = def.competencies.flatMap((c) => c.criteria);

  it("has the eight competencies of the role, three criteria each", () => {
    expect(def.competencies.map((c) => c.id)).toEqual([
      "production-ownership",
      "database-leadership",
      "high-availability",
      "architecture",
      "mentoring",
      "system-optimization",
      "incident-management",
      "tooling-automation",
    ]);
    expect(def.competencies.every((c) => c.criteria.length === 3)).toBe(true);
    expect(criteria).toHaveLength(24);
  });

  it("gives every criterion an anchor for each of the four levels, 2+ questions with 1-3 follow-ups, and 2-3 red flags", () => {
    for (const k of criteria) {
      expect(Object.keys(k.anchors).map(Number).sort(), k.id).toEqual([...SCALE_LEVELS]);
      expect(k.questions.length, k.id).toBeGreaterThanOrEqual(2);
      for (const q of k.questions) {
        expect(q.followUps.length, `${k.id}: ${q.text}`).toBeGreaterThanOrEqual(1);
        expect(q.followUps.length, `${k.id}: ${q.text}`).toBeLessThanOrEqual(3);
      }
      expect(k.redFlags.length, k.id).toBeGreaterThanOrEqual(2);
      expect(k.redFlags.length, k.id).toBeLessThanOrEqual(3);
    }
  });

  it("never repeats an anchor text within a criterion (levels must not overlap)", () => {
    for (const k of criteria) expect(new Set(Object.values(k.anchors)).size, k.id).toBe(4);
  });

  it("weighs competencies equally and makes HA/DR and optimization must-haves at Senior", () => {
    expect(new Set(def.competencies.map((c) => c.weight))).toEqual(new Set([1]));
    const mustHaves = def.competencies.filter((c) => c.mustHave).map((c) => [c.id, c.mustHave!.minLevel]);
    expect(mustHaves).toEqual([
      ["high-availability", 3],
      ["system-optimization", 3],
    ]);
  });

  it("plans four stages of 45-60 minutes, each with 2-3 competencies, covering all eight", () => {
    expect(def.interviewPlan).toHaveLength(4);
    for (const stage of def.interviewPlan) {
      expect(stage.minutes).toBeGreaterThanOrEqual(45);
      expect(stage.minutes).toBeLessThanOrEqual(60);
      expect(stage.competencies.length).toBeGreaterThanOrEqual(2);
      expect(stage.competencies.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(def.interviewPlan.flatMap((s) => s.competencies)).size).toBe(8);
  });

  it("states its scoring rules: the mean, notes at the extremes and below a must-have, 75% of the weight rated", () => {
    expect(def.scoring).toEqual({ competencyScore: "mean", evidenceRequiredLevels: [1, 4], evidenceBelowMustHave: true, minCoverage: 0.75 });
    const mustHaves = def.competencies.filter((c) => c.mustHave).map((c) => [c.id, c.mustHave]);
    expect(mustHaves).toEqual([
      ["high-availability", { minLevel: 3, minRatedCriteria: 2 }],
      ["system-optimization", { minLevel: 3, minRatedCriteria: 2 }],
    ]);
  });

  it("names the PostgreSQL mechanisms a senior answer turns on", () => {
    const text = JSON.stringify(def);
    for (const term of [
      "max_slot_wal_keep_size",
      "ANY 1 (s1, s2)",
      "pg_rewind",
      "EXPLAIN (ANALYZE, BUFFERS)",
      "pg_blocking_pids",
      "lock_timeout",
      "age(datfrozenxid)",
      "CREATE INDEX CONCURRENTLY",
      "NOT VALID",
      "pg_upgrade --link",
      "squawk",
      "DETACH PARTITION",
    ]) {
      expect(text, term).toContain(term);
    }
  });
});
