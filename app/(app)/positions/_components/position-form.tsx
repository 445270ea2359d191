"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { buttonClass } from "@/components/ui/button";
import { createPositionAction, updatePositionAction } from "@/lib/position/actions";
import { POSITION_STATUSES, POSITION_STATUS_LABELS, PositionFieldsSchema, UpdatePositionSchema, type PositionStatus } from "@/lib/position/schema";

export type PositionFormValues = { id?: string; title: string; team: string; location: string; status: PositionStatus; description: string; matrix: string };

const STATUS_OPTIONS = POSITION_STATUSES.map((s) => ({ value: s, label: POSITION_STATUS_LABELS[s] }));

/** Create or edit a position's details (its team is edited on its own page). Retention is the admin's, elsewhere. */
export function PositionForm({ initial, matrices }: { initial: PositionFormValues; matrices: { value: string; label: string }[] }) {
  const router = useRouter();
  const editing = Boolean(initial.id);
  const cancel = <Link href={editing ? `/positions/${initial.id}` : "/positions"} className={buttonClass("ghost")}>Cancel</Link>;
  const fields = (
    <>
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField name="title" label="Title" required defaultValue={initial.title} maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="team" label="Team or department" defaultValue={initial.team} maxLength={120} />
        <TextField name="location" label="Location" hint="An office, a region, or Remote." defaultValue={initial.location} maxLength={200} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="status" label="Status" required defaultValue={initial.status} options={STATUS_OPTIONS} hint="A closed position is read-only until it is reopened." />
        <SelectField name="matrix" label="Matrix and version it hires on" required defaultValue={initial.matrix}
          options={[{ value: "", label: "Choose a matrix…" }, ...matrices]}
          hint="New interviews are pinned to this version; interviews already scheduled keep theirs." />
      </div>
      <TextAreaField name="description" label="Description" rows={5} defaultValue={initial.description} maxLength={5000} />
    </>
  );
  return editing ? (
    <ZodForm schema={UpdatePositionSchema} action={updatePositionAction} submitLabel="Save changes" secondary={cancel}
      onSuccess={(data) => { router.push(`/positions/${data.id}`); router.refresh(); }}>
      {fields}
    </ZodForm>
  ) : (
    <ZodForm schema={PositionFieldsSchema} action={createPositionAction} submitLabel="Create position" secondary={cancel}
      onSuccess={(data) => router.push(`/positions/${data.id}/team`)}>
      {fields}
    </ZodForm>
  );
}
