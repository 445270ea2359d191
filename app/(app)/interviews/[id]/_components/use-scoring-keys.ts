"use client";

import { useEffect, useRef } from "react";

export type ScoringKeyActions = {
  count: number;
  rate: (index: number, level: number | null) => void;
  /** Back to not rated. */
  clear: (index: number) => void;
  focusCriterion: (index: number) => void;
  editNote: (index: number) => void;
  toggleClock: () => void;
  toggleCompact: () => void;
  openHelp: () => void;
};

const NEXT: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

const TYPING = "textarea, select, input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]), [contenteditable=''], [contenteditable=true]";

/**
 * The scoring shortcuts, on the document. They act only when the focus is in a criterion, in the scoring bar (its
 * buttons take Enter and Space only), or nowhere in particular (the page body), so other native controls keep their
 * own keys (the recommendation's radios, links), and never
 * while the interviewer types: in a textbox only Esc counts, and it returns to the criterion.
 */
export function useScoringKeys(actions: ScoringKeyActions) {
  const ref = useRef(actions);
  const active = useRef(0);
  useEffect(() => {
    ref.current = actions;
  });

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const a = ref.current;
      const target = e.target instanceof HTMLElement ? e.target : document.body;
      const card = target.closest<HTMLElement>("[data-criterion-index]");
      if (card) active.current = Number(card.dataset.criterionIndex);
      if (target.closest(TYPING)) {
        if (e.key === "Escape" && card) {
          e.preventDefault();
          a.focusCriterion(active.current);
        }
        return;
      }
      if (target.closest("dialog")) return;
      if (e.key === "?") {
        e.preventDefault();
        return a.openHelp();
      }
      const free = target === document.body || target === document.documentElement || target.closest("[data-scoring-bar]") !== null;
      if (!card && !free) return;
      const i = active.current;
      const go = (to: number) => {
        e.preventDefault();
        active.current = Math.max(0, Math.min(a.count - 1, to));
        a.focusCriterion(active.current);
      };
      if (/^[1-4]$/.test(e.key)) {
        e.preventDefault();
        a.rate(i, Number(e.key));
      } else if (e.key === "0") {
        e.preventDefault();
        a.rate(i, null);
      } else if (e.key === "j") go(free ? i : i + 1);
      else if (e.key === "k") go(free ? i : i - 1);
      else if (Object.hasOwn(NEXT, e.key)) {
        // The ARIA radio pattern: inside a criterion's levels every arrow moves to the next or previous level AND
        // chooses it (wrapping round); the rating action then puts the focus on it.
        const radios = card ? [...card.querySelectorAll<HTMLElement>("[role=radio]")] : [];
        const at = radios.indexOf(target);
        if (at < 0) return;
        e.preventDefault();
        const to = radios[(at + NEXT[e.key]! + radios.length) % radios.length]!.dataset.option;
        a.rate(i, to === "none" ? null : Number(to));
      } else if (e.key === "Backspace" || e.key === "Delete") {
        e.preventDefault();
        a.clear(i);
      } else if (e.key === "e") {
        e.preventDefault();
        a.editNote(i);
      } else if (e.key === "t") {
        e.preventDefault();
        a.toggleClock();
      } else if (e.key === "c") {
        e.preventDefault();
        a.toggleCompact();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    // Marks the page as answering its shortcuts (the HTML arrives before the script): tests wait for it.
    document.documentElement.dataset.scoringKeys = "on";
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      delete document.documentElement.dataset.scoringKeys;
    };
  }, []);
}

export const SHORTCUTS: [string, string][] = [
  ["1 – 4", "Rate the current criterion (1 Below bar … 4 Staff+)"],
  ["0", "No evidence (the topic did not come up: not a low score)"],
  ["⌫ or Del", "Clear the rating (back to not rated)"],
  ["j", "Next criterion"],
  ["k", "Previous criterion"],
  ["← → ↑ ↓", "On a criterion's levels: choose the next or previous level"],
  ["c", "Compact levels (one line each) on or off"],
  ["e", "Edit the evidence note"],
  ["Esc", "Leave the note, back to the criterion"],
  ["t", "Start or pause the clock (it runs in this browser only and is not saved)"],
  ["?", "Show these shortcuts"],
];
