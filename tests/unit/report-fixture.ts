/**
 * A small position for the report tests: two versions of a three-competency matrix (v2 adds criterion opt-b),
 * three interviewers (r1 is lenient), four candidates. Not a test file itself.
 *
 *   Ana (v2)  r1: ha-a 4, ha-b 4, opt-a 3, opt-b 4, lead-a 3   strong_yes
 *             r2: ha-a 3, ha-b 2, opt-a 2, opt-b 3, lead-a NE  yes        (r3 assigned, not started)
 *   Ben (v1)  r2: ha-a 2, ha-b 2, opt-a 3, lead-a 2            no
 *             r3: ha-a 2, ha-b 1, opt-a 3, lead-a 3            no
 *   Cy  (v2)  r1: ha-a NE, ha-b NE, opt-a 4, opt-b 3, lead-a 4 yes        (r3 draft: ha-a 1, must not count)
 *   Dee (v2)  r2 assigned, nothing yet
 */
import type { ReportInput, ReportRating, ReportVersion } from "@/lib/report/model";
import type { Competency, RubricDefinition } from "@/lib/rubric/schema";

const criterion = (id: string) => ({
  id,
  name: `Criterion ${id}`,
  lookFor: "Evidence",
  anchors: { "1": "a", "2": "b", "3": "c", "4": "d" },
  questions: [{ text: "Q?", followUps: [] }],
  redFlags: [],
});

const competency = (id: string, weight: number, criteria: string[], mustHave?: number): Competency => ({
  id,
  name: `Competency ${id}`,
  covers: "x",
  weight,
  ...(mustHave ? { mustHave: { minLevel: mustHave } } : {}),
  criteria: criteria.map(criterion),
});

function definition(optCriteria: string[]): RubricDefinition {
  return {
    id: "fixture",
    title: "Fixture",
    role: "Fixture role",
    scale: [1, 2, 3, 4].map((level) => ({ level, label: ["Below bar", "Intermediate", "Senior", "Staff+"][level - 1]! })),
    noEvidence: { label: "No evidence" },
    competencies: [competency("ha", 2, ["ha-a", "ha-b"], 3), competency("opt", 1, optCriteria), competency("lead", 1, ["lead-a"])],
    targetProfile: { ha: 3, opt: 3, lead: 2 },
    interviewPlan: [{ id: "all", name: "All", minutes: 60, competencies: ["ha", "opt", "lead"] }],
    scoring: { evidenceRequiredLevels: [1, 4], minCoverage: 0.75 },
  };
}

export const V1: ReportVersion = { id: "v1", version: 1, definition: definition(["opt-a"]) };
export const V2: ReportVersion = { id: "v2", version: 2, definition: definition(["opt-a", "opt-b"]) };

const when = new Date("2025-03-01T10:00:00Z");
const NE = null;
const ratings = (scorecardId: string, levels: Record<string, number | null>): ReportRating[] =>
  Object.entries(levels).map(([criterionId, level]) => ({ scorecardId, criterionId, level, noEvidence: level === null }));

export function fixtureInput(): ReportInput {
  return {
    position: { id: "p", title: "Fixture position" },
    versions: [V1, V2],
    people: [
      { id: "r1", name: "Rae" },
      { id: "r2", name: "Sam" },
      { id: "r3", name: "Tom" },
    ],
    interviews: [
      { id: "i-ana", candidateId: "ana", candidateName: "Ana", rubricVersionId: "v2", stageId: "all", scheduledAt: when, interviewerIds: ["r1", "r2", "r3"] },
      { id: "i-ben", candidateId: "ben", candidateName: "Ben", rubricVersionId: "v1", stageId: "all", scheduledAt: when, interviewerIds: ["r2", "r3"] },
      { id: "i-cy", candidateId: "cy", candidateName: "Cy", rubricVersionId: "v2", stageId: "all", scheduledAt: when, interviewerIds: ["r1", "r3"] },
      { id: "i-dee", candidateId: "dee", candidateName: "Dee", rubricVersionId: "v2", stageId: "all", scheduledAt: when, interviewerIds: ["r2"] },
    ],
    scorecards: [
      { id: "s-ana-1", interviewId: "i-ana", interviewerId: "r1", status: "submitted", recommendation: "strong_yes", submittedAt: when },
      { id: "s-ana-2", interviewId: "i-ana", interviewerId: "r2", status: "submitted", recommendation: "yes", submittedAt: when },
      { id: "s-ben-2", interviewId: "i-ben", interviewerId: "r2", status: "submitted", recommendation: "no", submittedAt: when },
      { id: "s-ben-3", interviewId: "i-ben", interviewerId: "r3", status: "submitted", recommendation: "no", submittedAt: when },
      { id: "s-cy-1", interviewId: "i-cy", interviewerId: "r1", status: "submitted", recommendation: "yes", submittedAt: when },
      { id: "s-cy-3", interviewId: "i-cy", interviewerId: "r3", status: "draft", recommendation: null, submittedAt: null },
    ],
    ratings: [
      ...ratings("s-ana-1", { "ha-a": 4, "ha-b": 4, "opt-a": 3, "opt-b": 4, "lead-a": 3 }),
      ...ratings("s-ana-2", { "ha-a": 3, "ha-b": 2, "opt-a": 2, "opt-b": 3, "lead-a": NE }),
      ...ratings("s-ben-2", { "ha-a": 2, "ha-b": 2, "opt-a": 3, "lead-a": 2 }),
      ...ratings("s-ben-3", { "ha-a": 2, "ha-b": 1, "opt-a": 3, "lead-a": 3 }),
      ...ratings("s-cy-1", { "ha-a": NE, "ha-b": NE, "opt-a": 4, "opt-b": 3, "lead-a": 4 }),
      ...ratings("s-cy-3", { "ha-a": 1 }),
    ],
  };
}
