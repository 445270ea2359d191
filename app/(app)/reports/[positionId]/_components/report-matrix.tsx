import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { HEAT_STEPS } from "@/components/ui/heat-cell";
import type { PositionReport } from "@/lib/report/model";
import { sortCandidates, sortParam, type MatrixSort } from "@/lib/report/sort";
import { matrixRows } from "./matrix-rows";
import { reportHref } from "./report-href";

// px-1.5 (with the body cells' in globals.css) and a hyphenated "Recommendations": the 13 columns then fit a
// 1440 px screen, so nothing hides beyond the frame's right edge there; narrower screens scroll inside the frame.
const TH = "sticky top-0 z-10 bg-slate-50 px-1.5 py-2 font-medium";

function SortHeader({ label, sortKey, sort, href, children }: { label: string; sortKey: string; sort: MatrixSort; href: string; children?: React.ReactNode }) {
  const active = sortParam(sort) === sortKey;
  return (
    <th scope="col" className={TH} aria-sort={active ? (sortKey === "name" ? "ascending" : "descending") : undefined}>
      <Link href={href} className="block text-slate-900 underline decoration-slate-400 underline-offset-2 hover:decoration-slate-900">
        {label}
        <span aria-hidden="true">{active ? (sortKey === "name" ? " ▲" : " ▼") : ""}</span>
        <span className="sr-only">{active ? " (sorted)" : ", sort by this column"}</span>
      </Link>
      {children}
    </th>
  );
}

/** The candidates x competencies matrix: scrolls inside its own labelled, focusable region; rows sortable by link. */
export function ReportMatrix({ report, calibrated, sort }: { report: PositionReport; calibrated: boolean; sort: MatrixSort }) {
  const levels = report.scale.map((s) => s.level);
  const [min, max] = [Math.min(...levels), Math.max(...levels)];
  const { scored, unscored } = sortCandidates(report, sort);
  const href = (key: string) => reportHref(report.position.id, { sort: key, calibrated });
  const columns = report.competencies.length + 5;
  return (
    <form action={`/reports/${report.position.id}/compare`} method="get">
      <p id="matrix-caption" className="mb-1 text-sm text-slate-700">
        Weighted scores on the {min}–{max} scale per candidate and competency (submitted scorecards only). Amber is below the target, blue at
        or above it; the darker, the further. The number is always written. Click a column heading to sort; the table scrolls sideways
        inside its frame.
      </p>
      <p className="mb-2 flex items-center gap-1 text-xs text-slate-700" aria-hidden="true">
        Low <span className="flex">{HEAT_STEPS.map((s) => <span key={s} className={`inline-block h-3 w-6 ${s}`} />)}</span> High
      </p>
      <div role="region" aria-labelledby="matrix-caption" tabIndex={0} className="relative max-h-[80vh] overflow-auto rounded-lg border border-slate-300 bg-white">
        <table className="report-matrix w-full border-collapse text-sm" data-testid="report-matrix" aria-labelledby="matrix-caption">
          <thead className="text-left align-bottom text-xs text-slate-700">
            <tr>
              <SortHeader label="Candidate" sortKey="name" sort={sort} href={href("name")}>
                <span className="block font-normal">tick to compare</span>
              </SortHeader>
              {report.competencies.map((c) => (
                <SortHeader key={c.id} label={c.name} sortKey={c.id} sort={sort} href={href(c.id)}>
                  <span className="block font-normal">weight {c.weight}{c.target !== null ? ` · target ${c.target}` : ""}</span>
                  {c.mustHaveMin !== null ? <span className="block font-semibold text-slate-900">must-have ≥ {c.mustHaveMin}</span> : null}
                </SortHeader>
              ))}
              <SortHeader label="Overall" sortKey="overall" sort={sort} href={href("overall")} />
              <th scope="col" className={TH}>Gap to target<span className="block font-normal">average shortfall</span></th>
              <th scope="col" className={TH}><span aria-hidden="true">Recom&shy;mendations</span><span className="sr-only">Recommendations</span></th>
              <th scope="col" className={TH}>Scorecards</th>
            </tr>
          </thead>
          <tbody dangerouslySetInnerHTML={{ __html: matrixRows(report, scored, calibrated, min, max) }} />
          {unscored.length > 0 ? (
            <tbody>
              <tr>
                <th scope="rowgroup" colSpan={columns} className="sticky left-0 bg-slate-100 px-2 py-1.5 text-left text-sm font-semibold text-slate-900">
                  Not scored yet ({unscored.length}): no submitted scorecard, so no figures
                </th>
              </tr>
            </tbody>
          ) : null}
          {unscored.length > 0 ? <tbody dangerouslySetInnerHTML={{ __html: matrixRows(report, unscored, calibrated, min, max) }} /> : null}
        </table>
      </div>
      <p className="no-print mt-2 flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <button type="submit" className={buttonClass("secondary")}>Compare ticked candidates</button>
        Tick 2 to 4 candidates in the Candidate column, then compare them on a radar and side by side.
      </p>
    </form>
  );
}
