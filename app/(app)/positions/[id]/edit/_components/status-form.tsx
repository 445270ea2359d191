"use client";

import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { SelectField } from "@/components/forms/fields";
import { changePositionStatusAction } from "@/lib/position/actions";
import { POSITION_STATUSES, POSITION_STATUS_LABELS, PositionStatusSchema, type PositionStatus } from "@/lib/position/schema";

/** The one change a closed position accepts: its status. */
export function StatusForm({ id, status }: { id: string; status: PositionStatus }) {
  const router = useRouter();
  return (
    <ZodForm schema={PositionStatusSchema} action={changePositionStatusAction} submitLabel="Change status" onSuccess={() => router.push(`/positions/${id}`)}>
      <input type="hidden" name="id" value={id} />
      <SelectField name="status" label="Status" defaultValue={status} options={POSITION_STATUSES.map((s) => ({ value: s, label: POSITION_STATUS_LABELS[s] }))} />
    </ZodForm>
  );
}
