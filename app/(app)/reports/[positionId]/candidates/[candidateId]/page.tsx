import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { RadarChart } from "@/components/charts/radar-chart";
import { loadCandidateDrilldown } from "@/lib/report/loaders";
import { GATE_LABELS, fixed, overallText, versionsText } from "@/lib/report/labels";
import { hasScores, radarOf } from "@/lib/report/radar";
import { MAX_OVERLAY, parseOverlay } from "@/lib/report/schema";
import { ScorecardsSideBySide } from "./_components/scorecards-side-by-side";
import { CandidateChecklist } from "../../_components/candidate-checklist";

type Props = {
  params: Promise<{ positionId: string; candidateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata = { title: "Candidate report" };

export default async function CandidateReportPage({ params, searchParams }: Props) {
  const { positionId, candidateId } = await params;
  const { report, candidate, sections } = await loadCandidateDrilldown(positionId, candidateId);
  const overlay = parseOverlay((await searchParams).with).filter((id) => id !== candidate.id);
  const radar = radarOf(report, [candidate.id, ...overlay]);
  // Only candidates with scores can be overlaid: an unscored one has nothing to draw.
  const others = report.candidates.filter((c) => c.id !== candidate.id && hasScores(c));
  const pending = candidate.overall.status === "pending";
  const interval = candidate.overall.interval;
  return (
    <>
      <p className="no-print mb-2 text-sm"><Link href={`/reports/${report.position.id}`} className="text-brand-700 underline">← {report.position.title}</Link></p>
      <PageHeader
        title={candidate.name}
        description={
          pending
            ? "Not scored yet: no interviewer has submitted a scorecard for this candidate."
            : `Overall: ${overallText(candidate)}${interval ? ` (95% range ${fixed(interval.low)}–${fixed(interval.high)})` : ""} · coverage ${Math.round(candidate.overall.coverage * 100)}% of the matrix's weight rated${candidate.versions.length > 0 ? ` · ${versionsText(candidate.versions)}` : ""}`
        }
        actions={<span className="no-print"><PrintButton /></span>}
      />
      {pending ? null : <ul className="mb-4 flex flex-wrap gap-2" aria-label="Must-have competencies">
        {report.competencies.map((comp, i) => {
          const gate = candidate.cells[i]?.gate;
          if (!gate) return null;
          return (
            <li key={comp.id}>
              <StatusBadge tone={gate === "pass" ? "success" : gate === "fail" ? "danger" : "warning"}>{comp.name}: {GATE_LABELS[gate]}</StatusBadge>
            </li>
          );
        })}
      </ul>}
      <section aria-labelledby="profile" className="flex flex-wrap items-start gap-6 break-inside-avoid">
        <div className="w-full max-w-xl">
          <h2 id="profile" className="text-lg font-semibold text-slate-900">Profile against the target</h2>
          {hasScores(candidate) ? (
            <RadarChart title={`${candidate.name} against the target profile`} axes={radar.axes} series={radar.series} domain={radar.domain} />
          ) : (
            <p className="mt-1 text-sm text-slate-700">No profile to draw yet: {candidate.name} has no rated competency. It appears once an interviewer submits a scorecard.</p>
          )}
        </div>
        {others.length > 0 && hasScores(candidate) ? (
          <CandidateChecklist
            name="with"
            legend={`Overlay other candidates (up to ${MAX_OVERLAY})`}
            candidates={others}
            checked={(id) => overlay.includes(id)}
            submit="Update radar"
            className="w-full max-w-xs [&_div]:flex-col"
          />
        ) : null}
      </section>
      <h2 className="mt-8 text-lg font-semibold text-slate-900">Scorecards side by side</h2>
      {sections.length === 0 ? <p className="text-sm text-slate-600">No interviews yet.</p> : sections.map((s) => <ScorecardsSideBySide key={s.interviewId} section={s} />)}
    </>
  );
}
