"use client";

import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { TextField } from "@/components/forms/fields";
import { FirstAdminSchema } from "@/lib/people/schema";
import { createFirstAdminAction } from "@/lib/setup/actions";
import { NewPasswordFields } from "@/components/forms/new-password-fields";

export function FirstAdminForm({ token }: { token: string }) {
  const router = useRouter();
  return (
    <ZodForm schema={FirstAdminSchema} action={createFirstAdminAction} submitLabel="Create admin" pendingLabel="Creating…" aria-label="Create the first admin"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      onSuccess={() => router.replace("/login?notice=admin-created")}>
      <input type="hidden" name="token" value={token} />
      <TextField name="name" label="Your name" autoComplete="name" required />
      <TextField name="email" label="Email" type="email" autoComplete="username" required />
      <NewPasswordFields />
    </ZodForm>
  );
}
