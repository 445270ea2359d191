"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cancelInterviewAction } from "@/lib/interview/actions";

/** Cancel, after a confirmation; what the mail to the panel did is shown afterwards. */
export function CancelInterview({ interviewId, candidate }: { interviewId: string; candidate: string }) {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  return (
    <div>
      <ConfirmDialog trigger="Cancel interview" title="Cancel this interview?" confirmLabel="Cancel interview" variant="danger" triggerVariant="danger"
        onConfirm={async () => {
          const result = await cancelInterviewAction({ interviewId });
          if (!result.ok) return result.message;
          setDone(result.message);
          router.refresh();
        }}>
        The interview with {candidate} is cancelled for the whole panel: it is marked cancelled in their lists, its scorecards become read-only,
        and the invite becomes a cancellation. This cannot be undone; schedule a new interview instead.
      </ConfirmDialog>
      <p role="status" className="mt-2 text-sm text-emerald-700">{done}</p>
    </div>
  );
}
