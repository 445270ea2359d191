"use client";

import { useEffect, useState } from "react";
import type { QueueStatus, SaveState } from "@/lib/scorecard/save-queue";

const TEXT: Record<Exclude<QueueStatus, "rejected">, string> = {
  saved: "Saved",
  saving: "Saving…",
  offline: "Offline — changes kept on this device",
  signedOut: "Signed out — changes kept on this device; sign in again in another tab to send them",
};

/** How long the status must stay the same before it is announced: typing flips Saving/Saved on every few keys. */
const PAUSE_MS = 1000;

// The count only while sending: offline it would change the announced text on every key, for no news.
const textOf = ({ status, pending, message }: SaveState) =>
  status === "rejected" ? (message ?? "A change was refused") : status === "saving" && pending > 1 ? `Saving… ${pending} changes` : TEXT[status];

const isFailure = (state: SaveState) => state.status !== "saved" && state.status !== "saving";

/**
 * What the live region says: a failure (offline, signed out, refused) at once; "Saved" or "Saving…" only once that
 * state has held for a pause, so a screen reader hears "Saved" once per pause in typing, not once per request.
 * Empty in between, so the next "Saved" is news again. (The queue reports a state only when it changes.)
 */
function useAnnouncement(state: SaveState | null): string {
  const [settled, setSettled] = useState<SaveState | null>(null);
  useEffect(() => {
    if (!state || isFailure(state)) return;
    const timer = window.setTimeout(() => setSettled(state), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [state]);
  return state && (isFailure(state) || settled === state) ? textOf(state) : "";
}

/**
 * Until this visit sends something, "Saved" is not news (nothing was typed yet): a quiet hint says how saving works
 * instead (not on a phone, where it would wrap the bar onto a third line), and the live region stays empty. A queue with changes left from an earlier visit starts at "Saving…".
 */
function useSentThisVisit(state: SaveState | null): boolean {
  const busy = state !== null && (state.status !== "saved" || state.pending > 0);
  const [sent, setSent] = useState(false);
  // Remembered during render (React's "state from the previous render" pattern), not in an effect: no extra pass.
  if (busy && !sent) setSent(true);
  return sent || busy;
}

/**
 * Where the changes are: shown at once for the eye, announced calmly to a screen reader (see useAnnouncement).
 * Empty until the page's queue reports: the server-rendered HTML cannot know whether this device still has
 * changes to send.
 */
export function SaveStatus({ state }: { state: SaveState | null }) {
  const sent = useSentThisVisit(state);
  const shown = sent ? state : null;
  const said = useAnnouncement(shown);
  const tone = !shown ? "text-slate-600" : shown.status === "saved" ? "font-medium text-emerald-700" : shown.status === "saving" ? "font-medium text-slate-600" : "font-medium text-amber-800";
  return (
    <>
      <p aria-hidden="true" className={`min-w-0 truncate text-sm ${tone}`}>{shown ? textOf(shown) : state ? <span className="hidden sm:inline">Changes save as you go</span> : null}</p>
      <p role="status" className="sr-only">{said}</p>
    </>
  );
}
