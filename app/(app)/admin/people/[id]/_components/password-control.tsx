"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SecretReveal } from "@/components/ui/secret-reveal";
import { formatZoned } from "@/lib/interview/local-time";
import { useViewerTimeZone } from "@/components/ui/local-time";
import { createPasswordLinkAction, setTemporaryPasswordAction } from "@/lib/people/actions";
import type { PasswordLinkResult } from "@/lib/people/schema";

type Shown = { kind: "link"; result: PasswordLinkResult } | { kind: "password"; password: string };

/** Give a person a password for credentials sign-in: a one-time link, or a temporary password. Either is shown once. */
export function PasswordControl({ personId, name, email, hasPassword, mailConfigured }: {
  personId: string; name: string; email: string; hasPassword: boolean; mailConfigured: boolean;
}) {
  const router = useRouter();
  const [shown, setShown] = useState<Shown>();
  // The link is shown after a click, so the zone is the browser's (or the profile's) by then, never a guess.
  const zone = useViewerTimeZone() ?? "UTC";
  const replaces = hasPassword ? " Their current password stops working and their sessions end." : "";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog trigger="Create a password link…" title={`A password link for ${name}`} confirmLabel="Create link"
          onConfirm={async () => {
            const result = await createPasswordLinkAction(personId);
            if (!result.ok) return result.message;
            setShown({ kind: "link", result: result.data });
            router.refresh();
          }}>
          They open it to choose their own password. It works once, for 7 days; an older unused link stops working.
          {mailConfigured ? ` It is also mailed to ${email}.` : " No mail server is set up (SMTP_URL), so hand it over yourself."}
        </ConfirmDialog>
        <ConfirmDialog trigger="Generate a temporary password…" title={`A temporary password for ${name}`} confirmLabel="Generate password"
          onConfirm={async () => {
            const result = await setTemporaryPasswordAction(personId);
            if (!result.ok) return result.message;
            setShown({ kind: "password", password: result.data.password });
            router.refresh();
          }}>
          Quorum makes one up and shows it to you once; give it to {name} in person or over a channel you trust.{replaces}
        </ConfirmDialog>
      </div>
      {shown?.kind === "link" ? (
        <SecretReveal label={`Password link for ${name} (works once, until ${formatZoned(new Date(shown.result.expiresAt), zone)})`} value={shown.result.link}>
          <p className="mt-1">{shown.result.mail.sent ? `Also mailed to ${email}.` : shown.result.mail.message ? `Mailing it failed: ${shown.result.mail.message} Hand it over yourself.` : "Hand it over yourself: no mail server is set up."}</p>
        </SecretReveal>
      ) : shown?.kind === "password" ? (
        <SecretReveal label={`Temporary password for ${name} (sign in with ${email})`} value={shown.password} />
      ) : null}
    </div>
  );
}
