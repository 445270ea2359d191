"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { moveInterviewsAction } from "@/lib/rubric/move-actions";

export type MovableInterview = { id: string; label: string };

/**
 * The explicit, per-position move: the dialog names every interview that will move, and only those move. Stays
 * mounted when nothing is left to move (it renders nothing then), so the outcome survives the page's refresh.
 */
export function MoveInterviews({ positionId, position, toVersionId, version, interviews }: {
  positionId: string;
  position: string;
  toVersionId: string;
  version: number;
  interviews: MovableInterview[];
}) {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const n = interviews.length;
  const noun = `not-started interview${n === 1 ? "" : "s"}`;
  if (n === 0 && !done) return null;
  return (
    <div>
      {n === 0 ? null : <ConfirmDialog trigger={`Move ${n} ${noun} to v${version}`} title={`Move ${n} ${noun} of ${position} to v${version}?`} confirmLabel={`Move to v${version}`}
        onConfirm={async () => {
          const result = await moveInterviewsAction({ positionId, toVersionId, interviewIds: interviews.map((i) => i.id) });
          if (!result.ok) return result.message;
          setDone(result.message);
          router.refresh();
        }}>
        <p>Their interviewers will score them on v{version}. Nobody has rated anything in them yet; any that has been started by the time you confirm stays where it is.</p>
        <ul className="mt-2 list-disc pl-5">
          {interviews.map((i) => <li key={i.id}>{i.label}</li>)}
        </ul>
      </ConfirmDialog>}
      <p role="status" className="mt-2 text-sm text-emerald-700">{done}</p>
    </div>
  );
}
