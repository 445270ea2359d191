import Link from "next/link";
import { loadAuditTrail } from "@/lib/audit/loaders";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { AUDIT_ENTITIES, filterParams, NO_ACTOR } from "@/lib/audit/schema";
import type { DescribedEvent } from "@/lib/audit/data";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";

import { EventDetails } from "./_components/event-details";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditTrailPage({ searchParams }: Props) {
  const { filter, events, info, actors, timeZone } = await loadAuditTrail(await searchParams);
  const params = filterParams(filter);
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const filtered = Object.values(params).some(Boolean);
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Who did what, when, newest first. Every event is kept: the trail has no retention limit."
        actions={<a href={`/admin/audit/export.csv${query ? `?${query}` : ""}`} className={buttonClass("secondary")} download>Export CSV</a>}
      />
      <FilterBar action="/admin/audit" label="Filter the audit trail" resetHref={filtered ? "/admin/audit" : undefined}>
        <FilterSelect name="actor" label="Person" defaultValue={filter.actor}
          options={[{ value: "", label: "Anyone" }, { value: NO_ACTOR, label: "System or signed out" }, ...actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))]} />
        <FilterSelect name="entity" label="About" defaultValue={filter.entity}
          options={[{ value: "", label: "Anything" }, ...Object.entries(AUDIT_ENTITIES).map(([value, label]) => ({ value, label }))]} />
        <FilterSelect name="action" label="Action" defaultValue={filter.action}
          options={[{ value: "", label: "Any action" }, ...Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label: `${label[0]!.toUpperCase()}${label.slice(1)}` }))]} />
        <FilterInput name="from" label="From" type="date" defaultValue={filter.from} />
        <FilterInput name="to" label="To (included)" type="date" defaultValue={filter.to} />
        <p className="w-full text-xs text-slate-600">Dates and times are in {timeZone}.</p>
      </FilterBar>
      <DataTable<DescribedEvent>
        caption="Audit events, newest first"
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          { header: "Time", className: "whitespace-nowrap", cell: (e) => <ViewerTime at={e.createdAt} seconds /> },
          { header: "What happened", cell: (e) => <><p className="text-slate-900">{e.sentence}</p><EventDetails event={e} /></> },
        ]}
        empty={
          <EmptyState title={filtered ? "No event matches these filters" : "Nothing has been recorded yet"}>
            {filtered ? <Link href="/admin/audit" className="font-medium text-brand-700 underline">Show the whole trail</Link> : "Every change made in Quorum will be listed here."}
          </EmptyState>
        }
      />
      <Pagination info={info} basePath="/admin/audit" params={params} noun="events" />
    </>
  );
}
