"use client";

import { useState } from "react";
import type { Conflict } from "@/lib/interview/schema";
import { LocalTime } from "@/components/ui/local-time";

const minutesBetween = (c: Conflict) => Math.round((new Date(c.end).getTime() - new Date(c.start).getTime()) / 60_000);

/**
 * The double-booking warning of a scheduling form. After a submit stopped on conflicts, the form carries
 * confirmConflicts=true and its button says so; any edit of the form clears the warning, so a changed time or panel
 * is checked again rather than confirmed unseen.
 */
export function useConflicts() {
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  return { conflicts, setConflicts, clear: () => setConflicts(null) };
}

export function ConflictWarning({ conflicts }: { conflicts: Conflict[] | null }) {
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-medium">Double-booked: {conflicts.length === 1 ? "an interviewer has" : "interviewers have"} another interview at that time.</p>
      <ul className="mt-1 list-disc pl-5">
        {conflicts.map((c) => (
          <li key={`${c.interviewerId}-${c.start}`}>{c.interviewer}: <LocalTime iso={c.start} minutes={minutesBetween(c)} /></li>
        ))}
      </ul>
      <p className="mt-1">Change the time or the panel, or confirm to go ahead anyway.</p>
      <input type="hidden" name="confirmConflicts" value="true" />
    </div>
  );
}
