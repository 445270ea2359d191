import Link from "next/link";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { authorizePosition } from "@/lib/position/loaders";
import { isWritablePosition } from "@/lib/position/access";
import { IdSchema } from "@/lib/position/schema";
import { findDoubleBookings, getManagedInterview, poolOf } from "@/lib/interview/data";
import { formatSpanInZone, utcToZonedTime } from "@/lib/interview/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";
import { buttonClass } from "@/components/ui/button";
import { ClosedNotice } from "../../../_components/closed-notice";
import { RescheduleForm } from "../_components/reschedule-form";
import { PanelForm, type PanelOption } from "../_components/panel-form";
import { CancelInterview } from "../_components/cancel-interview";
import { timeZoneList } from "../time-zones";
import { InterviewFacts } from "./_components/interview-facts";

export const metadata = { title: "Interview" };

const MAIL = {
  sent: "Scheduled, and the invite was mailed to the panel.",
  failed: "Scheduled, but mailing the invite failed: download it below and send it to the panel.",
  off: "Scheduled. No mail server is set up, so nothing was mailed: download the invite below and send it to the panel.",
} as const;

export default async function ManageInterviewPage({ params, searchParams }: { params: Promise<{ id: string; interviewId: string }>; searchParams: Promise<{ mail?: string }> }) {
  const { id, interviewId } = await params;
  const { user, position } = await authorizePosition(id);
  if (!IdSchema.safeParse(interviewId).success) notFound();
  const interview = await getManagedInterview(user, position.id, interviewId);
  if (!interview) notFound();
  const cancelled = interview.cancelledAt !== null;
  const editable = isWritablePosition(position) && !cancelled;
  const [pool, conflicts] = await Promise.all([
    editable ? poolOf(position.id) : [],
    cancelled ? [] : findDoubleBookings(interview.panel.map((p) => p.id), interview.scheduledAt, interview.durationMinutes, interview.id),
  ]);
  const mail = (await searchParams).mail;
  const options: PanelOption[] = [...interview.panel, ...pool.filter((p) => !interview.panel.some((q) => q.id === p.id)).map((p) => ({ ...p, card: "none" as const }))];
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm"><Link href={`/positions/${position.id}`} className="text-brand-700 underline-offset-2 hover:underline">{position.title}</Link></nav>
      <PageHeader title={`${interview.candidate.name}: ${interview.stage}`} description={position.title}
        actions={<a href={`/api/interviews/${interview.id}/invite.ics`} download className={buttonClass("secondary")}>Download calendar invite (.ics)</a>} />
      {isWritablePosition(position) ? null : <ClosedNotice positionId={position.id} />}
      {mail && mail in MAIL ? <p role="status" className="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">{MAIL[mail as keyof typeof MAIL]}</p> : null}
      {cancelled ? <p role="status" className="mb-4"><StatusBadge tone="danger">Cancelled</StatusBadge> <span className="text-sm text-slate-700">The invite is now a cancellation; the panel&apos;s scorecards are read-only.</span></p> : null}
      {conflicts.length > 0 ? (
        <div role="alert" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-medium">Double-booked: {conflicts.length === 1 ? "a panelist has" : "panelists have"} another interview at the same time.</p>
          <ul className="mt-1 list-disc pl-5">{conflicts.map((c) => <li key={`${c.interviewerId}-${c.start}`}>{c.interviewer}: <ViewerTime at={new Date(c.start)} minutes={(new Date(c.end).getTime() - new Date(c.start).getTime()) / 60_000} /></li>)}</ul>
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <InterviewFacts
          yourTime={<ViewerTime at={interview.scheduledAt} minutes={interview.durationMinutes} />}
          scheduled={formatSpanInZone(interview.scheduledAt, interview.durationMinutes, interview.timeZone)}
          location={interview.location} sequence={interview.sequence} panel={interview.panel} />
        {editable ? (
          <Card className="p-5">
            <h2 className="mb-3 font-semibold">Reschedule</h2>
            <RescheduleForm interviewId={interview.id} timeZones={timeZoneList()}
              initial={{ ...utcToZonedTime(interview.scheduledAt, interview.timeZone), timeZone: interview.timeZone, durationMinutes: interview.durationMinutes, location: interview.location }} />
          </Card>
        ) : null}
        {editable ? (
          <Card className="p-5">
            <h2 className="mb-3 font-semibold">Panel</h2>
            <PanelForm interviewId={interview.id} options={options} current={interview.panel.map((p) => p.id)} isAdmin={hasRole(user, "admin")} />
          </Card>
        ) : null}
        {editable ? (
          <Card className="p-5">
            <h2 className="mb-3 font-semibold">Cancel</h2>
            <CancelInterview interviewId={interview.id} candidate={interview.candidate.name} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
