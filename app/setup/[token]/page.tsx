import Link from "next/link";
import { getSetupLink } from "@/lib/setup/data";
import { TokenSchema } from "@/lib/people/schema";
import { PublicPage } from "@/components/ui/public-page";
import { FirstAdminForm } from "./_components/first-admin-form";

export const metadata = { title: "Set up Quorum" };

/** Public: the setup link `npm start` printed in the console is the credential. Opening the page uses nothing. */
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token;
  const state = TokenSchema.safeParse(token).success ? await getSetupLink(token) : "unknown";
  if (state === "adminExists") {
    return (
      <PublicPage title="Quorum is set up already">
        <p className="text-sm text-slate-700">It has an admin, so this setup link no longer works. Sign in, or ask your admin for an account.</p>
        <p className="mt-4 text-sm"><Link href="/login" className="font-medium text-brand-700 underline">Go to sign-in</Link></p>
      </PublicPage>
    );
  }
  if (state !== "valid") {
    return (
      <PublicPage title="This setup link cannot be used">
        <p className="text-sm text-slate-700">
          It was used already, or a newer one replaced it (each <code className="font-mono">npm start</code> on a database without an admin prints a
          new one). Use the latest link from the console, or create the admin from the shell:
        </p>
        <pre className="mt-3 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">npm run admin:create -- you@your-company.com --name &quot;Your Name&quot;</pre>
      </PublicPage>
    );
  }
  return (
    <PublicPage title="Create the first admin" description="Quorum has no admin yet. This account can add everyone else.">
      <FirstAdminForm token={token} />
    </PublicPage>
  );
}
