"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { CheckboxGroupField, TextAreaField, TextField } from "@/components/forms/fields";
import { Button, buttonClass } from "@/components/ui/button";
import { CreateCandidateSchema, UpdateCandidateSchema, type CreateCandidateInput, type UpdateCandidateInput } from "@/lib/candidate/schema";
import { createCandidateAction, updateCandidateAction, type CandidateFormResult, type DuplicateNotice } from "@/lib/candidate/actions";

type Existing = { id: string; name: string; email: string | null; phone: string; source: string; links: string[]; notes: string };
type PositionOption = { id: string; title: string; status: string };

/**
 * Add or edit a candidate. A duplicate email is refused with a link to the candidate who has it (when the person may
 * see them); a similar name is a warning, answered by "Create anyway", which resubmits with the confirmation set.
 */
export function CandidateForm({ candidate, positions = [], preselected = [], needsPosition = false }: {
  candidate?: Existing; positions?: PositionOption[]; preselected?: string[]; needsPosition?: boolean;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<DuplicateNotice>();
  const confirm = useRef<HTMLInputElement>(null);
  const remember = (r: CandidateFormResult) => {
    setNotice(r.ok ? undefined : r.notice);
    if (confirm.current) confirm.current.value = "";
    return r;
  };
  const fields = (
    <>
      <input type="hidden" name="confirmSimilar" defaultValue="" ref={confirm} />
      <TextField name="name" label="Name" required autoComplete="off" defaultValue={candidate?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="email" label="Email" type="email" autoComplete="off" defaultValue={candidate?.email ?? ""} />
        <TextField name="phone" label="Phone" type="tel" autoComplete="off" defaultValue={candidate?.phone} />
      </div>
      <TextField name="source" label="Source" hint="Where they came from: referral, job board, agency…" defaultValue={candidate?.source} />
      <TextAreaField name="links" label="Links" hint="One web address per line, starting with https:// (CV, portfolio, GitHub…)." defaultValue={candidate?.links.join("\n")} />
      <TextAreaField name="notes" label="Notes" rows={4} defaultValue={candidate?.notes} />
    </>
  );
  const warning = notice ? <NoticePanel notice={notice} onConfirm={() => { if (confirm.current) confirm.current.value = "yes"; }} creating={!candidate} /> : null;

  if (candidate) {
    return (
      <ZodForm schema={UpdateCandidateSchema} submitLabel="Save" aria-label="Edit candidate"
        action={async (input: UpdateCandidateInput) => remember(await updateCandidateAction(input))}
        onSuccess={() => { router.push(`/candidates/${candidate.id}`); router.refresh(); }}
        secondary={<Link href={`/candidates/${candidate.id}`} className={buttonClass("ghost")}>Cancel</Link>}>
        <input type="hidden" name="id" defaultValue={candidate.id} />
        {fields}
        {warning}
      </ZodForm>
    );
  }
  return (
    <ZodForm schema={CreateCandidateSchema} submitLabel="Add candidate" aria-label="Add a candidate"
      action={async (input: CreateCandidateInput) => remember(await createCandidateAction(input))}
      onSuccess={(data) => router.push(`/candidates/${data.id}`)}
      secondary={<Link href="/candidates" className={buttonClass("ghost")}>Cancel</Link>}>
      {fields}
      {positions.length ? (
        <CheckboxGroupField name="positionIds" legend="Applies to" defaultValue={preselected}
          hint={needsPosition ? "Choose at least one: you see the candidates of your own positions." : "Optional: you can add positions later."}
          options={positions.map((p) => ({ value: p.id, label: p.title, description: p.status === "on_hold" ? "On hold" : undefined }))} />
      ) : (
        <p className="text-sm text-slate-600">{needsPosition ? "You manage no open position yet, so you cannot add candidates." : "No open position yet: you can add the candidate now and a position later."}</p>
      )}
      {warning}
    </ZodForm>
  );
}

function NoticePanel({ notice, onConfirm, creating }: { notice: DuplicateNotice; onConfirm: () => void; creating: boolean }) {
  if (notice.kind === "email") {
    return (
      <div className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
        {notice.existing ? (
          <p>This email belongs to <Link href={`/candidates/${notice.existing.id}`} className="font-medium underline">{notice.existing.name}</Link>. Open their page to add them to a position instead.</p>
        ) : (
          <p>A candidate with this email already exists in a position you do not manage. Ask an admin to add them to your position.</p>
        )}
      </div>
    );
  }
  return (
    <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-medium">A candidate with a similar name already exists:</p>
      <ul className="list-disc pl-5">
        {notice.visible.map((c) => (
          <li key={c.id}><Link href={`/candidates/${c.id}`} target="_blank" rel="noopener" className="underline">{c.name}</Link> <span className="text-xs">(opens in a new tab)</span></li>
        ))}
        {notice.hidden ? <li>{notice.hidden} candidate{notice.hidden === 1 ? "" : "s"} in positions you do not manage</li> : null}
      </ul>
      <p>If this is a different person, go ahead.</p>
      <Button type="submit" variant="secondary" onClick={onConfirm}>{creating ? "Create anyway" : "Save anyway"}</Button>
    </div>
  );
}
