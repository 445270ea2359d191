import { loadPositionPeriods } from "@/lib/retention/loaders";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { PositionRetentionForm } from "../_components/retention-form";

export const metadata = { title: "Retention per position" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const STATUS = { open: "Open", on_hold: "On hold", closed: "Closed" } as const;

export default async function PositionPeriodsPage({ searchParams }: Props) {
  const { globalDays, positions, info } = await loadPositionPeriods(await searchParams);
  return (
    <>
      <PageHeader title="Retention periods per position"
        description={`A position's own period, in days, overrides the global one (${globalDays === null ? "none is set" : `${globalDays} days`}). Leave a field empty for the global period.`} />
      <DataTable
        caption="Retention period of each position"
        rows={positions}
        rowKey={(p) => p.id}
        columns={[
          { header: "Position", rowHeader: true, cell: (p) => <>{p.title}<span className="block text-xs font-normal text-slate-500">{STATUS[p.status]}</span></> },
          { header: "Own period (days)", cell: (p) => <PositionRetentionForm positionId={p.id} title={p.title} days={p.retentionDays} /> },
        ]}
        empty={<EmptyState title="No position yet">Positions you create get the global period until you set one here.</EmptyState>}
      />
      <Pagination info={info} basePath="/admin/retention/positions" params={{}} noun="positions" />
    </>
  );
}
