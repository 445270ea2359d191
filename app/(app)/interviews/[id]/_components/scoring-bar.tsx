"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { SaveState } from "@/lib/scorecard/save-queue";
import { Button } from "@/components/ui/button";
import { InterviewClock, type ClockHandle } from "./interview-clock";
import { SaveStatus } from "./save-status";

type Props = {
  scorecardId: string;
  plannedMinutes: number;
  clockRef: RefObject<ClockHandle | null>;
  /** "6 of 6 rated · 1 note needed" (lib/scorecard/completeness.ts progressText). */
  progress: string;
  /** The criterion the interviewer is on (the last one focused). */
  current: string;
  status: SaveState | null;
  compact: boolean;
  onToggleCompact: () => void;
  onHelp: () => void;
};

/**
 * The bar that stays on top while scoring: clock, progress, the current criterion, the save status. Opaque, and
 * the page's scroll-padding-top follows its height (it wraps on a phone), so an element that takes focus is
 * scrolled clear of it, never under it (WCAG 2.4.12).
 */
export function ScoringBar({ scorecardId, plannedMinutes, clockRef, progress, current, status, compact, onToggleCompact, onHelp }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const fit = () => root.style.setProperty("scroll-padding-top", `${bar.offsetHeight + 8}px`);
    const observer = new ResizeObserver(fit);
    observer.observe(bar);
    fit();
    return () => {
      observer.disconnect();
      root.style.removeProperty("scroll-padding-top");
    };
  }, []);

  return (
    <div ref={ref} data-scoring-bar className="sticky top-0 z-10 -mx-4 mb-4 flex flex-wrap items-center gap-x-6 gap-y-1 border-b border-slate-200 bg-slate-50 px-4 py-2.5 sm:-mx-6 sm:px-6">
      <InterviewClock ref={clockRef} scorecardId={scorecardId} plannedMinutes={plannedMinutes} />
      {/* On a phone: clock and status on the first line, where-you-are and the buttons on the second. */}
      <div className="order-1 ml-auto md:order-2"><SaveStatus state={status} /></div>
      <div className="order-2 flex min-w-0 basis-full items-center gap-3 md:order-1 md:basis-0 md:flex-1">
        <p className="min-w-0 flex-1 truncate text-sm text-slate-700">
          <span className="tabular-nums">{progress}</span>
          <span className="text-slate-600"> · Now: </span><span className="font-medium text-slate-900">{current}</span>
        </p>
        <Button type="button" variant="ghost" className="px-2.5 py-1 aria-pressed:bg-brand-50 aria-pressed:text-brand-700" aria-pressed={compact} aria-keyshortcuts="c" onClick={onToggleCompact}>
          Compact levels
        </Button>
        {/* Keyboard shortcuts mean nothing on a touch-only device: offered where a fine pointer (and so, most likely, a keyboard) is. */}
        <span className="hidden [@media(any-pointer:fine)]:contents">
          <Button type="button" variant="ghost" className="px-2.5 py-1" onClick={onHelp} aria-keyshortcuts="?">
            Shortcuts <kbd className="font-mono text-xs text-slate-600">?</kbd>
          </Button>
        </span>
      </div>
    </div>
  );
}
