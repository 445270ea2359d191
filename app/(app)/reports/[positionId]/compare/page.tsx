import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { RadarChart } from "@/components/charts/radar-chart";
import { loadPositionReport } from "@/lib/report/loaders";
import { fixed, overallText } from "@/lib/report/labels";
import { radarOf } from "@/lib/report/radar";

type Props = { params: Promise<{ positionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Compare candidates" };

export default async function CompareCandidatesPage({ params, searchParams }: Props) {
  const report = await loadPositionReport((await params).positionId);
  const raw = (await searchParams).c;
  const wanted = new Set(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
  const chosen = report.candidates.filter((c) => wanted.has(c.id));
  const back = <Link href={`/reports/${report.position.id}`} className="text-brand-700 underline">← {report.position.title}</Link>;
  if (chosen.length < 2 || chosen.length > 4) {
    return (
      <>
        <p className="mb-2 text-sm">{back}</p>
        <EmptyState title="Select 2 to 4 candidates to compare">You selected {chosen.length}. Go back to the report and tick the candidates to overlay.</EmptyState>
      </>
    );
  }
  const radar = radarOf(report, chosen.map((c) => c.id));
  return (
    <>
      <p className="no-print mb-2 text-sm">{back}</p>
      <PageHeader title="Compare candidates" description={chosen.map((c) => c.name).join(" · ")} />
      <RadarChart title={`${chosen.map((c) => c.name).join(", ")} against the target profile`} axes={radar.axes} series={radar.series} domain={radar.domain} />
      <table className="mt-4 w-full rounded-lg border border-slate-200 bg-white text-sm">
        <caption className="sr-only">Competency scores of the compared candidates</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Competency</th>
            <th scope="col" className="px-3 py-2 font-medium">Target</th>
            {chosen.map((c) => <th key={c.id} scope="col" className="px-3 py-2 font-medium">{c.name}</th>)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.competencies.map((comp, i) => (
            <tr key={comp.id}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">{comp.name}</th>
              <td className="px-3 py-1.5 tabular-nums">{comp.target ?? ""}</td>
              {chosen.map((c) => <td key={c.id} className="px-3 py-1.5 tabular-nums">{c.cells[i]?.score === null ? "Not rated" : fixed(c.cells[i]?.score)}</td>)}
            </tr>
          ))}
          <tr className="font-medium">
            <th scope="row" className="px-3 py-1.5 text-left">Overall</th>
            <td />
            {chosen.map((c) => <td key={c.id} className="px-3 py-1.5 tabular-nums">{overallText(c)}</td>)}
          </tr>
        </tbody>
      </table>
    </>
  );
}
