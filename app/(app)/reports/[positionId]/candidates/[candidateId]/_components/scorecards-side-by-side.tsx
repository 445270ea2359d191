
import { RECOMMENDATION_LABELS } from "@/lib/report/labels";
import type { DrilldownSection } from "@/lib/report/drilldown";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

const LEVEL_TONE: Record<number, string> = { 1: "text-red-800", 2: "text-amber-900", 3: "text-slate-900", 4: "text-sky-900" };

/** One interview: a row per criterion, a column per submitted scorecard with the level and the evidence note. */
export function ScorecardsSideBySide({ section }: { section: DrilldownSection }) {
  const id = `stage-${section.interviewId}`;
  return (
    <section aria-labelledby={id} className="mt-6 break-inside-avoid">
      <h3 id={id} className="text-base font-semibold text-slate-900">
        {section.stageName} <span className="text-sm font-normal text-slate-500">· <ViewerTime at={section.scheduledAt} />{section.version ? ` · v${section.version}` : ""}</span>
      </h3>
      {section.pending.length > 0 ? (
        <p className="text-sm text-slate-600">Pending: {section.pending.map((p) => `${p.interviewer} (${p.state})`).join(", ")}</p>
      ) : null}
      {section.columns.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">No submitted scorecards yet.</p>
      ) : (
        <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Ratings and evidence notes for {section.stageName}, one column per interviewer</caption>
            <thead className="bg-slate-50 text-left align-bottom text-xs text-slate-600">
              <tr>
                <th scope="col" className="w-56 px-3 py-2 font-medium">Criterion</th>
                {section.columns.map((c) => (
                  <th key={c.interviewer} scope="col" className="px-3 py-2 font-medium">
                    <span className="block text-slate-900">{c.interviewer}</span>
                    <span className="block">{c.recommendation ? RECOMMENDATION_LABELS[c.recommendation] : "No recommendation"}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {section.rows.map((row) => (
                <tr key={row.criterionId}>
                  <th scope="row" className="px-3 py-2 text-left align-top font-medium">
                    {row.criterionName}
                    <span className="block text-xs font-normal text-slate-500">{row.competencyName}</span>
                  </th>
                  {row.notApplicable ? (
                    <td colSpan={section.columns.length} className="px-3 py-2 text-slate-500">{row.notApplicable}</td>
                  ) : (
                    row.cells.map((cell, i) => (
                      <td key={i} className="px-3 py-2 align-top">
                        <span className={`block font-medium ${cell.level ? LEVEL_TONE[cell.level] ?? "" : "text-slate-500"}`}>{cell.level ? `${cell.level} ${cell.label}` : cell.label}</span>
                        {cell.note ? <span className="block text-xs text-slate-700">{cell.note}</span> : null}
                      </td>
                    ))
                  )}
                </tr>
              ))}
              <tr>
                <th scope="row" className="px-3 py-2 text-left align-top text-xs font-medium text-slate-600">Summary</th>
                {section.columns.map((c) => <td key={c.interviewer} className="px-3 py-2 align-top text-xs text-slate-700">{c.summary}</td>)}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
