import type { ReactNode } from "react";
import { ScrollRegion, STICKY_FIRST as STICKY } from "./scroll-region";

export type Column<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The row's heading cell (a <th scope="row">): usually the name. */
  rowHeader?: boolean;
  className?: string;
};

/**
 * The one table of the admin pages: a caption for screen readers, a header row, one row per item, and the empty
 * state when there are none. Scrolls sideways inside itself on a narrow screen (focusable, so a keyboard can too),
 * its first column staying put so each row keeps its name.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, empty, framed = true }: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
  /** false inside a card that already draws the frame. */
  framed?: boolean;
}) {
  if (rows.length === 0) return <>{empty}</>;
  return (
    <ScrollRegion label={caption} className={framed ? "rounded-lg border border-slate-200 bg-white" : "bg-white"}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>{columns.map((c, i) => <th key={i} scope="col" className={`px-4 py-2.5 ${i === 0 ? `${STICKY} bg-slate-50` : ""} ${c.className ?? ""}`}>{c.header}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="align-top">
              {columns.map((c, i) => c.rowHeader
                ? <th key={i} scope="row" className={`px-4 py-2.5 text-left font-medium text-slate-900 ${i === 0 ? `${STICKY} bg-white` : ""} ${c.className ?? ""}`}>{c.cell(row)}</th>
                : <td key={i} className={`px-4 py-2.5 text-slate-700 ${i === 0 ? `${STICKY} bg-white` : ""} ${c.className ?? ""}`}>{c.cell(row)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
