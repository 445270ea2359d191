"use client";

import { memo } from "react";
import type { RatingValue, SubmitProblem } from "@/lib/scorecard/schema";
import type { ScoringCriterion } from "@/lib/scorecard/view";
import { lookForParts } from "@/lib/scorecard/look-for";

type Props = {
  index: number;
  total: number;
  criterion: ScoringCriterion;
  noEvidenceLabel: string;
  value: RatingValue;
  active: boolean;
  /** One line per level, the whole anchor on the focused one (the interviewer's choice, kept per browser). */
  compact?: boolean;
  notice?: string;
  /** The submit problem of this criterion: on its rating group or on its note, whichever needs the fix. */
  problem?: SubmitProblem;
  onRate: (criterionId: string, level: number | null) => void;
  /** Back to not rated (neither a level nor No evidence). */
  onClear?: (criterionId: string) => void;
  onNote: (criterionId: string, note: string) => void;
};

/**
 * One criterion: what to look for, the questions, the red flags, and the anchors of every level AS the options of
 * its radio group, so the behaviour for each level is read where it is chosen. Memoised: typing in one note must
 * not re-render the other criteria.
 */
function QuestionText({ question }: { question: ScoringCriterion["questions"][number] }) {
  return (
    <div className="text-slate-700">
      <p className="mt-1">{question.text}</p>
      {question.followUps.length > 0 ? (
        <ul className="mt-0.5 list-[circle] pl-5 text-slate-600">{question.followUps.map((f) => <li key={f}>{f}</li>)}</ul>
      ) : null}
    </div>
  );
}

function Alternates({ questions }: { questions: ScoringCriterion["questions"] }) {
  return (
    <ul className="mt-1 list-disc space-y-1.5 pl-5 text-slate-700">
      {questions.map((q) => <li key={q.text}><QuestionText question={q} /></li>)}
    </ul>
  );
}

function LookFor({ text }: { text: string }) {
  const { first, rest } = lookForParts(text);
  return (
    <div className="mt-1 text-sm text-slate-700">
      <p><span className="font-medium">Look for: </span>{first}</p>
      {rest ? (
        <details className="mt-0.5">
          <summary className="cursor-pointer text-brand-700 underline-offset-2 hover:underline">More on what to look for</summary>
          <p className="mt-1 text-slate-700">{rest}</p>
        </details>
      ) : null}
    </div>
  );
}

export const CriterionCard = memo(function CriterionCard({ index, total, criterion: c, noEvidenceLabel, value, active, compact = false, notice, problem, onRate, onClear, onNote }: Props) {
  const base = `crit-${c.id}`;
  const options = [
    ...c.anchors.map((a) => ({ key: String(a.level), level: a.level as number | null, name: `${a.level} ${a.label}`, core: a.core, alsoCounts: a.alsoCounts })),
    { key: "none", level: null, name: noEvidenceLabel, core: ["The topic did not come up, or the answer showed nothing to rate."], alsoCounts: [] },
  ];
  const [primary, ...alternates] = c.questions;
  const checkedKey = value.noEvidence ? "none" : value.level !== null ? String(value.level) : null;
  const tabbable = checkedKey ?? options[0]!.key;
  const noteRequired = value.level !== null && c.noteLevels.includes(value.level);
  const problemId = `${base}-problem`;
  const groupInvalid = problem !== undefined && problem.field !== "note";
  const noteInvalid = problem?.field === "note";
  return (
    <section id={base} data-criterion-index={index} aria-labelledby={`${base}-name`}
      className={`rounded-lg border bg-white p-5 shadow-sm transition-shadow ${active ? "border-brand-600 ring-2 ring-brand-600/20" : "border-slate-200"}`}>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{c.competency} · {index + 1} of {total}</p>
      <h2 id={`${base}-name`} className="mt-1 text-lg font-semibold text-slate-900">{c.name}</h2>
      <LookFor text={c.lookFor} />
      <div className="mt-3 grid gap-4 text-sm md:grid-cols-[3fr_2fr]">
        <div>
          <h3 className="font-medium text-slate-800">Ask first</h3>
          {primary ? <QuestionText question={primary} /> : null}
          {alternates.length > 0 && compact ? (
            // Compact: the optional questions one click away, so the levels fit on the screen with the criterion.
            <details className="mt-2">
              <summary className="cursor-pointer font-medium text-slate-800">If time allows: {alternates.length} more {alternates.length === 1 ? "question" : "questions"}</summary>
              <Alternates questions={alternates} />
            </details>
          ) : alternates.length > 0 ? (
            <>
              <h3 className="mt-2 font-medium text-slate-800">If time allows</h3>
              <Alternates questions={alternates} />
            </>
          ) : null}
        </div>
        {c.redFlags.length > 0 ? (
          <div>
            <h3 className="font-medium text-red-800">Red flags</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">{c.redFlags.map((f) => <li key={f}>{f}</li>)}</ul>
          </div>
        ) : null}
      </div>
      {/* items-start: each level as tall as its own anchor, not as the longest one. */}
      <div role="radiogroup" aria-labelledby={`${base}-name`} aria-invalid={groupInvalid || undefined} aria-describedby={groupInvalid ? problemId : undefined}
        className={`mt-4 grid items-start ${compact ? "grid-cols-1 gap-1" : "gap-2 md:grid-cols-5"} ${groupInvalid ? "rounded-md outline-2 outline-offset-4 outline-red-600" : ""}`}>
        {options.map((o) => {
          const checked = checkedKey === o.key;
          return (
            <button key={o.key} type="button" role="radio" aria-checked={checked} aria-label={o.name} aria-describedby={`${base}-a${o.key}`}
              data-option={o.key} tabIndex={tabbable === o.key ? 0 : -1} onClick={() => onRate(c.id, o.level)}
              className={`group flex min-w-0 rounded-md border text-left text-xs transition-[background-color,border-color] ${compact ? "flex-row items-baseline gap-3 px-2.5 py-1.5" : "flex-col p-2.5"} ${checked ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600" : "border-slate-200 hover:bg-slate-50"}`}>
              <span className={`text-sm font-semibold ${checked ? "text-brand-700" : "text-slate-900"} ${compact ? "w-32 shrink-0" : ""}`} aria-hidden="true">{o.name}</span>
              {/* Compact: one line, the whole anchor on the focused level (an arrow away). */}
              <span id={`${base}-a${o.key}`} className={`text-slate-600 ${compact ? "line-clamp-1 min-w-0 flex-1 group-focus:line-clamp-none" : "mt-1"}`}>
                {o.core.length === 1 && o.alsoCounts.length === 0 ? o.core[0] : (
                  <>
                    {/* Compact: the first line is the first behaviour, not this heading (kept for screen readers). */}
                    <span className={`block font-medium text-slate-700 ${compact ? "sr-only group-focus:not-sr-only" : ""}`}>Must show all of:</span>
                    {o.core.map((b) => <span key={b} className="block">• {b}</span>)}
                    {o.alsoCounts.length > 0 ? (
                      <>
                        <span className="mt-1 block font-medium text-slate-600">Also counts:</span>
                        {o.alsoCounts.map((x) => <span key={x} className="block text-slate-500">◦ {x}</span>)}
                      </>
                    ) : null}
                  </>
                )}
              </span>
            </button>
          );
        })}
      </div>
      <div className="mt-4 flex flex-wrap items-baseline justify-between gap-x-4">
        <label htmlFor={`${base}-note`} className="block text-sm font-medium text-slate-800">
          Evidence note<span className="sr-only"> for {c.name}</span>
          {noteRequired ? <span className="ml-2 text-xs font-normal text-amber-700">required at this level</span> : null}
        </label>
        {/* Only when there is something to clear; the way back to "not rated" that a radio group lacks. */}
        {checkedKey !== null && onClear ? (
          <button type="button" onClick={() => onClear(c.id)} aria-label={`Clear rating of ${c.name}`} aria-keyshortcuts="Backspace Delete"
            className="py-0.5 text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800">
            Clear rating
          </button>
        ) : null}
      </div>
      <textarea id={`${base}-note`} rows={3} value={value.note} onChange={(e) => onNote(c.id, e.target.value)}
        aria-invalid={noteInvalid || undefined} aria-describedby={noteInvalid ? problemId : undefined}
        placeholder="What did the candidate say or do?"
        className={`mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm focus:border-brand-600 ${noteInvalid ? "border-red-600" : "border-slate-300"}`} />
      <div className="min-h-5 text-sm">
        {notice ? <p role="alert" className="mt-1 text-amber-800">{notice}</p> : null}
        {problem ? <p id={problemId} className="mt-1 text-red-700">{problem.message}</p> : null}
      </div>
    </section>
  );
});
