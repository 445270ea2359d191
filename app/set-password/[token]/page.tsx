import Link from "next/link";
import { getPasswordLink } from "@/lib/people/data";
import { TokenSchema } from "@/lib/people/schema";
import { PublicPage } from "@/components/ui/public-page";
import { SetPasswordForm } from "./_components/set-password-form";

export const metadata = { title: "Set your password" };

const WHY = {
  used: "This link was used already: each link sets a password once.",
  expired: "This link has expired: links work for 7 days.",
  unknown: "This link does not work: it may be incomplete, or a newer link replaced it.",
};

/** Public: the token in the address is the credential. Opening the page uses nothing; only the form's submit does. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token;
  const link = TokenSchema.safeParse(token).success ? await getPasswordLink(token) : { state: "unknown" as const };
  if (link.state !== "valid") {
    return (
      <PublicPage title="This link cannot be used">
        <p className="text-sm text-slate-700">{WHY[link.state]} Ask an admin of Quorum for a new one.</p>
        <p className="mt-4 text-sm"><Link href="/login" className="font-medium text-brand-700 underline">Go to sign-in</Link></p>
      </PublicPage>
    );
  }
  return (
    <PublicPage title="Set your password" description={<>For {link.name} ({link.email}). You sign in with this email and the password you choose.</>}>
      <SetPasswordForm token={token} />
    </PublicPage>
  );
}
