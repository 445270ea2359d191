// The warning "no interview covers this stage yet": cancelled interviews cover nothing, other versions' stages are apart.
import { expect, test } from "vitest";
import { planCoverage } from "@/lib/position/plan";

const plan = [
  { id: "incidents", name: "Incidents", minutes: 45 },
  { id: "ha-dr", name: "HA & DR", minutes: 60 },
  { id: "architecture", name: "Architecture", minutes: 60 },
];

test("covered, cancelled-only and unplanned stages", () => {
  const interviews = [
    { id: "a", stageId: "incidents", cancelledAt: null },
    { id: "b", stageId: "ha-dr", cancelledAt: new Date("2026-01-01T00:00:00Z") },
    { id: "c", stageId: "retired-stage", cancelledAt: null },
  ];
  const coverage = planCoverage(plan, interviews);
  expect(coverage.stages.map((s) => [s.stage.id, s.covered, s.interviews.map((i) => i.id), s.cancelled.map((i) => i.id)])).toEqual([
    ["incidents", true, ["a"], []],
    ["ha-dr", false, [], ["b"]],
    ["architecture", false, [], []],
  ]);
  expect(coverage.uncovered.map((s) => s.id)).toEqual(["ha-dr", "architecture"]);
  expect(coverage.other.map((i) => i.id)).toEqual(["c"]);
});

test("no interviews: every stage is uncovered", () => {
  expect(planCoverage(plan, []).uncovered).toEqual(plan);
});
