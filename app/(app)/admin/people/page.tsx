import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { listPeople, type PersonRow } from "@/lib/people/data";
import { PeopleFilterSchema } from "@/lib/people/schema";
import { pageInfo, pageRequest } from "@/lib/http/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { PersonStatus, SignInMethod } from "./_components/person-badges";

export const metadata = { title: "People" };

type Search = { q?: string; role?: string; status?: string; sort?: string; page?: string };

const COLUMNS: Column<PersonRow>[] = [
  { header: "Name", rowHeader: true, cell: (p) => <Link href={`/admin/people/${p.id}`} className="text-brand-700 underline-offset-2 hover:underline">{p.name}</Link> },
  { header: "Email", cell: (p) => p.email },
  { header: "Roles", cell: (p) => (p.roles.length ? p.roles.map((r) => ROLE_LABELS[r]).join(", ") : <span className="text-slate-500">None</span>) },
  { header: "Status", cell: (p) => <PersonStatus disabled={p.disabled} /> },
  { header: "Sign-in", cell: (p) => <SignInMethod hasPassword={p.hasPassword} /> },
];

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole("admin");
  const search = await searchParams;
  const filter = PeopleFilterSchema.parse(search);
  const page = pageRequest(search.page);
  const { rows, total } = await listPeople(filter, page);
  const filtered = Boolean(filter.q || filter.role || filter.status);
  return (
    <>
      <PageHeader title="People" description="Everyone who can sign in to Quorum, and what they may do."
        actions={<Link href="/admin/people/new" className={buttonClass()}>Add a person</Link>} />
      <FilterBar action="/admin/people" label="Find people" resetHref={filtered || filter.sort !== "newest" ? "/admin/people" : undefined}>
        <FilterInput name="q" label="Name or email" defaultValue={filter.q} />
        <FilterSelect name="role" label="Role" defaultValue={filter.role} options={[{ value: "", label: "Any role" }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]} />
        <FilterSelect name="status" label="Status" defaultValue={filter.status} options={[{ value: "", label: "Any status" }, { value: "active", label: "Active" }, { value: "disabled", label: "Disabled" }]} />
        <FilterSelect name="sort" label="Order" defaultValue={filter.sort} options={[{ value: "newest", label: "Newest first" }, { value: "name", label: "By name" }]} />
      </FilterBar>
      <DataTable caption="People" columns={COLUMNS} rows={rows} rowKey={(p) => p.id}
        empty={filtered
          ? <EmptyState title="Nobody matches these filters">Try another name or role, or <Link href="/admin/people" className="text-brand-700 underline">clear the filters</Link>.</EmptyState>
          : <EmptyState title="No people yet"><Link href="/admin/people/new" className="text-brand-700 underline">Add the first person</Link>.</EmptyState>} />
      <Pagination info={pageInfo(page, total)} basePath="/admin/people" params={{ q: filter.q || undefined, role: filter.role, status: filter.status, sort: filter.sort === "newest" ? undefined : filter.sort }} noun="people" />
    </>
  );
}
