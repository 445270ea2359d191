"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import type { ViewerZone } from "@/lib/people/viewer-zone";
import { anonymiseCandidatesAction } from "@/lib/retention/actions";

/** lastActivity: an ISO moment, shown as the viewer's calendar day. */
export type DueRow = { id: string; name: string; positions: string; lastActivity: string; days: number };

const WHAT_GOES = "Their name, email, phone, source, links and notes are replaced, and their name is removed from the evidence notes of their scorecards. Every rating stays, so reports keep their figures. This cannot be undone.";

/** The candidates due, each with its own Anonymise button, and a selection to anonymise several at once. */
export function DueList({ rows, viewer }: { rows: DueRow[]; viewer: ViewerZone }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string>();
  const toggle = (id: string) => setSelected((s) => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; });
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const anonymise = async (ids: string[]) => {
    const result = await anonymiseCandidatesAction({ candidateIds: ids });
    if (!result.ok) return result.message;
    setSelected(new Set());
    setMessage(result.message);
  };
  const chosen = rows.filter((r) => selected.has(r.id));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmDialog trigger={`Anonymise selected (${chosen.length})`} title={`Anonymise ${chosen.length} candidate${chosen.length === 1 ? "" : "s"}?`}
          confirmLabel="Anonymise" variant="danger" onConfirm={() => (chosen.length ? anonymise(chosen.map((r) => r.id)) : Promise.resolve("Select at least one candidate first."))}>
          <p>{chosen.map((r) => r.name).join(", ") || "No candidate is selected."}</p>
          <p className="mt-2">{WHAT_GOES}</p>
        </ConfirmDialog>
        <p role="status" className="text-sm text-emerald-700">{message}</p>
      </div>
      <DataTable<DueRow>
        caption="Candidates due for anonymisation"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          {
            header: <label className="flex items-center gap-2"><input type="checkbox" className="size-5 accent-brand-600" checked={allSelected}
              onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))} /><span className="sr-only">Select every candidate on this page</span></label>,
            cell: (r) => <input type="checkbox" className="size-5 accent-brand-600" checked={selected.has(r.id)} onChange={() => toggle(r.id)} aria-label={`Select ${r.name}`} />,
          },
          { header: "Candidate", rowHeader: true, cell: (r) => r.name },
          { header: "Positions", cell: (r) => r.positions || "—" },
          { header: "Last activity", className: "whitespace-nowrap", cell: (r) => <LocalTime iso={r.lastActivity} dateOnly viewer={viewer} /> },
          { header: "Period", className: "whitespace-nowrap", cell: (r) => `${r.days} days` },
          {
            header: <span className="sr-only">Action</span>,
            cell: (r) => (
              <ConfirmDialog trigger={<>Anonymise<span className="sr-only"> {r.name}</span></>} title={`Anonymise ${r.name}?`} confirmLabel="Anonymise" variant="danger" onConfirm={() => anonymise([r.id])}>
                <p>{WHAT_GOES}</p>
              </ConfirmDialog>
            ),
          },
        ]}
        empty={null}
      />
    </div>
  );
}
