import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listMyInterviews, type MyInterview } from "@/lib/interview/data";
import { groupByDay, STATUS_LABELS } from "@/lib/interview/status";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { LocalTime, ViewerTimeZone } from "@/components/ui/local-time";

export const metadata = { title: "My interviews" };

function InterviewList({ title, items }: { title: string; items: MyInterview[] }) {
  return (
    <section aria-labelledby={`h-${title}`} className="mb-8">
      <h2 id={`h-${title}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing {title.toLowerCase()}.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((i) => (
            <li key={i.id}>
              <Link href={`/interviews/${i.id}`} className="flex flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3 hover:bg-slate-50">
                <span className="min-w-48 font-medium text-slate-900">{i.candidate}</span>
                <span className="text-sm text-slate-600">{i.stage}</span>
                <span className="text-sm text-slate-500">{i.position}</span>
                <span className="ml-auto text-sm tabular-nums text-slate-600"><LocalTime iso={i.scheduledAt.toISOString()} compact /></span>
                {i.cancelled ? <StatusBadge tone="danger">Cancelled</StatusBadge> : null}
                <StatusBadge tone={i.status === "submitted" ? "success" : i.status === "draft" ? "warning" : "neutral"}>{STATUS_LABELS[i.status]}</StatusBadge>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function MyInterviewsPage() {
  const user = await requireRole("interviewer");
  const interviews = await listMyInterviews(user.id);
  // A cancelled interview is no longer upcoming: it is listed apart, so its scorecard (read-only) can still be opened.
  const { today, upcoming, recent } = groupByDay(interviews.filter((i) => !i.cancelled), new Date());
  const cancelled = interviews.filter((i) => i.cancelled);
  return (
    <>
      <PageHeader title="My interviews" description="Open an interview to score it live. Your scorecard saves as you type." />
      {interviews.length === 0 ? (
        <EmptyState title="No interviews assigned to you yet">An admin or hiring manager puts you on a panel when scheduling an interview.</EmptyState>
      ) : (
        <>
          <InterviewList title="Today" items={today} />
          <InterviewList title="Upcoming" items={upcoming} />
          <InterviewList title="Recent" items={recent} />
          {cancelled.length > 0 ? <InterviewList title="Cancelled" items={cancelled} /> : null}
          <p className="text-xs text-slate-500"><ViewerTimeZone /></p>
        </>
      )}
    </>
  );
}
