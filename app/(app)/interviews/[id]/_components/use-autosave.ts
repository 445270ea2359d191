"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RatingValue, SummaryValue } from "@/lib/scorecard/schema";
import { ratingField, SUMMARY_FIELD, type ConflictValue, type QueuedOp, type SaveState } from "@/lib/scorecard/save-queue";
import { openTabQueue, type TabQueue } from "@/lib/scorecard/tab-queues";

export type InitialScorecard = {
  ratings: Record<string, RatingValue & { revision: number }>;
  recommendation: SummaryValue["recommendation"];
  summary: string;
  revision: number;
};

export const EMPTY_RATING: RatingValue = { level: null, noEvidence: false, note: "" };
export const CONFLICT_NOTICE = "Changed in another tab — showing the newer value";

/**
 * The scorecard's values as the interviewer sees them, kept in step with the tab's save queue: each change is
 * queued (and stored on the device) at once; values still pending from an earlier visit or a closed tab are shown
 * over what the server rendered, and so are values saved since the page was rendered (the router's back/forward
 * cache shows a page as it first came); a conflict replaces the value with the newer one and leaves a notice.
 */
export function useAutosave(scorecardId: string, initial: InitialScorecard) {
  const [ratings, setRatings] = useState<Record<string, RatingValue>>(() =>
    Object.fromEntries(Object.entries(initial.ratings).map(([id, { level, noEvidence, note }]) => [id, { level, noEvidence, note }])),
  );
  const [summary, setSummary] = useState<SummaryValue>({ recommendation: initial.recommendation, summary: initial.summary });
  // Unknown until the queue says: the server's HTML cannot know what this device still has to send.
  const [status, setStatus] = useState<SaveState | null>(null);
  const [notices, setNotices] = useState<Record<string, string>>({});
  const ratingsRef = useRef(ratings);
  const summaryRef = useRef(summary);
  const tabRef = useRef<TabQueue | null>(null);
  const initialRef = useRef(initial);

  const showRatings = useCallback((next: Record<string, RatingValue>) => {
    ratingsRef.current = next;
    setRatings(next);
  }, []);
  const showSummary = useCallback((next: SummaryValue) => {
    summaryRef.current = next;
    setSummary(next);
  }, []);

  useEffect(() => {
    const init = initialRef.current;
    const revisions: Record<string, number> = { [SUMMARY_FIELD]: init.revision };
    for (const [id, r] of Object.entries(init.ratings)) revisions[ratingField(id)] = r.revision;
    const tab = openTabQueue(scorecardId, revisions);
    tabRef.current = tab;
    const showValue = (field: string, value: unknown) => {
      if (field === SUMMARY_FIELD) {
        const { recommendation, summary } = value as SummaryValue;
        showSummary({ recommendation, summary });
      } else {
        const { level, noEvidence, note } = value as RatingValue;
        showRatings({ ...ratingsRef.current, [field.slice(ratingField("").length)]: { level, noEvidence, note } });
      }
    };
    const applyPending = (ops: readonly QueuedOp[]) => {
      for (const op of ops) showValue(op.field, op.value);
    };
    for (const { field, value } of tab.queue.newerThan(revisions)) showValue(field, value);
    applyPending(tab.queue.pending);
    const unsubscribe = tab.queue.subscribe({
      state: setStatus,
      adopted: applyPending,
      conflict: (field: string, current: ConflictValue) => {
        showValue(field, current);
        setNotices((n) => ({ ...n, [field]: CONFLICT_NOTICE }));
      },
    });
    return () => {
      unsubscribe();
      tab.close();
      tabRef.current = null;
    };
  }, [scorecardId, showRatings, showSummary]);

  const clearNotice = (field: string) => setNotices((n) => (field in n ? Object.fromEntries(Object.entries(n).filter(([k]) => k !== field)) : n));

  const changeRating = useCallback((criterionId: string, patch: Partial<RatingValue>) => {
    const value = { ...(ratingsRef.current[criterionId] ?? EMPTY_RATING), ...patch };
    showRatings({ ...ratingsRef.current, [criterionId]: value });
    clearNotice(ratingField(criterionId));
    tabRef.current?.queue.enqueue({ kind: "rating", value: { criterionId, ...value } });
  }, [showRatings]);

  const changeSummary = useCallback((patch: Partial<SummaryValue>) => {
    const value = { ...summaryRef.current, ...patch };
    showSummary(value);
    clearNotice(SUMMARY_FIELD);
    tabRef.current?.queue.enqueue({ kind: "summary", value });
  }, [showSummary]);

  const flush = useCallback(() => tabRef.current?.queue.flush() ?? Promise.resolve(false), []);

  return { ratings, ratingsRef, summary, status, notices, changeRating, changeSummary, flush };
}
