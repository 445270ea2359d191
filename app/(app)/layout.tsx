import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { navigationFor, ROLE_LABELS } from "@/lib/auth/roles";
import { SignOutButton } from "./_components/sign-out-button";
import { NavLinks } from "./_components/nav-links";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight text-brand-900">Quorum</Link>
          <NavLinks items={navigationFor(user)} />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-right leading-tight">
              <span className="block font-medium text-slate-800" data-testid="signed-in-person">{user.name}</span>
              <span className="block text-xs text-slate-500">{user.roles.map((r) => ROLE_LABELS[r]).join(" · ")}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
