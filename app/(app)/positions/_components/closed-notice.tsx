import Link from "next/link";

/** Says why nothing on a closed position can be changed, and how to reopen it. */
export function ClosedNotice({ positionId }: { positionId: string }) {
  return (
    <p role="status" className="mb-6 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 text-sm text-slate-800">
      This position is <strong>closed</strong> and read-only: its details, team and interviews cannot be changed.{" "}
      <Link href={`/positions/${positionId}/edit`} className="font-medium text-brand-700 underline">Reopen it</Link> by changing its status.
    </p>
  );
}
