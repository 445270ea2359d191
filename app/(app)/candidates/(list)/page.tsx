import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listCandidates, listFilterPositions, type CandidateListRow } from "@/lib/candidate/data";
import { pageInfo, pageRequest } from "@/lib/http/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { ViewerDate } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Candidates" };

type Search = { q?: string; position?: string; page?: string };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const COLUMNS: Column<CandidateListRow>[] = [
  { header: "Name", rowHeader: true, cell: (c) => <Link href={`/candidates/${c.id}`} className="text-brand-700 underline">{c.name}</Link> },
  { header: "Email", cell: (c) => c.email ?? "—" },
  { header: "Positions", cell: (c) => (c.positions.length ? c.positions.map((p) => p.title).join(", ") : "—") },
  { header: "Source", cell: (c) => c.source || "—" },
  { header: "Added", cell: (c) => <ViewerDate at={c.createdAt} />, className: "whitespace-nowrap" },
];

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole("admin", "hiring_manager");
  const raw = await searchParams;
  const search: Search = { q: one(raw.q), position: one(raw.position), page: one(raw.page) };
  const request = pageRequest(search.page);
  const [{ rows, total }, positions] = await Promise.all([listCandidates(user, { q: search.q, positionId: search.position }, request), listFilterPositions(user)]);
  const filtered = Boolean(search.q || search.position);
  return (
    <>
      <PageHeader
        title="Candidates"
        description="Everyone applying to the positions you manage."
        actions={<>
          <Link href="/candidates/new" className={buttonClass("primary")}>Add a candidate</Link>
          <Link href="/candidates/import" className={buttonClass("secondary")}>Import a CSV</Link>
        </>}
      />
      <FilterBar action="/candidates" label="Filter candidates" resetHref={filtered ? "/candidates" : undefined}>
        <FilterInput name="q" label="Name or email" defaultValue={search.q} />
        <FilterSelect name="position" label="Position" defaultValue={search.position}
          options={[{ value: "", label: "All positions" }, ...positions.map((p) => ({ value: p.id, label: p.status === "closed" ? `${p.title} (closed)` : p.title }))]} />
      </FilterBar>
      <DataTable
        caption="Candidates"
        columns={COLUMNS}
        rows={rows}
        rowKey={(c) => c.id}
        empty={filtered ? (
          <EmptyState title="No candidate matches these filters"><Link href="/candidates" className="text-brand-700 underline">Clear the filters</Link></EmptyState>
        ) : (
          <EmptyState title="No candidates yet">
            <Link href="/candidates/new" className="text-brand-700 underline">Add a candidate</Link> or{" "}
            <Link href="/candidates/import" className="text-brand-700 underline">Import a CSV</Link>.
          </EmptyState>
        )}
      />
      <Pagination info={pageInfo(request, total)} basePath="/candidates" params={{ q: search.q, position: search.position }} noun="candidates" />
    </>
  );
}
