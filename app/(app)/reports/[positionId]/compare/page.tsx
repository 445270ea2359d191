import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { heatClass } from "@/components/ui/heat-cell";
import { RadarChart } from "@/components/charts/radar-chart";
import { loadPositionReport } from "@/lib/report/loaders";
import { fixed, overallText } from "@/lib/report/labels";
import { hasScores, radarOf } from "@/lib/report/radar";
import type { CandidateReport, PositionReport } from "@/lib/report/model";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { CandidateChecklist } from "../_components/candidate-checklist";

type Props = { params: Promise<{ positionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Compare candidates" };

const MAX = 4;

/** The highest score per competency among the compared candidates (ties: all of them are "best"). */
const bestOf = (chosen: CandidateReport[], i: number) => Math.max(...chosen.map((c) => c.cells[i]?.score ?? -Infinity));

function ScoreCell({ report, c, i, best }: { report: PositionReport; c: CandidateReport; i: number; best: number }) {
  const levels = report.scale.map((s) => s.level);
  const comp = report.competencies[i]!;
  const cell = c.cells[i];
  const score = cell?.score ?? null;
  const isBest = score !== null && score === best;
  return (
    <td className={`border border-slate-200 px-3 py-1.5 align-top tabular-nums ${heatClass(score, Math.min(...levels), comp.target ?? 3, Math.max(...levels))}`}>
      <span className={isBest ? "font-bold text-slate-900" : "text-slate-900"}>{score === null ? "Not rated" : fixed(score)}</span>
      {isBest ? <span className="ml-1 text-xs font-semibold text-slate-900">★ best</span> : null}
      {cell?.gate === "fail" ? <span className="block text-xs font-semibold text-red-800">✕ below must-have {comp.mustHaveMin}</span> : null}
      {cell?.gate === "insufficient" && score !== null ? <span className="block text-xs font-semibold text-amber-950">? must-have: too little evidence</span> : null}
    </td>
  );
}

export default async function CompareCandidatesPage({ params, searchParams }: Props) {
  const report = await loadPositionReport((await params).positionId);
  const raw = (await searchParams).c;
  const wanted = new Set(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
  const chosen = report.candidates.filter((c) => wanted.has(c.id)).slice(0, MAX);
  const offered = report.candidates.filter((c) => hasScores(c) || wanted.has(c.id));
  const base = `/reports/${report.position.id}`;
  const without = (id: string) => `${base}/compare?${chosen.filter((c) => c.id !== id).map((c) => `c=${encodeURIComponent(c.id)}`).join("&")}`;
  const radar = radarOf(report, chosen.map((c) => c.id));
  return (
    <>
      <p className="no-print mb-2 text-sm"><Link href={base} className="text-brand-700 underline">← {report.position.title}</Link></p>
      <PageHeader title="Compare candidates" description={chosen.length > 0 ? chosen.map((c) => c.name).join(" · ") : "Nobody selected yet"} />
      <CandidateChecklist
        name="c"
        legend={`Candidates to compare (2 to ${MAX}; only those with scores)`}
        candidates={offered}
        checked={(id) => wanted.has(id)}
        submit="Update comparison"
        className="mb-4"
      />
      {chosen.length < 2 ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-900">
          Tick at least 2 candidates above to compare them ({chosen.length === 1 ? `only ${chosen[0]!.name} is selected` : "none selected"}).
        </p>
      ) : (
        <>
          {radar.series.some((s) => !s.reference) ? (
            <RadarChart title={`${chosen.map((c) => c.name).join(", ")} against the target profile`} axes={radar.axes} series={radar.series} domain={radar.domain} />
          ) : null}
          <ScrollRegion label="Competency scores of the compared candidates" className="mt-4 rounded-lg border border-slate-200 bg-white">
            <table className="w-full border-collapse text-sm">
              <caption className="px-3 py-2 text-left text-sm text-slate-700">
                Competency scores of the compared candidates. Amber is below the target, blue at or above it; ★ marks the best score per
                competency, ✕ a must-have missed.
              </caption>
              <thead className="bg-slate-50 text-left text-xs text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">Competency</th>
                  <th scope="col" className="px-3 py-2 font-medium">Target</th>
                  {chosen.map((c) => (
                    <th key={c.id} scope="col" className="px-3 py-2 font-medium">
                      <span className="block text-slate-900">{c.name}</span>
                      <Link href={without(c.id)} className="no-print text-brand-700 underline">Remove<span className="sr-only"> {c.name}</span></Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.competencies.map((comp, i) => (
                  <tr key={comp.id}>
                    <th scope="row" className="border border-slate-200 px-3 py-1.5 text-left font-normal">
                      {comp.name}
                      {comp.mustHaveMin !== null ? <span className="block text-xs font-semibold text-slate-900">must-have ≥ {comp.mustHaveMin}</span> : null}
                    </th>
                    <td className="border border-slate-200 px-3 py-1.5 tabular-nums">{comp.target ?? ""}</td>
                    {chosen.map((c) => <ScoreCell key={c.id} report={report} c={c} i={i} best={bestOf(chosen, i)} />)}
                  </tr>
                ))}
                <tr className="font-medium">
                  <th scope="row" className="border border-slate-200 px-3 py-1.5 text-left">Overall</th>
                  <td className="border border-slate-200" />
                  {chosen.map((c) => <td key={c.id} className="border border-slate-200 px-3 py-1.5 tabular-nums">{overallText(c)}</td>)}
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </>
  );
}
