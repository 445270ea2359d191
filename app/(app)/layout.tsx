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
        {/* On a phone the navigation takes a row of its own (scrolling sideways inside itself if it must), so the
            page never does. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/" className="text-lg font-semibold tracking-tight text-brand-900">Quorum</Link>
          <div className="order-last w-full overflow-x-auto md:order-none md:w-auto">
            <NavLinks items={navigationFor(user)} />
          </div>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-right leading-tight">
              <Link href="/profile" className="block font-medium text-slate-800 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-800" data-testid="signed-in-person">{user.name}</Link>
              <span className="block text-xs text-slate-500">{user.roles.map((r) => ROLE_LABELS[r]).join(" · ")}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
