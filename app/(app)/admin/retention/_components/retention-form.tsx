"use client";

import { ZodForm } from "@/components/forms/zod-form";
import { TextField } from "@/components/forms/fields";
import { GlobalRetentionSchema, PositionRetentionSchema } from "@/lib/retention/schema";
import { setGlobalRetentionAction, setPositionRetentionAction } from "@/lib/retention/actions";

const HINT = "Whole days; leave empty for none.";

export function GlobalRetentionForm({ days }: { days: number | null }) {
  return (
    <ZodForm schema={GlobalRetentionSchema} action={setGlobalRetentionAction} submitLabel="Save period" aria-label="Global retention period">
      <div className="max-w-xs">
        <TextField name="days" label="Global retention period (days)" inputMode="numeric" defaultValue={days ?? ""} hint={HINT} />
      </div>
    </ZodForm>
  );
}

/** One position's own period, in a table row. */
export function PositionRetentionForm({ positionId, title, days }: { positionId: string; title: string; days: number | null }) {
  return (
    <ZodForm schema={PositionRetentionSchema} action={setPositionRetentionAction} submitLabel="Save" aria-label={`Retention period for ${title}`} className="flex flex-wrap items-start gap-x-3 gap-y-1">
      <input type="hidden" name="positionId" value={positionId} />
      <div className="w-32">
        <TextField name="days" label={<span className="sr-only">Retention days for {title}</span>} inputMode="numeric" defaultValue={days ?? ""} placeholder="global" />
      </div>
    </ZodForm>
  );
}
