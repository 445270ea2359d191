import { buttonClass } from "@/components/ui/button";
import type { PositionReport } from "@/lib/report/model";
import { matrixRows } from "./matrix-rows";

export function ReportMatrix({ report, calibrated }: { report: PositionReport; calibrated: boolean }) {
  const levels = report.scale.map((s) => s.level);
  const [min, max] = [Math.min(...levels), Math.max(...levels)];
  return (
    <form action={`/reports/${report.position.id}/compare`} method="get">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="report-matrix w-full border-collapse text-sm" data-testid="report-matrix">
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
          <tbody dangerouslySetInnerHTML={{ __html: matrixRows(report, calibrated, min, max) }} />
        </table>
      </div>
      <p className="no-print mt-2 flex items-center gap-3 text-sm text-slate-600">
        <button type="submit" className={buttonClass("secondary")}>Overlay selected on a radar</button>
        Select 2 to 4 candidates.
      </p>
    </form>
  );
}
