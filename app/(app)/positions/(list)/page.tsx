import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listPositions } from "@/lib/position/data";
import { POSITION_STATUSES, POSITION_STATUS_LABELS, PositionListFilterSchema } from "@/lib/position/schema";
import { pageInfo, pageRequest } from "@/lib/http/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { ViewerTime, ViewerZoneCaption } from "@/app/(app)/_components/viewer-time";
import { buttonClass } from "@/components/ui/button";
import { PositionStatusBadge } from "../_components/position-status-badge";

export const metadata = { title: "Positions" };

type Row = Awaited<ReturnType<typeof listPositions>>["rows"][number];

const matrixLabel = (m: Row["matrix"]) =>
  !m ? "None" : m.version !== null ? `${m.title}, v${m.version}` : `${m.title}, latest${m.latest !== null ? ` (v${m.latest})` : ""}`;

export default async function PositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole("admin", "hiring_manager");
  const params = await searchParams;
  const { status } = PositionListFilterSchema.parse({ status: params.status });
  const page = pageRequest(params.page);
  const { total, rows } = await listPositions(user, { status }, page);
  const newLink = <Link href="/positions/new" className={buttonClass()}>New position</Link>;
  return (
    <>
      <PageHeader title="Positions" description="The openings you manage: their hiring team, interview plan, applicants and interviews." actions={newLink} />
      <FilterBar action="/positions" label="Filter positions" resetHref={status ? "/positions" : undefined}>
        <FilterSelect name="status" label="Status" defaultValue={status} options={[{ value: "", label: "Any status" }, ...POSITION_STATUSES.map((s) => ({ value: s, label: POSITION_STATUS_LABELS[s] }))]} />
      </FilterBar>
      <DataTable<Row>
        caption="Positions"
        rows={rows}
        rowKey={(p) => p.id}
        empty={
          <EmptyState title={status ? `No ${POSITION_STATUS_LABELS[status].toLowerCase()} positions` : "No positions yet"}>
            {status ? "Try another status." : <>Create one to build its hiring team and schedule interviews. <Link href="/positions/new" className="font-medium text-brand-700 underline">New position</Link></>}
          </EmptyState>
        }
        columns={[
          { header: "Position", rowHeader: true, cell: (p) => <Link href={`/positions/${p.id}`} className="text-brand-700 underline">{p.title}</Link> },
          { header: "Team", cell: (p) => p.team || "—" },
          { header: "Location", cell: (p) => p.location || "—" },
          { header: "Status", cell: (p) => <PositionStatusBadge status={p.status} /> },
          { header: "Matrix", cell: (p) => matrixLabel(p.matrix) },
          { header: "Applicants", className: "text-right tabular-nums", cell: (p) => p.applicants },
          { header: "Next interview", cell: (p) => (p.nextInterview ? <ViewerTime at={p.nextInterview.scheduledAt} /> : "—") },
        ]}
      />
      {rows.length > 0 ? <p className="mt-2 text-xs text-slate-500"><ViewerZoneCaption /></p> : null}
      <Pagination info={pageInfo(page, total)} basePath="/positions" params={{ status }} noun="positions" />
    </>
  );
}
