"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { progressText, submitProblems } from "@/lib/scorecard/completeness";
import type { SubmitProblem } from "@/lib/scorecard/schema";
import { ratingField, SUMMARY_FIELD } from "@/lib/scorecard/save-queue";
import { clearLocalQueues } from "@/lib/scorecard/tab-queues";
import type { ScoringSheet } from "@/lib/scorecard/view";
import { CriterionCard } from "./criterion-card";
import type { ClockHandle } from "./interview-clock";
import { ScoringBar } from "./scoring-bar";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SubmitPanel } from "./submit-panel";
import { SummarySection } from "./summary-section";
import { EMPTY_RATING, useAutosave, type InitialScorecard } from "./use-autosave";
import { useCompactLevels } from "./use-compact-levels";
import { useScoringKeys } from "./use-scoring-keys";

/** Into a note with the caret after its text: "e" is for adding to what is there. */
const focusNote = (criterionId: string | undefined) => {
  const note = document.getElementById(`crit-${criterionId}-note`);
  if (!(note instanceof HTMLTextAreaElement)) return;
  note.focus();
  note.setSelectionRange(note.value.length, note.value.length);
  note.scrollTop = note.scrollHeight;
};

/** "1 Below bar to 4 Staff+". */
const scaleRange = (scale: ScoringSheet["scale"]) => scale.length === 0 ? "" : `${scale[0]!.level} ${scale[0]!.label} to ${scale.at(-1)!.level} ${scale.at(-1)!.label}`;

const cardOf = (index: number) => document.querySelector<HTMLElement>(`[data-criterion-index="${index}"]`);

/** To a criterion (j, k, a problem link): its top in view below the bar, the focus on its tabbable level. */
const focusGroup = (index: number) => {
  const card = cardOf(index);
  card?.scrollIntoView({ block: "start" });
  card?.querySelector<HTMLElement>('[role=radio][tabindex="0"]')?.focus({ preventScroll: true });
};

/**
 * Onto the level just chosen (a digit, an arrow), so a screen reader announces it and the ring is on it. Found by
 * its key, not its tabindex: React has not re-rendered the roving tabindex yet. The browser scrolls only if needed.
 */
const focusOption = (index: number, level: number | null) => cardOf(index)?.querySelector<HTMLElement>(`[data-option="${level ?? "none"}"]`)?.focus();

/** The live scorecard: criteria, overall recommendation, autosave, keyboard shortcuts and submit. */
export function ScorecardForm({ scorecardId, sheet, initial }: { scorecardId: string; sheet: ScoringSheet; initial: InitialScorecard }) {
  const router = useRouter();
  const { ratings, ratingsRef, summary, status, notices, changeRating, changeSummary, flush } = useAutosave(scorecardId, initial);
  const [active, setActive] = useState(0);
  const [compact, toggleCompact] = useCompactLevels();
  // The problems of the last submit, each shown while it still holds: fixing a field clears its message.
  const [problems, setProblems] = useState<SubmitProblem[]>([]);
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const helpRef = useRef<HTMLDialogElement>(null);
  const clockRef = useRef<ClockHandle>(null);
  const problemsRef = useRef<HTMLHeadingElement>(null);
  const ids = useMemo(() => sheet.criteria.map((c) => c.id), [sheet]);

  const rate = useCallback((criterionId: string, level: number | null) => changeRating(criterionId, level === null ? { level: null, noEvidence: true } : { level, noEvidence: false }), [changeRating]);
  const note = useCallback((criterionId: string, text: string) => changeRating(criterionId, { note: text }), [changeRating]);
  // Back to "not rated" (neither a level nor No evidence): the note stays, and the focus goes back to the levels.
  const clear = useCallback((criterionId: string) => {
    changeRating(criterionId, { level: null, noEvidence: false });
    const index = ids.indexOf(criterionId);
    cardOf(index)?.querySelector<HTMLElement>("[role=radio]")?.focus();
  }, [changeRating, ids]);

  useScoringKeys({
    count: ids.length,
    rate: (i, level) => {
      const id = ids[i];
      if (!id) return;
      rate(id, level);
      focusOption(i, level);
    },
    clear: (i) => {
      const id = ids[i];
      if (id) clear(id);
    },
    focusCriterion: focusGroup,
    editNote: (i) => focusNote(ids[i]),
    toggleClock: () => clockRef.current?.toggle(),
    toggleCompact,
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

  const check = useCallback((values: typeof ratings, recommendation: string | null) => submitProblems({
    criteria: sheet.criteria,
    levelLabel: (l) => sheet.scale.find((s) => s.level === l)?.label ?? `Level ${l}`,
    ratings: new Map(Object.entries(values)),
    recommendation,
  }), [sheet]);
  // The server runs the same check (lib/scorecard/completeness.ts), so re-running it here tells which still hold.
  const open = useMemo(() => {
    if (problems.length === 0) return problems;
    const key = (p: SubmitProblem) => `${p.field}:${p.criterionId ?? ""}`;
    const shown = new Set(problems.map(key));
    return check(ratings, summary.recommendation).filter((p) => shown.has(key(p)));
  }, [problems, check, ratings, summary.recommendation]);

  async function submit() {
    setSubmitError(undefined);
    const local = check(ratingsRef.current, summary.recommendation);
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

  const problemOf = (id: string) => open.find((p) => p.criterionId === id);
  const progress = useMemo(() => progressText(check(ratings, summary.recommendation), ids.length), [check, ratings, summary.recommendation, ids.length]);

  return (
    <>
      <ScoringBar scorecardId={scorecardId} plannedMinutes={sheet.stage.minutes} clockRef={clockRef} progress={progress}
        current={sheet.criteria[active]?.name ?? ""} status={status} compact={compact} onToggleCompact={toggleCompact} onHelp={() => helpRef.current?.showModal()} />
      {/* The scale in plain words, once: otherwise it is read only inside the option cards. */}
      <p className="mb-3 text-sm text-slate-600">
        Levels: {scaleRange(sheet.scale)} (the top level is beyond senior). {sheet.noEvidenceLabel}: the topic did not come up; unlike 1, it is left out of the scores.
      </p>
      <div className="space-y-4">
        {sheet.criteria.map((c, i) => (
          <CriterionCard key={c.id} index={i} total={ids.length} criterion={c} noEvidenceLabel={sheet.noEvidenceLabel}
            value={ratings[c.id] ?? EMPTY_RATING} active={active === i} compact={compact} notice={notices[ratingField(c.id)]} problem={problemOf(c.id)} onRate={rate} onClear={clear} onNote={note} />
        ))}
        <SummarySection value={summary} notice={notices[SUMMARY_FIELD]} problem={open.find((p) => p.field === "recommendation")?.message} onChange={changeSummary} />
      </div>
      <SubmitPanel ref={problemsRef} problems={open} error={submitError} busy={busy} onSubmit={submit} onGoTo={goTo} />
      <ShortcutsDialog ref={helpRef} />
    </>
  );
}
