"use client";

import { forwardRef } from "react";
import type { SubmitProblem } from "@/lib/scorecard/schema";
import { Button } from "@/components/ui/button";

/** The submit button and, when a submit was refused, the list of fields to fix, each a link that focuses it. */
export const SubmitPanel = forwardRef<HTMLHeadingElement, { problems: SubmitProblem[]; error?: string; busy: boolean; onSubmit: () => void; onGoTo: (p: SubmitProblem) => void }>(
  function SubmitPanel({ problems, error, busy, onSubmit, onGoTo }, ref) {
    return (
      <div className="mt-6">
        {problems.length > 0 ? (
          <div role="alert" className="mb-4 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
            <h2 ref={ref} tabIndex={-1} className="font-semibold">Fix {problems.length === 1 ? "this" : `these ${problems.length} problems`} before submitting</h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {problems.map((p) => (
                <li key={`${p.field}-${p.criterionId ?? ""}`}>
                  <a href={p.criterionId ? `#crit-${p.criterionId}` : "#recommendation"} className="underline underline-offset-2"
                    onClick={(e) => { e.preventDefault(); onGoTo(p); }}>
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {error ? <p role="alert" className="mb-3 text-sm text-red-700">{error}</p> : null}
        <div className="flex items-center gap-3">
          <Button type="button" onClick={onSubmit} disabled={busy}>{busy ? "Submitting…" : "Submit scorecard"}</Button>
          <p className="text-sm text-slate-500">After submitting, the scorecard is read-only and you see the panel&apos;s feedback.</p>
        </div>
      </div>
    );
  },
);
