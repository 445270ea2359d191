"use client";

import { RECOMMENDATIONS, RECOMMENDATION_LABELS } from "@/lib/scorecard/recommendations";
import type { SummaryValue } from "@/lib/scorecard/schema";

/** The overall recommendation (native radios: arrows pick, as everywhere) and the summary note. */
export function SummarySection({ value, notice, problem, onChange }: { value: SummaryValue; notice?: string; problem?: string; onChange: (patch: Partial<SummaryValue>) => void }) {
  return (
    <section aria-labelledby="summary-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="summary-title" className="text-lg font-semibold">Overall</h2>
      <fieldset id="recommendation" className="mt-3" aria-describedby={problem ? "recommendation-problem" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Overall recommendation</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {RECOMMENDATIONS.map((r) => (
            <label key={r} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50">
              <input type="radio" name="recommendation" value={r} checked={value.recommendation === r} onChange={() => onChange({ recommendation: r })} className="accent-brand-600" />
              {RECOMMENDATION_LABELS[r]}
            </label>
          ))}
        </div>
        {problem ? <p id="recommendation-problem" className="mt-1 text-sm text-red-700">{problem}</p> : null}
      </fieldset>
      <label htmlFor="summary-note" className="mt-4 block text-sm font-medium text-slate-800">Summary note</label>
      <textarea id="summary-note" rows={4} value={value.summary} onChange={(e) => onChange({ summary: e.target.value })}
        placeholder="The evidence behind your recommendation, in a few sentences."
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600" />
      <div className="min-h-5 text-sm">{notice ? <p role="alert" className="mt-1 text-amber-800">{notice}</p> : null}</div>
    </section>
  );
}
