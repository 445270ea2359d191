
import { RECOMMENDATION_LABELS } from "@/lib/report/labels";
import type { DrilldownCell, DrilldownSection } from "@/lib/report/drilldown";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";
import { ScrollRegion } from "@/components/ui/scroll-region";

const LEVEL_TONE: Record<number, string> = { 1: "text-red-800", 2: "text-amber-900", 3: "text-slate-900", 4: "text-sky-900" };

function Level({ cell }: { cell: DrilldownCell }) {
  return (
    <>
      <span className={`block font-medium ${cell.level ? LEVEL_TONE[cell.level] ?? "" : "text-slate-700"}`}>{cell.level ? `${cell.level} ${cell.label}` : cell.label}</span>
      {cell.note ? <span className="block text-xs text-slate-700">{cell.note}</span> : null}
    </>
  );
}

/** Wide screens: a row per criterion, a column per interviewer, scrolling inside its own focusable frame. */
function SideBySideTable({ section }: { section: DrilldownSection }) {
  return (
    <ScrollRegion label={`Scorecards for ${section.stageName}`} className="mt-2 hidden rounded-lg border border-slate-200 bg-white md:block">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Ratings and evidence notes for {section.stageName}, one column per interviewer</caption>
        <thead className="bg-slate-50 text-left align-bottom text-xs text-slate-700">
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
                <span className="block text-xs font-normal text-slate-700">{row.competencyName}</span>
              </th>
              {row.notApplicable ? (
                <td colSpan={section.columns.length} className="px-3 py-2 text-slate-700">{row.notApplicable}</td>
              ) : (
                row.cells.map((cell, i) => <td key={i} className="px-3 py-2 align-top"><Level cell={cell} /></td>)
              )}
            </tr>
          ))}
          <tr>
            <th scope="row" className="px-3 py-2 text-left align-top text-xs font-medium text-slate-700">Summary</th>
            {section.columns.map((c) => <td key={c.interviewer} className="px-3 py-2 align-top text-xs text-slate-700">{c.summary}</td>)}
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Phones: one card per interviewer, stacked, so no column is squeezed to two words a line. */
function StackedCards({ section }: { section: DrilldownSection }) {
  return (
    <ul className="mt-2 space-y-3 md:hidden" aria-label={`Scorecards for ${section.stageName}`}>
      {section.columns.map((c, i) => (
        <li key={c.interviewer} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <p className="font-semibold text-slate-900">{c.interviewer}</p>
          <p className="text-xs text-slate-700">{c.recommendation ? RECOMMENDATION_LABELS[c.recommendation] : "No recommendation"}</p>
          <dl className="mt-2 space-y-2">
            {section.rows.map((row) => (
              <div key={row.criterionId}>
                <dt className="font-medium text-slate-900">{row.criterionName} <span className="text-xs font-normal text-slate-700">· {row.competencyName}</span></dt>
                <dd>{row.notApplicable ? <span className="text-slate-700">{row.notApplicable}</span> : row.cells[i] ? <Level cell={row.cells[i]} /> : null}</dd>
              </div>
            ))}
            {c.summary ? (
              <div>
                <dt className="text-xs font-medium text-slate-700">Summary</dt>
                <dd className="text-xs text-slate-700">{c.summary}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** One interview's submitted scorecards: a table side by side on wide screens, stacked cards on phones. */
export function ScorecardsSideBySide({ section }: { section: DrilldownSection }) {
  const id = `stage-${section.interviewId}`;
  return (
    <section aria-labelledby={id} className="mt-6 break-inside-avoid">
      <h3 id={id} className="text-base font-semibold text-slate-900">
        {section.stageName} <span className="text-sm font-normal text-slate-700">· <ViewerTime at={section.scheduledAt} />{section.version ? ` · scored on matrix v${section.version}` : ""}</span>
      </h3>
      {section.pending.length > 0 ? (
        <p className="text-sm text-slate-700">Still to come: {section.pending.map((p) => `${p.interviewer} (${p.state})`).join(", ")}</p>
      ) : null}
      {section.columns.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">No submitted scorecards yet.</p>
      ) : (
        <>
          <SideBySideTable section={section} />
          <StackedCards section={section} />
        </>
      )}
    </section>
  );
}
