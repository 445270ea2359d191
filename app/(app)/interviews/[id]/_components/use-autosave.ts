"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RatingValue, SummaryValue } from "@/lib/scorecard/schema";
import { ratingField, SUMMARY_FIELD, type ConflictValue, type QueuedOp, type QueueStatus } from "@/lib/scorecard/save-queue";
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
 * over what the server rendered; a conflict replaces the value with the newer one and leaves a notice on the field.
 */
export function useAutosave(scorecardId: string, initial: InitialScorecard) {
  const [ratings, setRatings] = useState<Record<string, RatingValue>>(() =>
    Object.fromEntries(Object.entries(initial.ratings).map(([id, { level, noEvidence, note }]) => [id, { level, noEvidence, note }])),
  );
  const [summary, setSummary] = useState<SummaryValue>({ recommendation: initial.recommendation, summary: initial.summary });
  const [status, setStatus] = useState<{ status: QueueStatus; message?: string }>({ status: "saved" });
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
    const applyPending = (ops: readonly QueuedOp[]) => {
      let nextRatings = ratingsRef.current;
      for (const op of ops) {
        if (op.kind === "summary") showSummary(op.value);
        else {
          const { criterionId, ...value } = op.value;
          nextRatings = { ...nextRatings, [criterionId]: value };
        }
      }
      showRatings(nextRatings);
    };
    applyPending(tab.pendingAtStart.ops);
    const unsubscribe = tab.queue.subscribe({
      status: (s, message) => setStatus({ status: s, message }),
      adopted: applyPending,
      conflict: (field: string, current: ConflictValue) => {
        if (field === SUMMARY_FIELD && "summary" in current) showSummary({ recommendation: current.recommendation, summary: current.summary });
        else if ("note" in current) {
          const criterionId = field.slice(ratingField("").length);
          showRatings({ ...ratingsRef.current, [criterionId]: { level: current.level, noEvidence: current.noEvidence, note: current.note } });
        }
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
