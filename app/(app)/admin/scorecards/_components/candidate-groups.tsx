import Link from "next/link";
import type { SubmittedRow } from "@/lib/scorecard/admin-data";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";
import { ReopenForm } from "./reopen-form";

type Group = { key: string; candidate: string; position: string; href: string; rows: SubmittedRow[] };

/** Consecutive rows of one candidate for one position, as the list is ordered (by candidate, or newest first). */
function groupRows(rows: SubmittedRow[]): Group[] {
  const groups: Group[] = [];
  for (const r of rows) {
    const key = `${r.candidateId}:${r.positionId}`;
    const last = groups.at(-1);
    if (last?.key === key) last.rows.push(r);
    else groups.push({ key, candidate: r.candidate, position: r.position, href: `/reports/${r.positionId}/candidates/${r.candidateId}`, rows: [r] });
  }
  return groups;
}

/**
 * The submitted scorecards under their candidate, each with a link to read it in the candidate's report (an admin
 * may open every report) before reopening it.
 */
export function CandidateGroups({ rows }: { rows: SubmittedRow[] }) {
  return (
    <div className="space-y-4">
      {groupRows(rows).map((g) => (
        <section key={g.key} aria-labelledby={`g-${g.key}`} className="rounded-lg border border-slate-200 bg-white">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 bg-slate-50 px-4 py-2.5">
            <h2 id={`g-${g.key}`} className="font-semibold text-slate-900">{g.candidate} <span className="font-normal text-slate-700">· {g.position}</span></h2>
            <Link href={g.href} className="text-sm font-medium text-brand-700 underline">All scorecards in the report<span className="sr-only"> for {g.candidate}</span></Link>
          </div>
          <ul className="divide-y divide-slate-200">
            {g.rows.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start gap-x-6 gap-y-2 px-4 py-3">
                <div className="min-w-0">
                  <p className="font-medium">{c.stage}</p>
                  <p className="text-sm text-slate-700">
                    {c.interviewer} · submitted {c.submittedAt ? <ViewerTime at={c.submittedAt} /> : "—"} ·{" "}
                    <Link href={`${g.href}#stage-${c.interviewId}`} className="text-brand-700 underline">Read it<span className="sr-only"> ({c.interviewer}&apos;s scorecard for {c.candidate}, {c.stage})</span></Link>
                  </p>
                </div>
                <ReopenForm scorecardId={c.id} label={`${c.interviewer}'s scorecard for ${c.candidate}, ${c.stage}`} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
