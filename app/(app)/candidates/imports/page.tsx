import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { listImports, type ImportListRow } from "@/lib/candidate/import-data";
import { pageInfo, pageRequest } from "@/lib/http/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";

import { UndoImportButton } from "../_components/undo-import-button";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Imports" };

const COLUMNS: Column<ImportListRow>[] = [
  { header: "File", rowHeader: true, cell: (r) => r.fileName, className: "break-all" },
  { header: "Imported", cell: (r) => <ViewerTime at={r.createdAt} />, className: "whitespace-nowrap" },
  { header: "By", cell: (r) => r.by },
  { header: "Candidates", cell: (r) => r.imported, className: "tabular-nums" },
  {
    header: "Undo",
    cell: (r) => r.undoneAt ? <StatusBadge>Undone <ViewerTime at={r.undoneAt} /></StatusBadge> : (
      <div className="space-y-1">
        <UndoImportButton importId={r.id} fileName={r.fileName} remaining={r.remaining} />
        {r.interviewed ? <p className="text-xs text-slate-600">{r.interviewed} of its candidates {r.interviewed === 1 ? "has" : "have"} an interview: it can no longer be undone.</p> : null}
      </div>
    ),
  },
];

export default async function ImportsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("admin", "hiring_manager");
  const request = pageRequest((await searchParams).page);
  const { rows, total } = await listImports(user, request);
  return (
    <>
      <PageHeader title="Imports" description={hasRole(user, "admin") ? "Every CSV import, newest first." : "Your CSV imports, newest first."} />
      <DataTable caption="CSV imports" columns={COLUMNS} rows={rows} rowKey={(r) => r.id}
        empty={<EmptyState title="No imports yet"><Link href="/candidates/import" className="text-brand-700 underline">Import a CSV</Link></EmptyState>} />
      <Pagination info={pageInfo(request, total)} basePath="/candidates/imports" params={{}} noun="imports" />
    </>
  );
}
