"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { unmergeCandidatesAction } from "@/lib/candidate/merge-actions";

/**
 * Undo one merge. When the survivor was edited since, the server refuses and names the fields; the dialog then
 * offers to undo anyway, which restores the pre-merge values and loses those edits.
 */
export function UndoMergeButton({ mergeId, mergedName, survivorName }: { mergeId: string; mergedName: string; survivorName: string }) {
  const router = useRouter();
  const [edited, setEdited] = useState<string[]>();
  const [discard, setDiscard] = useState(false);
  return (
    <ConfirmDialog
      trigger="Undo merge"
      title={`Undo the merge of ${mergedName}?`}
      confirmLabel="Undo merge"
      onConfirm={async () => {
        const result = await unmergeCandidatesAction({ mergeId, discardLaterEdits: discard });
        if (result.ok) {
          router.refresh();
          return;
        }
        if (result.editedFields) setEdited(result.editedFields);
        return result.message;
      }}
    >
      <p>{mergedName} comes back as a separate candidate with their own fields, applications and interviews; {survivorName} gets back the fields they had before the merge.</p>
      {edited ? (
        <label className="mt-3 flex items-start gap-2 font-medium">
          <input type="checkbox" className="mt-0.5 size-5 accent-brand-600" checked={discard} onChange={(e) => setDiscard(e.target.checked)} />
          Undo anyway, losing the later edits of {edited.join(", ")}
        </label>
      ) : null}
    </ConfirmDialog>
  );
}
