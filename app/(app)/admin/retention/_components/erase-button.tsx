"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { eraseCandidateAction } from "@/lib/retention/actions";
import type { ErasureCounts } from "@/lib/retention/schema";

const n = (count: number, one: string) => `${count} ${count === 1 ? one : `${one}s`}`;

/** Erase one candidate, after a confirmation that names everything that goes with them. */
export function EraseButton({ candidateId, name, counts }: { candidateId: string; name: string; counts: ErasureCounts }) {
  const [done, setDone] = useState<string>();
  if (done) return <p role="status" className="text-sm text-emerald-700">{done}</p>;
  return (
    <ConfirmDialog trigger={<>Erase…<span className="sr-only"> {name}</span></>} triggerVariant="danger" title={`Erase ${name} for good?`} confirmLabel="Erase everything" variant="danger"
      onConfirm={async () => {
        const result = await eraseCandidateAction({ candidateId, expected: counts });
        if (!result.ok) return result.message;
        setDone(result.message);
      }}>
      <p>This deletes the candidate and, with them:</p>
      <ul className="mt-1 list-disc pl-5">
        <li>{n(counts.applications, "application")}</li>
        <li>{n(counts.interviews, "interview")} and their panels</li>
        <li>{n(counts.scorecards, "scorecard")}</li>
        <li>{n(counts.ratings, "rating")} and their notes</li>
      </ul>
      <p className="mt-2">Reports will no longer count them. The audit trail keeps only that a candidate was erased, with these counts. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
