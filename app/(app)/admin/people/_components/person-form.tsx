"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { CheckboxGroupField, TextField } from "@/components/forms/fields";
import { buttonClass } from "@/components/ui/button";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { PersonSchema } from "@/lib/people/schema";
import { createPersonAction, updatePersonAction } from "@/lib/people/actions";

const ROLE_HINTS: Record<Role, string> = {
  admin: "Everything: people, matrices, every position, the audit trail.",
  hiring_manager: "The positions whose hiring team lists them: candidates, interviews, reports.",
  interviewer: "The interviews assigned to them, to score.",
};
const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], description: ROLE_HINTS[r] }));

type Person = { id: string; name: string; email: string; roles: Role[] };

/** Add a person (then go to their page to give them a password), or edit one in place. */
export function PersonForm({ person }: { person?: Person }) {
  const router = useRouter();
  const fields = (
    <>
      <TextField name="name" label="Name" required autoComplete="off" defaultValue={person?.name} />
      <TextField name="email" label="Email" type="email" required autoComplete="off" defaultValue={person?.email}
        hint="They sign in with it; single sign-on matches it too." />
      <CheckboxGroupField name="roles" legend="Roles" hint="One or several." options={ROLE_OPTIONS} defaultValue={person?.roles ?? []} />
    </>
  );
  if (!person) {
    return (
      <ZodForm schema={PersonSchema} action={createPersonAction} submitLabel="Add person" pendingLabel="Adding…" aria-label="Add a person"
        onSuccess={(data) => router.push(`/admin/people/${data.id}`)}
        secondary={<Link href="/admin/people" className={buttonClass("ghost")}>Cancel</Link>}>
        {fields}
      </ZodForm>
    );
  }
  return (
    <ZodForm schema={PersonSchema} action={(input) => updatePersonAction(person.id, input)} submitLabel="Save changes" aria-label="Edit person"
      onSuccess={() => router.refresh()}>
      {fields}
    </ZodForm>
  );
}
