"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { SIGN_IN_FAILED, SIGN_IN_THROTTLED, SignInSchema, THROTTLED_ERROR } from "@/lib/auth/schema";

// next-auth's signIn() gives the status and the `error` of the answer, not its body: the 429 (throttled) is known
// by its status, and its message is the same constant the server sends.
const messageFor = (error: string | null | undefined, status?: number) => (status === 429 || error === THROTTLED_ERROR ? SIGN_IN_THROTTLED : SIGN_IN_FAILED);

export function SignInForm({ initialError, ssoName }: { initialError?: string; ssoName?: string }) {
  const [error, setError] = useState<string | undefined>(initialError ? messageFor(initialError) : undefined);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  function submit(form: FormData) {
    const parsed = SignInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? SIGN_IN_FAILED);
      return;
    }
    startTransition(async () => {
      setError(undefined);
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setError(messageFor(result?.error, result?.status));
        return;
      }
      // The root page sends each person to the home of their role.
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <div className="mt-6">
      <form action={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-800">Email</label>
          <input id="email" name="email" type="email" autoComplete="username" required autoFocus
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600" />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-800">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600" />
        </div>
        <p role="alert" aria-live="assertive" className="min-h-5 text-sm text-red-700">{error}</p>
        <Button type="submit" className="w-full" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</Button>
      </form>
      {ssoName ? (
        <Button variant="secondary" className="mt-3 w-full" onClick={() => signIn("oidc", { callbackUrl: "/" })}>
          Sign in with {ssoName}
        </Button>
      ) : null}
    </div>
  );
}
