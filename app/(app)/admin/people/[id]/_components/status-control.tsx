"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { setDisabledAction } from "@/lib/people/actions";

/** Disable (ends their sessions at once) or re-enable a person; the server refuses to disable the last admin. */
export function StatusControl({ personId, name, disabled }: { personId: string; name: string; disabled: boolean }) {
  const router = useRouter();
  const run = (disable: boolean) => async () => {
    const result = await setDisabledAction(personId, disable);
    if (!result.ok) return result.message;
    router.refresh();
  };
  return disabled ? (
    <ConfirmDialog trigger="Re-enable…" title={`Re-enable ${name}?`} confirmLabel="Re-enable" onConfirm={run(false)}>
      They can sign in again with their password or single sign-on, and keep their roles.
    </ConfirmDialog>
  ) : (
    <ConfirmDialog trigger="Disable…" triggerVariant="danger" variant="danger" title={`Disable ${name}?`} confirmLabel="Disable" onConfirm={run(true)}>
      Their sessions end at once and they cannot sign in until re-enabled. Nothing is deleted: their scorecards stay.
    </ConfirmDialog>
  );
}
