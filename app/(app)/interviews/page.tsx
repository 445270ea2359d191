import { requireRole } from "@/lib/auth/session";
import { listMyInterviews } from "@/lib/interview/data";
import { getViewerTimeZone } from "@/lib/people/viewer-time-zone";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { InterviewLists } from "./_components/interview-lists";

export const metadata = { title: "My interviews" };

export default async function MyInterviewsPage() {
  const user = await requireRole("interviewer");
  const [interviews, viewer] = await Promise.all([listMyInterviews(user.id), getViewerTimeZone()]);
  return (
    <>
      <PageHeader title="My interviews" description="Open an interview to score it live. Your scorecard saves as you type." />
      {interviews.length === 0 ? (
        <EmptyState title="No interviews assigned to you yet">An admin or hiring manager puts you on a panel when scheduling an interview.</EmptyState>
      ) : (
        // A cancelled interview is no longer upcoming: it is listed apart, so its scorecard (read-only) can still be opened.
        <InterviewLists now={new Date()} viewer={viewer}
          items={interviews.map((i) => ({ id: i.id, candidate: i.candidate, stage: i.stage, position: i.position, scheduledAt: i.scheduledAt, status: i.status, cancelled: i.cancelled }))} />
      )}
    </>
  );
}
