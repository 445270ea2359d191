// The radar of candidates against the role's target profile (pure): one axis per competency of the reference.
import type { PositionReport } from "./model";

/** True when the candidate has at least one competency score to draw. */
export const hasScores = (c: PositionReport["candidates"][number]) => c.cells.some((cell) => cell.score !== null);

type Series = { name: string; values: (number | null)[]; reference?: boolean; colorIndex?: number };

export function radarOf(report: PositionReport, candidateIds: string[]): { axes: string[]; domain: [number, number]; series: Series[] } {
  const levels = report.scale.map((s) => s.level);
  // Colour index = place in the report's name-sorted list, so a candidate keeps one colour on every page.
  const chosen = candidateIds
    .map((id) => report.candidates.findIndex((c) => c.id === id))
    .filter((i) => i >= 0 && hasScores(report.candidates[i]!));
  const targets = report.competencies.map((c) => c.target);
  return {
    axes: report.competencies.map((c) => c.name),
    domain: [Math.min(0, ...levels), Math.max(...levels)],
    series: [
      ...(targets.some((t) => t !== null) ? [{ name: "Target profile", values: targets, reference: true }] : []),
      ...chosen.map((i) => ({ name: report.candidates[i]!.name, values: report.candidates[i]!.cells.map((cell) => cell.score), colorIndex: i })),
    ],
  };
}
