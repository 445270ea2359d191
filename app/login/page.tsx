import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/roles";
import { isDemo, oidcConfig } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { SignInForm } from "./_components/sign-in-form";

export const metadata = { title: "Sign in" };

/** Said after a page that sent the person here (set a password, create the first admin). */
const NOTICES: Record<string, string> = {
  "password-set": "Your password is set. Sign in with your email and your new password.",
  "admin-created": "Your admin account is ready. Sign in to add everyone else.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; notice?: string }> }) {
  const user = await getSession();
  if (user) redirect(homePath(user));
  const { error, notice } = await searchParams;
  const demo = isDemo();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Quorum</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600">Structured interviews for senior PostgreSQL engineers.</p>
      {notice && Object.hasOwn(NOTICES, notice) ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">{NOTICES[notice]}</p>
      ) : null}
      <SignInForm initialError={error} ssoName={oidcConfig()?.name} />
      {demo ? (
        <aside className="mt-8 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900" aria-label="Demo accounts">
          <p className="font-medium">Demo mode. Every account uses the password <code className="font-mono">{DEMO_PASSWORD}</code>.</p>
          <ul className="mt-2 space-y-0.5 font-mono text-xs">
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                {a.email} <span className="font-sans text-amber-800">({a.roles.join(", ").replace("_", " ")})</span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </main>
  );
}
