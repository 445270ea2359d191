import type { QueueStatus } from "@/lib/scorecard/save-queue";

const TEXT: Record<Exclude<QueueStatus, "rejected">, string> = {
  saved: "Saved",
  saving: "Saving…",
  offline: "Offline — changes kept on this device",
  signedOut: "Signed out — changes kept on this device; sign in again in another tab to send them",
};

/** The live region that tells a screen reader (and everyone else) where the changes are. */
export function SaveStatus({ status, message }: { status: QueueStatus; message?: string }) {
  const text = status === "rejected" ? (message ?? "A change was refused") : TEXT[status];
  const tone = status === "saved" ? "text-emerald-700" : status === "saving" ? "text-slate-600" : "text-amber-800";
  return (
    <p role="status" className={`min-w-0 truncate text-sm font-medium ${tone}`}>
      {text}
    </p>
  );
}
