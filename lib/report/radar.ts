// The radar of candidates against the role's target profile (pure): one axis per competency of the reference.
import type { PositionReport } from "./model";

export function radarOf(report: PositionReport, candidateIds: string[]) {
  const levels = report.scale.map((s) => s.level);
  const candidates = candidateIds.map((id) => report.candidates.find((c) => c.id === id)).filter((c) => c !== undefined);
  return {
    axes: report.competencies.map((c) => c.name),
    domain: [Math.min(0, ...levels), Math.max(...levels)] as [number, number],
    series: [
      { name: "Target profile", values: report.competencies.map((c) => c.target), reference: true },
      ...candidates.map((c) => ({ name: c.name, values: c.cells.map((cell) => cell.score) })),
    ],
  };
}
