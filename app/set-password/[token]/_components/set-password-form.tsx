"use client";

import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SetPasswordWithLinkSchema } from "@/lib/people/schema";
import { setPasswordWithLinkAction } from "@/lib/people/actions";

export function SetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  return (
    <ZodForm schema={SetPasswordWithLinkSchema} action={setPasswordWithLinkAction} submitLabel="Set password" aria-label="Set your password"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      onSuccess={() => router.replace("/login?notice=password-set")}>
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields />
    </ZodForm>
  );
}
