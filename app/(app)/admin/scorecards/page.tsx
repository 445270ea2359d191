import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listSubmittedScorecards, positionsWithSubmittedScorecards } from "@/lib/scorecard/admin-data";
import { SubmittedFilterSchema } from "@/lib/scorecard/schema";
import { pageInfo, pageRequest } from "@/lib/http/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { CandidateGroups } from "./_components/candidate-groups";

export const metadata = { title: "Submitted scorecards" };

type Search = { q?: string; interviewer?: string; position?: string; sort?: string; page?: string };

export default async function SubmittedScorecardsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole("admin");
  const search = await searchParams;
  const filter = SubmittedFilterSchema.parse(search);
  const page = pageRequest(search.page);
  const [{ rows, total }, positions] = await Promise.all([listSubmittedScorecards(filter, page), positionsWithSubmittedScorecards()]);
  const filtered = Boolean(filter.q || filter.interviewer || filter.position);
  return (
    <>
      <PageHeader title="Submitted scorecards" description="A submitted scorecard is read-only. Reopening it returns it to its interviewer as a draft; the reason is recorded. Read it in the candidate's report first." />
      <FilterBar action="/admin/scorecards" label="Find submitted scorecards" resetHref={filtered || filter.sort !== "candidate" ? "/admin/scorecards" : undefined}>
        <FilterInput name="q" label="Candidate" defaultValue={filter.q} />
        <FilterInput name="interviewer" label="Interviewer" defaultValue={filter.interviewer} />
        <FilterSelect name="position" label="Position" defaultValue={filter.position}
          options={[{ value: "", label: "Any position" }, ...positions.map((p) => ({ value: p.id, label: p.title }))]} />
        <FilterSelect name="sort" label="Order" defaultValue={filter.sort}
          options={[{ value: "candidate", label: "By candidate" }, { value: "newest", label: "Newest first" }]} />
      </FilterBar>
      {rows.length === 0 ? (
        filtered
          ? <EmptyState title="No submitted scorecard matches these filters">Try another name, or <Link href="/admin/scorecards" className="text-brand-700 underline">clear the filters</Link>.</EmptyState>
          : <EmptyState title="No submitted scorecards yet" />
      ) : (
        <CandidateGroups rows={rows} />
      )}
      <Pagination info={pageInfo(page, total)} basePath="/admin/scorecards" noun="scorecards"
        params={{ q: filter.q || undefined, interviewer: filter.interviewer || undefined, position: filter.position, sort: filter.sort === "candidate" ? undefined : filter.sort }} />
    </>
  );
}
