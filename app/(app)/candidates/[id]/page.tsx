import Link from "next/link";
import { getCandidatePage, listApplicablePositions } from "@/lib/candidate/data";
import { loadCandidate } from "@/lib/candidate/loaders";
import { APPLICATION_STATUS_LABELS } from "@/lib/candidate/schema";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/button";
import { ViewerDate } from "@/app/(app)/_components/viewer-time";
import { ApplyForm, StatusForm } from "../_components/application-forms";
import { UndoMergeButton } from "../_components/undo-merge-button";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Candidate" };

function Section({ title, children, id }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <Card className="p-5">
      <h2 id={id} className="mb-3 font-semibold">{title}</h2>
      {children}
    </Card>
  );
}

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, candidate } = await loadCandidate((await params).id);
  const { candidate: c, applications, interviews, duplicates, merges } = await getCandidatePage(user, candidate);
  const applied = new Set(applications.map((a) => a.position.id));
  const more = (await listApplicablePositions(user)).filter((p) => !applied.has(p.id));
  return (
    <>
      <PageHeader title={c.name} description={<>Added <ViewerDate at={c.createdAt} />{c.importId ? " from a CSV import" : ""}</>}
        actions={<Link href={`/candidates/${c.id}/edit`} className={buttonClass("secondary")}>Edit</Link>} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <Section title="Details" id="details">
          <dl className="grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] gap-x-4 gap-y-2 break-words text-sm">
            <dt className="text-slate-500">Email</dt><dd>{c.email ?? "—"}</dd>
            <dt className="text-slate-500">Phone</dt><dd>{c.phone || "—"}</dd>
            <dt className="text-slate-500">Source</dt><dd>{c.source || "—"}</dd>
            <dt className="text-slate-500">Links</dt>
            <dd>{c.links.length ? (
              <ul>{c.links.map((l) => <li key={l}><a href={l} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline">{l}</a></li>)}</ul>
            ) : "—"}</dd>
            <dt className="text-slate-500">Notes</dt><dd className="whitespace-pre-wrap">{c.notes || "—"}</dd>
          </dl>
        </Section>

        <Section title="Applications" id="applications">
          {applications.length === 0 ? <p className="text-sm text-slate-500">Not applying to any of your positions.</p> : (
            <ul className="divide-y divide-slate-100">
              {applications.map((a) => (
                <li key={a.id} className="py-3">
                  <p className="mb-1 text-sm font-medium">{a.position.title} <span className="font-normal text-slate-500">· since <ViewerDate at={a.createdAt} /></span></p>
                  {a.position.status === "closed"
                    ? <p className="text-sm">{APPLICATION_STATUS_LABELS[a.status]} <StatusBadge>position closed</StatusBadge></p>
                    : <StatusForm applicationId={a.id} status={a.status} position={a.position.title} />}
                </li>
              ))}
            </ul>
          )}
          {more.length ? <div className="mt-4 border-t border-slate-100 pt-4"><ApplyForm candidateId={c.id} positions={more} /></div> : null}
        </Section>

        <Section title="Interviews" id="interviews">
          {interviews.length === 0 ? <p className="text-sm text-slate-500">No interviews yet.</p> : (
            <ul className="divide-y divide-slate-100 text-sm">
              {interviews.map((i) => (
                <li key={i.id} className="flex flex-wrap items-baseline gap-x-4 py-2">
                  <Link href={`/positions/${i.positionId}/interviews/${i.id}`} className="font-medium text-brand-700 underline">{i.stage}</Link>
                  <span className="text-slate-600">{i.position}</span>
                  <span className="text-slate-600"><ViewerTime at={i.scheduledAt} /></span>
                  {i.cancelled ? <StatusBadge tone="danger">cancelled</StatusBadge> : <span className="text-slate-500">{i.submitted} of {i.scorecards} scorecards submitted</span>}
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section title="Possible duplicates" id="duplicates">
          {duplicates.length === 0 ? <p className="text-sm text-slate-500">No other candidate has this email or a similar name.</p> : (
            <ul className="divide-y divide-slate-100 text-sm">
              {duplicates.map((d) => {
                // The older record is usually the one to keep; the merge page can swap them.
                const [keep, merge] = d.olderThanThis ? [d.id, c.id] : [c.id, d.id];
                return (
                  <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span><Link href={`/candidates/${d.id}`} className="font-medium text-brand-700 underline">{d.name}</Link> <span className="text-slate-500">· {d.reason}</span></span>
                    <Link href={`/candidates/merge?keep=${keep}&merge=${merge}`} className={buttonClass("secondary")} aria-label={`Merge ${c.name} and ${d.name}…`}>Merge…</Link>
                  </li>
                );
              })}
            </ul>
          )}
        </Section>

        {merges.length ? (
          <Section title="Merge history" id="merges">
            <ul className="divide-y divide-slate-100 text-sm">
              {merges.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>{m.undoneAt ? <Link href={`/candidates/${m.mergedId}`} className="text-brand-700 underline">{m.mergedName}</Link> : m.mergedName} merged into this candidate <ViewerTime at={m.createdAt} />{m.actor ? ` by ${m.actor}` : ""}
                    {m.undoneAt ? <span className="text-slate-500"> · undone <ViewerTime at={m.undoneAt} /></span> : null}</span>
                  {m.undoneAt ? null : <UndoMergeButton mergeId={m.id} mergedName={m.mergedName} survivorName={c.name} />}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
    </>
  );
}
