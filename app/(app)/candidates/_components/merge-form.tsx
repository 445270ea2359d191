"use client";

import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { RadioGroupField } from "@/components/forms/fields";
import { MergeSchema, MERGE_FIELDS, type MergeField } from "@/lib/candidate/schema";
import { combineLinks, combineNotes, FIELD_LABELS, type CandidateSnapshot } from "@/lib/candidate/merge-plan";
import { mergeCandidatesAction } from "@/lib/candidate/merge-actions";

type Side = CandidateSnapshot & { id: string };

function Value({ field, value }: { field: MergeField; value: CandidateSnapshot[MergeField] }) {
  if (Array.isArray(value)) return value.length ? <span className="block">{value.map((l) => <span key={l} className="block break-all">{l}</span>)}</span> : <em className="text-slate-500">none</em>;
  if (!value) return <em className="text-slate-500">empty</em>;
  return <span className={field === "notes" ? "whitespace-pre-wrap" : undefined}>{value}</span>;
}

/** The field-by-field choice: a radio group per differing field (links and notes may also combine both). */
export function MergeForm({ keep, merge, differing }: { keep: Side; merge: Side; differing: MergeField[] }) {
  const router = useRouter();
  return (
    <ZodForm schema={MergeSchema} action={mergeCandidatesAction} submitLabel={`Merge into ${keep.name}`} pendingLabel="Merging…"
      aria-label="Merge candidates" onSuccess={() => { router.push(`/candidates/${keep.id}`); router.refresh(); }}>
      <input type="hidden" name="keepId" defaultValue={keep.id} />
      <input type="hidden" name="mergeId" defaultValue={merge.id} />
      <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {MERGE_FIELDS.map((field) => (
          <div key={field} className="p-4 text-sm">
            {differing.includes(field) ? (
              <RadioGroupField name={field} legend={FIELD_LABELS[field]} defaultValue="keep" options={[
                { value: "keep", label: <>Keep {keep.name}&apos;s: <Value field={field} value={keep[field]} /></> },
                { value: "merge", label: <>Take {merge.name}&apos;s: <Value field={field} value={merge[field]} /></> },
                ...(field === "links" ? [{ value: "combine", label: <>Both: <Value field={field} value={combineLinks(keep.links, merge.links)} /></> }] : []),
                ...(field === "notes" ? [{ value: "combine", label: <>Both: <Value field={field} value={combineNotes(keep.notes, merge.notes)} /></> }] : []),
              ]} />
            ) : (
              <p><span className="font-medium text-slate-800">{FIELD_LABELS[field]}</span> <span className="text-slate-500">(the same in both)</span>: <Value field={field} value={keep[field]} /></p>
            )}
          </div>
        ))}
      </div>
    </ZodForm>
  );
}
