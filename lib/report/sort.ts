/**
 * The matrix's row order (pure): by overall score, by one competency, or by name; candidates without a submitted
 * scorecard always form their own group after the scored ones, so "not interviewed yet" never reads as "low".
 */
import type { CandidateReport, PositionReport } from "./model";

export type MatrixSort = { key: "overall" } | { key: "name" } | { key: "competency"; competencyId: string };

/** `?sort=` from the URL: "name", a competency id, anything else the default (overall). */
export function parseSort(value: string | string[] | undefined, report: Pick<PositionReport, "competencies">): MatrixSort {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === "name") return { key: "name" };
  if (raw && report.competencies.some((c) => c.id === raw)) return { key: "competency", competencyId: raw };
  return { key: "overall" };
}

export const sortParam = (sort: MatrixSort) => (sort.key === "competency" ? sort.competencyId : sort.key);

const byName = (a: CandidateReport, b: CandidateReport) => a.name.localeCompare(b.name);

/** Highest first; a candidate without the figure (insufficient evidence, not rated) after those with one. */
function byValue(value: (c: CandidateReport) => number | null) {
  return (a: CandidateReport, b: CandidateReport) => {
    const x = value(a);
    const y = value(b);
    if (x === null && y === null) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x || byName(a, b);
  };
}

export function sortCandidates(report: Pick<PositionReport, "candidates" | "competencies">, sort: MatrixSort) {
  const index = sort.key === "competency" ? report.competencies.findIndex((c) => c.id === sort.competencyId) : -1;
  const compare =
    sort.key === "name" ? byName : sort.key === "competency" ? byValue((c) => c.cells[index]?.score ?? null) : byValue((c) => c.overall.score);
  const scored = report.candidates.filter((c) => c.overall.status !== "pending").sort(compare);
  const unscored = report.candidates.filter((c) => c.overall.status === "pending").sort(byName);
  return { scored, unscored };
}
