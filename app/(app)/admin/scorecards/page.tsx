import { requireRole } from "@/lib/auth/session";
import { listSubmittedScorecards } from "@/lib/scorecard/admin-data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

import { ReopenForm } from "./_components/reopen-form";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Submitted scorecards" };

export default async function SubmittedScorecardsPage() {
  await requireRole("admin");
  const cards = await listSubmittedScorecards();
  return (
    <>
      <PageHeader title="Submitted scorecards" description="A submitted scorecard is read-only. Reopening it returns it to its interviewer as a draft; the reason is recorded." />
      {cards.length === 0 ? (
        <EmptyState title="No submitted scorecards yet" />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {cards.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start gap-x-6 gap-y-2 px-4 py-3">
              <div className="min-w-64">
                <p className="font-medium">{c.candidate} · {c.stage}</p>
                <p className="text-sm text-slate-600">
                  {c.interviewer} · {c.position} · submitted {c.submittedAt ? <ViewerTime at={c.submittedAt} /> : "—"}
                </p>
              </div>
              <ReopenForm scorecardId={c.id} label={`${c.interviewer}'s scorecard for ${c.candidate}, ${c.stage}`} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
