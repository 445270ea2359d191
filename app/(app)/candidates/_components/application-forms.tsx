"use client";

import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { SelectField } from "@/components/forms/fields";
import { ApplicationStatusSchema, ApplySchema, APPLICATION_STATUSES, APPLICATION_STATUS_LABELS, type ApplicationStatus } from "@/lib/candidate/schema";
import { applyToPositionAction, setApplicationStatusAction } from "@/lib/candidate/actions";

const STATUS_OPTIONS = APPLICATION_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s] }));

/** Change one application's status; the page reloads its data on success. */
export function StatusForm({ applicationId, status, position }: { applicationId: string; status: ApplicationStatus; position: string }) {
  const router = useRouter();
  return (
    <ZodForm schema={ApplicationStatusSchema} action={setApplicationStatusAction} onSuccess={() => router.refresh()} submitLabel="Change status"
      pendingLabel="Changing…" aria-label={`Status for ${position}`} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="applicationId" defaultValue={applicationId} />
      <SelectField name="status" label={`Status for ${position}`} defaultValue={status} options={STATUS_OPTIONS} />
    </ZodForm>
  );
}

/** Add the candidate to another of the person's open positions. */
export function ApplyForm({ candidateId, positions }: { candidateId: string; positions: { id: string; title: string }[] }) {
  const router = useRouter();
  return (
    <ZodForm schema={ApplySchema} action={applyToPositionAction} onSuccess={() => router.refresh()} submitLabel="Add to position" pendingLabel="Adding…"
      aria-label="Add to another position" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="candidateId" defaultValue={candidateId} />
      <SelectField name="positionId" label="Another position" options={positions.map((p) => ({ value: p.id, label: p.title }))} />
    </ZodForm>
  );
}
