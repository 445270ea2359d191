import Link from "next/link";
import { loadRubricHistory } from "@/lib/rubric/loaders";
import { getOlderVersionUse, type PositionUse } from "@/lib/rubric/moves-data";
import { STAY_REASONS } from "@/lib/rubric/moves";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatZoned } from "@/lib/interview/local-time";
import { getViewerTimeZone } from "@/lib/people/viewer-time-zone";
import { MatrixNav } from "../_components/matrix-nav";
import { MoveInterviews } from "./_components/move-interviews";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Interviews on older matrix versions" };

const link = "font-medium text-brand-700 underline";

export default async function OlderVersionsPage({ params }: { params: Promise<{ rubricId: string }> }) {
  const rubric = await loadRubricHistory((await params).rubricId);
  const use = (await getOlderVersionUse(rubric.id))!;
  const latest = use.latest.version;
  const { zone } = await getViewerTimeZone();
  return (
    <>
      <PageHeader
        title={`${rubric.title}: interviews on older versions`}
        description={`The latest version is v${latest}. Interviews keep the version they were scheduled on; those nobody has started scoring can be moved to v${latest}, one position at a time. Started, submitted and cancelled interviews never move.`}
      />
      <MatrixNav rubricId={rubric.id} />
      {use.positions.length === 0 ? <EmptyState title="No position hires on this matrix" /> : null}
      <div className="space-y-8">
        {use.positions.map((p) => <PositionSection key={p.id} position={p} latest={latest} latestId={use.latest.id} zone={zone} />)}
      </div>
    </>
  );
}

type InterviewRow = PositionUse["interviews"][number];

function PositionSection({ position: p, latest, latestId, zone }: { position: PositionUse; latest: number; latestId: string; zone: string }) {
  const movable = p.interviews.filter((i) => i.stays === null);
  const closed = p.status === "closed";
  const columns: Column<InterviewRow>[] = [
    { header: "Candidate", rowHeader: true, cell: (i) => i.candidate },
    { header: "Stage", cell: (i) => i.stage },
    { header: "Scheduled", cell: (i) => <ViewerTime at={i.scheduledAt} /> },
    { header: "Version", cell: (i) => `v${i.version}` },
    { header: `On moving to v${latest}`, cell: (i) => (i.stays === null ? "Moves (not started)" : `Stays on v${i.version}: ${STAY_REASONS[i.stays]}`) },
  ];
  return (
    <section aria-labelledby={`position-${p.id}`} className="space-y-3">
      <div>
        <h2 id={`position-${p.id}`} className="font-semibold">
          <Link className="hover:underline" href={`/positions/${p.id}`}>{p.title}</Link>
          {closed ? <span className="ml-2 text-xs font-normal text-slate-500">closed</span> : null}
        </h2>
        <p className="text-sm text-slate-600">
          {p.pin.kind === "latest" ? <>New interviews get the latest version (v{latest}).</> : null}
          {p.pin.kind === "older" ? (
            <>
              <strong className="font-medium text-amber-800">This position pins v{p.pin.version}:</strong> new interviews get v{p.pin.version}, not v{latest}.{" "}
              <Link className={link} href={`/positions/${p.id}/edit`}>Edit the position<span className="sr-only"> {p.title}</span></Link> to choose its version.
            </>
          ) : null}
          {p.pin.kind === "otherMatrix" ? <>This position now hires on another matrix; these are its earlier interviews.</> : null}
        </p>
      </div>
      <DataTable caption={`Interviews of ${p.title} on older versions`} rows={p.interviews} rowKey={(i) => i.id} columns={columns}
        empty={<p className="text-sm text-slate-600">No interview of this position is on an older version.</p>} />
      {closed ? (
        movable.length > 0 ? <p className="text-sm text-slate-600">The position is closed: reopen it to move its interviews.</p> : null
      ) : (
        <MoveInterviews positionId={p.id} position={p.title} toVersionId={latestId} version={latest}
          interviews={movable.map((i) => ({ id: i.id, label: `${i.candidate} · ${i.stage} · ${formatZoned(i.scheduledAt, zone)} (v${i.version})` }))} />
      )}
    </section>
  );
}
