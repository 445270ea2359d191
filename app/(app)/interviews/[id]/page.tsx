import Link from "next/link";
import { getPanelFeedback } from "@/lib/scorecard/data";
import { loadOwnScorecard } from "@/lib/scorecard/loaders";
import { scoringSheet } from "@/lib/scorecard/view";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { ScorecardForm } from "./_components/scorecard-form";
import { ScorecardReadOnly } from "./_components/scorecard-read-only";
import { PanelFeedback } from "./_components/panel-feedback";
import { CandidateLinks } from "./_components/candidate-links";

export const metadata = { title: "Scorecard" };

export default async function ScorecardPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, interview, card, definition } = await loadOwnScorecard((await params).id);
  const sheet = scoringSheet(definition, interview.stageId);
  const submitted = card.status === "submitted";
  // A cancelled interview's scorecard is read-only (the save routes refuse it too): shown as it was left.
  const cancelled = interview.cancelledAt !== null;
  const panel = submitted ? await getPanelFeedback(user.id, interview.candidateId) : null;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/interviews" className="text-brand-700 underline-offset-2 hover:underline">My interviews</Link>
      </nav>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{interview.candidate.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {sheet.stage.name} · {interview.position.title} · <span>matrix v{interview.rubricVersion.version}</span> · <ViewerTime at={interview.scheduledAt} minutes={interview.durationMinutes} />
          </p>
          <CandidateLinks links={interview.candidate.links} location={interview.location} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <a href={`/api/interviews/${interview.id}/invite.ics`} download className="text-sm font-medium text-brand-700 underline">
            {cancelled ? "Remove from calendar (cancellation)" : "Add to calendar"}
          </a>
          {cancelled ? <StatusBadge tone="danger">Cancelled</StatusBadge> : null}
          <StatusBadge tone={submitted ? "success" : "warning"}>{submitted ? "Submitted" : "Draft"}</StatusBadge>
        </div>
      </div>
      {cancelled ? (
        <p role="status" className="mb-6 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 text-sm text-slate-800">
          This interview was cancelled. Its scorecard is read-only and no longer counts in the report.
        </p>
      ) : null}
      {sheet.criteria.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">This stage has no criteria in its matrix version: there is nothing to score.</p>
      ) : submitted || cancelled ? (
        <>
          <ScorecardReadOnly sheet={sheet} card={card} heading="Your scorecard" />
          {cancelled ? null : <PanelFeedback panel={panel} />}
        </>
      ) : (
        <>
          <ScorecardForm
            scorecardId={card.id}
            sheet={sheet}
            initial={{
              ratings: Object.fromEntries(card.ratings.map((r) => [r.criterionId, { level: r.level, noEvidence: r.noEvidence, note: r.note, revision: r.revision }])),
              recommendation: card.recommendation,
              summary: card.summary,
              revision: card.revision,
            }}
          />
          <PanelFeedback panel={null} />
        </>
      )}
    </>
  );
}
