import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listReportablePositions } from "@/lib/position/data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataTable, type Column } from "@/components/ui/data-table";

export const metadata = { title: "Reports" };

type Row = Awaited<ReturnType<typeof listReportablePositions>>[number];

const NUMBER = "text-right tabular-nums";

const COLUMNS: Column<Row>[] = [
  { header: "Position", rowHeader: true, cell: (p) => <Link href={`/reports/${p.id}`} className="text-brand-700 underline">{p.title}</Link> },
  { header: "Status", cell: (p) => <StatusBadge tone={p.status === "open" ? "success" : "neutral"}>{p.status === "open" ? "Open" : "Closed"}</StatusBadge> },
  { header: "Candidates", className: NUMBER, cell: (p) => p.candidates },
  { header: "Interviews", className: NUMBER, cell: (p) => p.interviews },
  { header: "Submitted scorecards", className: NUMBER, cell: (p) => p.submitted },
];

export default async function ReportsHome() {
  const user = await requireRole("hiring_manager", "admin");
  const positions = await listReportablePositions(user);
  return (
    <>
      <PageHeader title="Reports" description="Compare the candidates of each opening once the panel has scored." />
      <DataTable caption="Positions to report on" columns={COLUMNS} rows={positions} rowKey={(p) => p.id}
        empty={<EmptyState title="No positions to report on">You see the positions you are a hiring manager for.</EmptyState>} />
    </>
  );
}
