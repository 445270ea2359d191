import type { QueueStatus, SaveState } from "@/lib/scorecard/save-queue";

const TEXT: Record<Exclude<QueueStatus, "rejected">, string> = {
  saved: "Saved",
  saving: "Saving…",
  offline: "Offline — changes kept on this device",
  signedOut: "Signed out — changes kept on this device; sign in again in another tab to send them",
};

// The count only while sending: offline it would change the announced text on every key, for no news.
const textOf = ({ status, pending, message }: SaveState) =>
  status === "rejected" ? (message ?? "A change was refused") : status === "saving" && pending > 1 ? `Saving… ${pending} changes` : TEXT[status];

/**
 * The live region that tells a screen reader (and everyone else) where the changes are. Empty until the page's
 * queue reports: the server-rendered HTML cannot know whether this device still has changes to send.
 */
export function SaveStatus({ state }: { state: SaveState | null }) {
  const tone = !state || state.status === "saved" ? "text-emerald-700" : state.status === "saving" ? "text-slate-600" : "text-amber-800";
  return (
    <p role="status" className={`min-w-0 truncate text-sm font-medium ${tone}`}>
      {state ? textOf(state) : null}
    </p>
  );
}
