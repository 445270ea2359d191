import Link from "next/link";
import { HeatCell } from "@/components/ui/heat-cell";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/button";
import { GATE_LABELS, RECOMMENDATION_LABELS, fixed, overallText } from "@/lib/report/labels";
import { RECOMMENDATIONS, type CandidateReport, type CompetencyCell, type PositionReport } from "@/lib/report/model";

function Cell({ cell, calibrated, mustHaveMin }: { cell: CompetencyCell; calibrated: boolean; mustHaveMin: number | null }) {
  const allNa = cell.availableCriteria === 0;
  return (
    <>
      <span className="block font-medium">{allNa ? (cell.notApplicable[0]?.label ?? "n/a") : cell.score === null ? "Not rated" : fixed(cell.score)}</span>
      {calibrated && cell.calibrated !== null ? <span className="block text-xs text-slate-600">cal. {fixed(cell.calibrated)}</span> : null}
      {!allNa ? <span className="block text-xs text-slate-500">{cell.ratedCriteria}/{cell.availableCriteria} rated</span> : null}
      {!allNa && cell.notApplicable.length > 0 ? <span className="block text-xs text-slate-500">{cell.notApplicable.length} {cell.notApplicable[0]!.label}</span> : null}
      {cell.gate === "fail" ? <span className="block text-xs font-semibold text-red-800">✕ below {mustHaveMin}</span> : null}
      {cell.gate === "insufficient" ? <span className="block text-xs font-semibold text-amber-900">? must-have unrated</span> : null}
      {cell.disagreements > 0 ? <span className="block text-xs text-purple-800">⚑ {cell.disagreements} split</span> : null}
    </>
  );
}

function Overall({ c, calibrated }: { c: CandidateReport; calibrated: boolean }) {
  return (
    <>
      <span className="block font-semibold">{overallText(c)}</span>
      {c.overall.interval ? <span className="block text-xs text-slate-600">95%: {fixed(c.overall.interval.low)}–{fixed(c.overall.interval.high)}</span> : null}
      {calibrated && c.overall.calibrated !== null ? <span className="block text-xs text-slate-600">cal. {fixed(c.overall.calibrated)}</span> : null}
      {c.overall.status !== "pending" ? <span className="block text-xs text-slate-500">coverage {Math.round(c.overall.coverage * 100)}%</span> : null}
    </>
  );
}

export function ReportMatrix({ report, calibrated }: { report: PositionReport; calibrated: boolean }) {
  const levels = report.scale.map((s) => s.level);
  const [min, max] = [Math.min(...levels), Math.max(...levels)];
  return (
    <form action={`/reports/${report.position.id}/compare`} method="get">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-sm" data-testid="report-matrix">
          <caption className="px-3 py-2 text-left text-sm text-slate-600">
            Weighted scores on the {min}–{max} scale per candidate and competency (submitted scorecards only). Colour follows the score; the
            number is always written.
          </caption>
          <thead className="bg-slate-50 text-left align-bottom text-xs text-slate-600">
            <tr>
              <th scope="col" className="no-print px-2 py-2 font-medium">Compare</th>
              <th scope="col" className="px-2 py-2 font-medium">Candidate</th>
              {report.competencies.map((c) => (
                <th key={c.id} scope="col" className="px-2 py-2 font-medium">
                  <span className="block text-slate-800">{c.name}</span>
                  <span className="block">weight {c.weight}{c.target !== null ? ` · target ${c.target}` : ""}</span>
                  {c.mustHaveMin !== null ? <span className="block font-semibold text-slate-800">must-have ≥ {c.mustHaveMin}</span> : null}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 font-medium">Overall</th>
              <th scope="col" className="px-2 py-2 font-medium">Gap to target</th>
              <th scope="col" className="px-2 py-2 font-medium">Recommendations</th>
              <th scope="col" className="px-2 py-2 font-medium">Scorecards</th>
            </tr>
          </thead>
          <tbody>
            {report.candidates.map((c) => (
              <tr key={c.id}>
                <td className="no-print border border-slate-200 px-2 text-center">
                  <input type="checkbox" name="c" value={c.id} aria-label={`Compare ${c.name}`} className="size-4" />
                </td>
                <th scope="row" className="border border-slate-200 px-2 py-1.5 text-left align-top font-medium">
                  <Link href={`/reports/${report.position.id}/candidates/${c.id}`} className="text-brand-700 underline">{c.name}</Link>
                  <span className="block text-xs font-normal text-slate-500">{c.versions.map((v) => `v${v}`).join(", ")}</span>
                  {c.gateFailed ? <span className="mt-1 block"><StatusBadge tone="danger">{GATE_LABELS.fail}</StatusBadge></span> : null}
                </th>
                {c.overall.status === "pending" ? (
                  <td colSpan={c.cells.length + 2} className="border border-slate-200 px-2 py-1.5 text-slate-500">No submitted scorecards yet</td>
                ) : (
                  <>
                    {c.cells.map((cell, i) => (
                      <HeatCell key={cell.competencyId} value={cell.score} min={min} mid={report.competencies[i]?.target ?? 3} max={max}>
                        <Cell cell={cell} calibrated={calibrated} mustHaveMin={report.competencies[i]?.mustHaveMin ?? null} />
                      </HeatCell>
                    ))}
                    <HeatCell value={c.overall.score} min={min} mid={3} max={max}>
                      <Overall c={c} calibrated={calibrated} />
                    </HeatCell>
                    <td className="border border-slate-200 px-2 py-1.5 align-top tabular-nums">
                      {c.targetGap === null ? "" : c.targetGap === 0 ? "meets profile" : `${fixed(c.targetGap)} below`}
                    </td>
                  </>
                )}
                <td className="border border-slate-200 px-2 py-1.5 align-top text-xs">
                  {RECOMMENDATIONS.filter((r) => c.recommendations[r] > 0).map((r) => (
                    <span key={r} className="block">{RECOMMENDATION_LABELS[r]}: {c.recommendations[r]}</span>
                  ))}
                </td>
                <td className="border border-slate-200 px-2 py-1.5 align-top text-xs">
                  <span className="block">{c.scorecards.submitted} submitted</span>
                  {c.scorecards.drafts + c.scorecards.notStarted > 0 ? <span className="block text-slate-500">{c.scorecards.drafts + c.scorecards.notStarted} pending</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="no-print mt-2 flex items-center gap-3 text-sm text-slate-600">
        <button type="submit" className={buttonClass("secondary")}>Overlay selected on a radar</button>
        Select 2 to 4 candidates.
      </p>
    </form>
  );
}
