"use client";

import { forwardRef, useEffect, useImperativeHandle, useState } from "react";
import { Button } from "@/components/ui/button";

type ClockState = { elapsedMs: number; startedAt: number | null };

const keyOf = (scorecardId: string) => `quorum.clock.${scorecardId}`;
const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
};

function load(scorecardId: string): ClockState {
  try {
    const s = JSON.parse(localStorage.getItem(keyOf(scorecardId)) ?? "null") as ClockState | null;
    return s && typeof s.elapsedMs === "number" ? s : { elapsedMs: 0, startedAt: null };
  } catch {
    return { elapsedMs: 0, startedAt: null };
  }
}

export type ClockHandle = { toggle: () => void };

/**
 * Elapsed time against the stage's planned minutes. It lives in the browser only (localStorage, so a reload keeps
 * it): the clock is the interviewer's aid, not a record.
 */
export const InterviewClock = forwardRef<ClockHandle, { scorecardId: string; plannedMinutes: number }>(function InterviewClock({ scorecardId, plannedMinutes }, ref) {
  const [clock, setClock] = useState<ClockState>({ elapsedMs: 0, startedAt: null });
  const [now, setNow] = useState(0);

  useEffect(() => {
    // Read after mount: the server cannot know the browser's clock, and the first render must match it.
    setClock(load(scorecardId));
    setNow(Date.now());
  }, [scorecardId]);
  useEffect(() => {
    if (clock.startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [clock.startedAt]);

  const toggle = () => {
    const t = Date.now();
    const next = clock.startedAt === null ? { elapsedMs: clock.elapsedMs, startedAt: t } : { elapsedMs: clock.elapsedMs + t - clock.startedAt, startedAt: null };
    localStorage.setItem(keyOf(scorecardId), JSON.stringify(next));
    setClock(next);
    setNow(t);
  };
  useImperativeHandle(ref, () => ({ toggle }));

  const elapsed = clock.elapsedMs + (clock.startedAt === null ? 0 : Math.max(0, now - clock.startedAt));
  const over = elapsed > plannedMinutes * 60_000;
  return (
    <div className="flex items-center gap-2">
      {/* The words are for screen readers (an aria-label on a <p> is not read); not a live region: no ticking. */}
      <p className={`text-sm ${over ? "font-semibold text-amber-700" : "text-slate-700"}`}>
        <span className="font-mono tabular-nums">{mmss(elapsed)}</span><span className="sr-only"> elapsed</span> <span className="text-slate-600">of {plannedMinutes} min</span>
      </p>
      {/* Said once, where the clock is started: a first-time interviewer may think the panel sees it. */}
      <span id={`clock-note-${scorecardId}`} className="sr-only">Runs in this browser only; not saved with the scorecard.</span>
      <Button type="button" variant="secondary" className="px-2.5 py-1" onClick={toggle} aria-describedby={`clock-note-${scorecardId}`}
        title="Runs in this browser only; not saved with the scorecard">
        {clock.startedAt === null ? (elapsed > 0 ? "Resume clock" : "Start clock") : "Pause clock"}
      </Button>
    </div>
  );
});
