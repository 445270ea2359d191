import Link from "next/link";
import type { listApplicants } from "@/lib/position/data";
import { planCoverage, type PlanStage } from "@/lib/position/plan";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { ViewerTime, ViewerZoneCaption } from "@/app/(app)/_components/viewer-time";

type Applicant = Awaited<ReturnType<typeof listApplicants>>["rows"][number];
type Interview = Applicant["interviews"][number];

const STATUS = { active: "Active", hired: "Hired", rejected: "Rejected", withdrawn: "Withdrawn" } as const;

function InterviewLink({ positionId, interview }: { positionId: string; interview: Interview }) {
  return (
    <Link href={`/positions/${positionId}/interviews/${interview.id}`} className="text-brand-700 underline">
      <ViewerTime at={interview.scheduledAt} />
      {interview.cancelledAt ? " (cancelled)" : ` · ${interview._count.assignments} on the panel`}
    </Link>
  );
}

/** Each applicant, with each stage of the plan: the interviews covering it, or a warning and a link to schedule it. */
export function Applicants({ positionId, plan, rows, writable }: { positionId: string; plan: PlanStage[]; rows: Applicant[]; writable: boolean }) {
  if (rows.length === 0) {
    return <EmptyState title="No applicants yet">Add a candidate to this position to schedule their interviews.</EmptyState>;
  }
  return (
    <>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {rows.map((a) => {
          const coverage = planCoverage(plan, a.interviews);
          const schedulable = writable && a.status === "active";
          return (
            <li key={a.id} className="px-4 py-3">
              <div className="mb-2 flex flex-wrap items-center gap-3">
                <h3 className="font-medium text-slate-900"><Link href={`/candidates/${a.candidate.id}`} className="underline-offset-2 hover:underline">{a.candidate.name}</Link></h3>
                <StatusBadge tone={a.status === "active" ? "success" : "neutral"}>{STATUS[a.status]}</StatusBadge>
                {a.status === "active" && coverage.uncovered.length > 0 ? (
                  <StatusBadge tone="warning">{coverage.uncovered.length} of {plan.length} stages not scheduled</StatusBadge>
                ) : null}
              </div>
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {coverage.stages.map(({ stage, interviews, cancelled, covered }) => (
                  <li key={stage.id} className="flex flex-wrap gap-x-2">
                    <span className="font-medium text-slate-700">{stage.name}:</span>
                    {[...interviews, ...cancelled].map((i) => <InterviewLink key={i.id} positionId={positionId} interview={i} />)}
                    {covered ? null : (
                      <>
                        <span className="text-amber-800">⚠ no interview yet</span>
                        {schedulable ? (
                          <Link href={`/positions/${positionId}/interviews/new?candidate=${a.candidate.id}&stage=${stage.id}`} className="font-medium text-brand-700 underline"
                            aria-label={`Schedule ${stage.name} for ${a.candidate.name}`}>Schedule</Link>
                        ) : null}
                      </>
                    )}
                  </li>
                ))}
                {coverage.other.map((i) => (
                  <li key={i.id} className="flex flex-wrap gap-x-2"><span className="font-medium text-slate-700">{i.stageId} (earlier matrix version):</span><InterviewLink positionId={positionId} interview={i} /></li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-500"><ViewerZoneCaption /></p>
    </>
  );
}
