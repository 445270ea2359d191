import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { navigationFor, ROLE_LABELS } from "@/lib/auth/roles";
import { SignOutButton } from "./_components/sign-out-button";
import { NavLinks } from "./_components/nav-links";
import { AppMenu } from "./_components/app-menu";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-slate-200 bg-white">
        {/* Phone: logo, who is signed in, Menu (the navigation and Sign out unfold below). Wide: one row, the items
            placed by `order`. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:px-6 md:gap-x-6">
          <Link href="/" className="order-1 text-lg font-semibold tracking-tight text-brand-900">Quorum</Link>
          <span className="order-2 ml-auto min-w-0 flex-1 text-right text-sm leading-tight md:order-3 md:flex-none">
            <Link href="/profile" aria-label={`${user.name}: your profile`} className="block truncate font-medium text-slate-800 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-800" data-testid="signed-in-person">{user.name}</Link>
            <span className="block truncate text-xs text-slate-500">{user.roles.map((r) => ROLE_LABELS[r]).join(" · ")}</span>
          </span>
          <AppMenu>
            <div className="md:order-2"><NavLinks items={navigationFor(user)} /></div>
            <div className="md:order-4"><SignOutButton /></div>
          </AppMenu>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
