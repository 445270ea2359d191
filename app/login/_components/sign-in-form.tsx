"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { SIGN_IN_FAILED, SIGN_IN_THROTTLED, SignInSchema, THROTTLED_ERROR } from "@/lib/auth/schema";

/** Which fields the error is about (aria-invalid, aria-describedby): a refused sign-in does not say which was wrong. */
type SignInError = { message: string; fields: ("email" | "password")[] };

/** The form's own words, full sentences like the server's (the schema's messages are shared with other forms). */
const FIELD_MESSAGES = { email: "Enter your email address, such as name@example.com.", password: "Enter your password." } as const;

// next-auth's signIn() gives the status and the `error` of the answer, not its body: the 429 (throttled) is known
// by its status, and its message is the same constant the server sends. Throttled, no field is at fault.
const refusal = (error: string | null | undefined, status?: number): SignInError =>
  status === 429 || error === THROTTLED_ERROR ? { message: SIGN_IN_THROTTLED, fields: [] } : { message: SIGN_IN_FAILED, fields: ["email", "password"] };

const ERROR_ID = "sign-in-error";

export function SignInForm({ initialError, ssoName }: { initialError?: string; ssoName?: string }) {
  const [error, setError] = useState<SignInError | undefined>(initialError ? refusal(initialError) : undefined);
  // Controlled, so a refused sign-in keeps what was typed (React resets an action form's uncontrolled fields).
  // The password is left to that reset: it is typed again.
  const [email, setEmail] = useState("");
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // After a refusal: to the field to fix; a wrong pair most often means a mistyped password, the email is kept.
  const show = (next: SignInError) => {
    setError(next);
    const field = next.fields.includes("password") ? passwordRef : emailRef;
    requestAnimationFrame(() => field.current?.focus());
  };

  function submit(form: FormData) {
    const parsed = SignInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0] === "password" ? "password" : "email";
      show({ message: FIELD_MESSAGES[field], fields: [field] });
      return;
    }
    startTransition(async () => {
      setError(undefined);
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        show(refusal(result?.error, result?.status));
        return;
      }
      // The root page sends each person to the home of their role.
      router.replace("/");
      router.refresh();
    });
  }

  const invalid = (field: "email" | "password") => (error?.fields.includes(field) ? { "aria-invalid": true, "aria-describedby": ERROR_ID } : {});
  const border = (field: "email" | "password") => (error?.fields.includes(field) ? "border-red-600" : "border-slate-300");
  return (
    <div className="mt-6">
      <form action={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-800">Email</label>
          <input ref={emailRef} id="email" name="email" type="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} {...invalid("email")}
            className={`mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm focus:border-brand-600 ${border("email")}`} />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-800">Password</label>
          <input ref={passwordRef} id="password" name="password" type="password" autoComplete="current-password" required {...invalid("password")}
            className={`mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm focus:border-brand-600 ${border("password")}`} />
        </div>
        <p id={ERROR_ID} role="alert" className="min-h-5 text-sm text-red-700">{error?.message}</p>
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
