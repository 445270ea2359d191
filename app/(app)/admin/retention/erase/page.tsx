import { loadErasureSearch } from "@/lib/retention/loaders";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { EraseButton } from "../_components/erase-button";

export const metadata = { title: "Erase a candidate" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ErasePage({ searchParams }: Props) {
  const { query, candidates } = await loadErasureSearch(await searchParams);
  return (
    <>
      <PageHeader title="Erase a candidate on request"
        description="A candidate's right to erasure: find them, check what will go, and erase them with their applications, interviews, scorecards, ratings and notes." />
      <FilterBar action="/admin/retention/erase" label="Find a candidate">
        <FilterInput name="q" label="Name or email" defaultValue={query} />
      </FilterBar>
      {query === "" ? (
        <EmptyState title="Search for the candidate who asked to be erased" />
      ) : (
        <DataTable
          caption={`Candidates matching “${query}”`}
          rows={candidates}
          rowKey={(c) => c.id}
          columns={[
            { header: "Candidate", rowHeader: true, cell: (c) => <>{c.name}{c.anonymizedAt ? <span className="block text-xs font-normal text-slate-500">anonymised</span> : null}</> },
            { header: "Email", cell: (c) => c.email ?? "—" },
            { header: "Records", cell: (c) => `${c.counts.interviews} interviews, ${c.counts.scorecards} scorecards, ${c.counts.ratings} ratings` },
            { header: <span className="sr-only">Action</span>, cell: (c) => <EraseButton candidateId={c.id} name={c.name} counts={c.counts} /> },
          ]}
          empty={<EmptyState title={`No candidate matches “${query}”`}>Search by part of the name or the email.</EmptyState>}
        />
      )}
    </>
  );
}
