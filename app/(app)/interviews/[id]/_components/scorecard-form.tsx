"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { submitProblems } from "@/lib/scorecard/completeness";
import type { SubmitProblem } from "@/lib/scorecard/schema";
import { ratingField, SUMMARY_FIELD } from "@/lib/scorecard/save-queue";
import { clearLocalQueues } from "@/lib/scorecard/tab-queues";
import type { ScoringSheet } from "@/lib/scorecard/view";
import { Button } from "@/components/ui/button";
import { CriterionCard } from "./criterion-card";
import { InterviewClock, type ClockHandle } from "./interview-clock";
import { SaveStatus } from "./save-status";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SubmitPanel } from "./submit-panel";
import { SummarySection } from "./summary-section";
import { EMPTY_RATING, useAutosave, type InitialScorecard } from "./use-autosave";
import { useScoringKeys } from "./use-scoring-keys";

/** Into a note with the caret after its text: "e" is for adding to what is there. */
const focusNote = (criterionId: string | undefined) => {
  const note = document.getElementById(`crit-${criterionId}-note`);
  if (!(note instanceof HTMLTextAreaElement)) return;
  note.focus();
  note.setSelectionRange(note.value.length, note.value.length);
  note.scrollTop = note.scrollHeight;
};

const focusGroup = (index: number) => {
  const card = document.querySelector<HTMLElement>(`[data-criterion-index="${index}"]`);
  card?.scrollIntoView({ block: "nearest" });
  card?.querySelector<HTMLElement>('[role=radio][tabindex="0"]')?.focus({ preventScroll: true });
};

/** The live scorecard: criteria, overall recommendation, autosave, keyboard shortcuts and submit. */
export function ScorecardForm({ scorecardId, sheet, initial }: { scorecardId: string; sheet: ScoringSheet; initial: InitialScorecard }) {
  const router = useRouter();
  const { ratings, ratingsRef, summary, status, notices, changeRating, changeSummary, flush } = useAutosave(scorecardId, initial);
  const [active, setActive] = useState(0);
  const [problems, setProblems] = useState<SubmitProblem[]>([]);
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const helpRef = useRef<HTMLDialogElement>(null);
  const clockRef = useRef<ClockHandle>(null);
  const problemsRef = useRef<HTMLHeadingElement>(null);
  const ids = sheet.criteria.map((c) => c.id);

  const rate = useCallback((criterionId: string, level: number | null) => changeRating(criterionId, level === null ? { level: null, noEvidence: true } : { level, noEvidence: false }), [changeRating]);
  const note = useCallback((criterionId: string, text: string) => changeRating(criterionId, { note: text }), [changeRating]);

  useScoringKeys({
    count: ids.length,
    rate: (i, level) => {
      const id = ids[i];
      if (!id) return;
      rate(id, level);
      focusGroup(i);
    },
    focusCriterion: focusGroup,
    editNote: (i) => focusNote(ids[i]),
    toggleClock: () => clockRef.current?.toggle(),
    openHelp: () => helpRef.current?.showModal(),
  });

  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const card = (e.target as HTMLElement | null)?.closest?.<HTMLElement>("[data-criterion-index]");
      if (card) setActive(Number(card.dataset.criterionIndex));
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, []);

  const showProblems = (list: SubmitProblem[]) => {
    setProblems(list);
    requestAnimationFrame(() => problemsRef.current?.focus());
  };

  async function submit() {
    setSubmitError(undefined);
    const local = submitProblems({
      criteria: sheet.criteria,
      levelLabel: (l) => sheet.scale.find((s) => s.level === l)?.label ?? `Level ${l}`,
      ratings: new Map(Object.entries(ratingsRef.current)),
      recommendation: summary.recommendation,
    });
    if (local.length > 0) return showProblems(local);
    setProblems([]);
    setBusy(true);
    try {
      if (!(await flush())) {
        setSubmitError("Some changes are not on the server yet. Submit again once the status says Saved.");
        return;
      }
      const res = await fetch(`/api/scorecards/${scorecardId}/submit`, { method: "POST" });
      const body = (await res.json().catch(() => ({}))) as { error?: string; problems?: SubmitProblem[] };
      if (res.ok) {
        clearLocalQueues(scorecardId);
        router.refresh();
      } else if (body.problems) showProblems(body.problems);
      else setSubmitError(body.error ?? `The server refused the submit (${res.status}).`);
    } catch {
      setSubmitError("The server cannot be reached. Your changes are kept on this device; submit again when back online.");
    } finally {
      setBusy(false);
    }
  }

  const goTo = (p: SubmitProblem) => {
    const index = p.criterionId ? ids.indexOf(p.criterionId) : -1;
    if (index < 0) return document.querySelector<HTMLInputElement>("#recommendation input")?.focus();
    if (p.field === "note") focusNote(p.criterionId);
    else focusGroup(index);
  };

  const problemOf = (id: string) => problems.find((p) => p.criterionId === id)?.message;
  const rated = ids.filter((id) => ratings[id]?.noEvidence || ratings[id]?.level != null).length;

  return (
    <>
      <div className="sticky top-0 z-10 -mx-6 mb-4 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-slate-50/95 px-6 py-3 backdrop-blur">
        <InterviewClock ref={clockRef} scorecardId={scorecardId} plannedMinutes={sheet.stage.minutes} />
        <p className="text-sm tabular-nums text-slate-600">{rated} of {ids.length} rated</p>
        <div className="ml-auto flex min-w-0 items-center gap-4">
          <SaveStatus state={status} />
          <Button type="button" variant="ghost" className="px-2.5 py-1" onClick={() => helpRef.current?.showModal()} aria-keyshortcuts="?">
            Shortcuts <kbd className="font-mono text-xs text-slate-500">?</kbd>
          </Button>
        </div>
      </div>
      <div className="space-y-4">
        {sheet.criteria.map((c, i) => (
          <CriterionCard key={c.id} index={i} total={ids.length} criterion={c} noEvidenceLabel={sheet.noEvidenceLabel}
            value={ratings[c.id] ?? EMPTY_RATING} active={active === i} notice={notices[ratingField(c.id)]} problem={problemOf(c.id)} onRate={rate} onNote={note} />
        ))}
        <SummarySection value={summary} notice={notices[SUMMARY_FIELD]} problem={problems.find((p) => p.field === "recommendation")?.message} onChange={changeSummary} />
      </div>
      <SubmitPanel ref={problemsRef} problems={problems} error={submitError} busy={busy} onSubmit={submit} onGoTo={goTo} />
      <ShortcutsDialog ref={helpRef} />
    </>
  );
}
