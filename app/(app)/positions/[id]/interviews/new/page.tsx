import Link from "next/link";
import { authorizePosition } from "@/lib/position/loaders";
import { positionVersion } from "@/lib/position/data";
import { isWritablePosition } from "@/lib/position/access";
import { schedulingChoices } from "@/lib/interview/data";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ClosedNotice } from "../../../_components/closed-notice";
import { ScheduleForm } from "../_components/schedule-form";
import { timeZoneList } from "../time-zones";

export const metadata = { title: "Schedule an interview" };

export default async function ScheduleInterviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ candidate?: string; stage?: string }> }) {
  const { position } = await authorizePosition((await params).id);
  const query = await searchParams;
  const [version, choices] = await Promise.all([positionVersion(position), schedulingChoices(position.id)]);
  const stages = version?.definition.interviewPlan ?? [];
  const back = <nav aria-label="Breadcrumb" className="mb-3 text-sm"><Link href={`/positions/${position.id}`} className="text-brand-700 underline-offset-2 hover:underline">{position.title}</Link></nav>;
  let body: React.ReactNode;
  if (!isWritablePosition(position)) body = <ClosedNotice positionId={position.id} />;
  else if (stages.length === 0) body = <EmptyState title="No interview plan">Choose the matrix this position hires on first (Edit details).</EmptyState>;
  else if (choices.candidates.length === 0) {
    body = <EmptyState title="No active applicants">Add a candidate to this position first. <Link href={`/candidates/new?position=${position.id}`} className="font-medium text-brand-700 underline">Add a candidate</Link></EmptyState>;
  } else {
    const initial = {
      candidateId: choices.candidates.some((c) => c.id === query.candidate) ? query.candidate! : "",
      stageId: stages.some((s) => s.id === query.stage) ? query.stage! : stages[0]!.id,
    };
    body = (
      <Card className="max-w-3xl p-5">
        <ScheduleForm positionId={position.id} candidates={choices.candidates} stages={stages} pool={choices.pool} timeZones={timeZoneList()} initial={initial} />
      </Card>
    );
  }
  return (
    <>
      {back}
      <PageHeader title="Schedule an interview" description={`${position.title}: one stage of its interview plan, on the matrix version ${version ? `v${version.version}` : "it hires on"}.`} />
      {body}
    </>
  );
}
