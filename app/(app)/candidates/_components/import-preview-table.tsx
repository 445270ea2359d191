import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PreviewRow } from "@/lib/candidate/csv-preview";

const COLUMNS: Column<PreviewRow>[] = [
  { header: "Row", cell: (r) => r.row, className: "tabular-nums" },
  { header: "Name", rowHeader: true, cell: (r) => r.name || <em className="text-slate-500">none</em> },
  { header: "Email", cell: (r) => r.email || "—", className: "break-all" },
  {
    header: "Problems and warnings",
    cell: (r) => (
      <ul className="space-y-0.5">
        {r.problems.map((p) => <li key={p} className="text-red-800">{p}{r.duplicateOf && p.includes(r.duplicateOf.name) ? <> (<Link href={`/candidates/${r.duplicateOf.id}`} target="_blank" rel="noopener" className="underline">open</Link>)</> : null}</li>)}
        {r.warnings.map((w) => <li key={w} className="text-amber-800">{w}</li>)}
        {r.problems.length + r.warnings.length === 0 ? <li className="text-slate-500">None</li> : null}
      </ul>
    ),
  },
  { header: "Result", cell: (r) => (r.problems.length ? <StatusBadge tone="danger">Skipped</StatusBadge> : <StatusBadge tone={r.warnings.length ? "warning" : "success"}>Imported</StatusBadge>), className: "whitespace-nowrap" },
];

/** Every row of the file with what the import will do with it. */
export function ImportPreviewTable({ rows, caption }: { rows: PreviewRow[]; caption: string }) {
  return <DataTable caption={caption} columns={COLUMNS} rows={rows} rowKey={(r) => String(r.row)} empty={<p className="text-sm">No rows.</p>} />;
}
