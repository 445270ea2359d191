import Link from "next/link";
import { authorizePosition } from "@/lib/position/loaders";
import { listApplicants, positionVersion } from "@/lib/position/data";
import { isWritablePosition } from "@/lib/position/access";
import { pageInfo, pageRequest } from "@/lib/http/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { PositionStatusBadge } from "../../_components/position-status-badge";
import { ClosedNotice } from "../../_components/closed-notice";
import { Applicants } from "./_components/applicants";

export const metadata = { title: "Position" };

const people = (list: { id: string; name: string; disabled: boolean }[], none: string) =>
  list.length === 0 ? <p className="text-slate-500">{none}</p> : (
    <ul className="space-y-0.5">{list.map((p) => <li key={p.id}>{p.name}{p.disabled ? <span className="text-slate-500"> (disabled)</span> : null}</li>)}</ul>
  );

export default async function PositionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const { position } = await authorizePosition((await params).id);
  const page = pageRequest((await searchParams).page);
  const [version, applicants] = await Promise.all([positionVersion(position), listApplicants(position.id, page)]);
  const writable = isWritablePosition(position);
  const plan = version?.definition.interviewPlan ?? [];
  const base = `/positions/${position.id}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm"><Link href="/positions" className="text-brand-700 underline-offset-2 hover:underline">Positions</Link></nav>
      <PageHeader title={position.title} description={[position.team, position.location].filter(Boolean).join(" · ") || undefined}
        actions={<>
          <Link href={`${base}/edit`} className={buttonClass("secondary")}>{writable ? "Edit details" : "Status"}</Link>
          <Link href={`${base}/team`} className={buttonClass("secondary")}>Hiring team</Link>
          <Link href={`/reports/${position.id}`} className={buttonClass("secondary")}>Report</Link>
          {writable && plan.length > 0 ? <Link href={`${base}/interviews/new`} className={buttonClass()}>Schedule an interview</Link> : null}
        </>} />
      {writable ? null : <ClosedNotice positionId={position.id} />}
      <div className="mb-8 grid gap-4 md:grid-cols-3">
        <Card className="p-5 text-sm">
          <h2 className="mb-2 font-semibold">Details</h2>
          <dl className="space-y-1.5">
            <div><dt className="inline text-slate-500">Status: </dt><dd className="inline"><PositionStatusBadge status={position.status} /></dd></div>
            <div><dt className="inline text-slate-500">Matrix: </dt><dd className="inline">
              {version ? `${position.rubric?.title ?? version.rubricId}, version ${version.version}${position.rubricVersionId ? "" : " (its latest)"}` : "None chosen"}
            </dd></div>
          </dl>
          {position.description ? <p className="mt-3 whitespace-pre-line text-slate-700">{position.description}</p> : null}
        </Card>
        <Card className="p-5 text-sm">
          <h2 className="mb-2 font-semibold">Hiring team</h2>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Hiring managers</h3>
          {people(position.managers, "None: only admins manage it.")}
          <h3 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">Interviewer pool</h3>
          {people(position.interviewers, "Nobody yet: add interviewers to schedule interviews.")}
        </Card>
        <Card className="p-5 text-sm">
          <h2 className="mb-2 font-semibold">Interview plan</h2>
          {plan.length === 0 ? <p className="text-slate-500">Choose a matrix to get its interview plan.</p> : (
            <ol className="list-decimal space-y-1 pl-5">{plan.map((s) => <li key={s.id}>{s.name} <span className="text-slate-500">({s.minutes} min)</span></li>)}</ol>
          )}
        </Card>
      </div>
      <section aria-labelledby="applicants-heading">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="applicants-heading" className="text-lg font-semibold">Applicants</h2>
          {writable ? <Link href={`/candidates/new?position=${position.id}`} className={buttonClass()}>Add a candidate</Link> : null}
        </div>
        <Applicants positionId={position.id} plan={plan} rows={applicants.rows} writable={writable} />
        <Pagination info={pageInfo(page, applicants.total)} basePath={base} params={{}} noun="applicants" />
      </section>
    </>
  );
}
