"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { undoImportAction } from "@/lib/candidate/import-actions";

/** Undo a whole import after a confirmation naming what goes; the server refuses once a candidate has an interview. */
export function UndoImportButton({ importId, fileName, remaining }: { importId: string; fileName: string; remaining: number }) {
  const router = useRouter();
  return (
    <ConfirmDialog trigger="Undo import" title={`Undo the import of ${fileName}?`} confirmLabel="Remove its candidates" variant="danger"
      onConfirm={async () => {
        const result = await undoImportAction({ importId });
        if (!result.ok) return result.message;
        router.refresh();
      }}>
      <p>This removes the {remaining} candidate{remaining === 1 ? "" : "s"} it created, with their applications and anything edited on them since. It is refused once one of them has an interview.</p>
    </ConfirmDialog>
  );
}
