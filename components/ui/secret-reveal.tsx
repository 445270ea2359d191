"use client";

import { useId, useState } from "react";
import { Button } from "./button";

/**
 * A secret shown once (a link, a temporary password): selectable text, a copy button, and a line saying it will
 * not be shown again. The clipboard needs a secure context (https or localhost); where it is refused, the text
 * stays selected for copying by hand.
 */
export function SecretReveal({ label, value, children }: { label: string; value: string; children?: React.ReactNode }) {
  const [copied, setCopied] = useState<"yes" | "no">();
  const id = useId();
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" role="status">
      <p id={`${id}-label`} className="font-medium">{label}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <output aria-labelledby={`${id}-label`} data-testid="secret" className="min-w-0 flex-1 break-all rounded border border-amber-200 bg-white px-2 py-1.5 font-mono text-slate-900 select-all">{value}</output>
        <Button type="button" variant="secondary" onClick={() => navigator.clipboard.writeText(value).then(() => setCopied("yes"), () => setCopied("no"))}>
          {copied === "yes" ? "Copied" : "Copy"}
        </Button>
      </div>
      {copied === "no" ? <p className="mt-1 text-amber-900">The browser refused the clipboard: select the text and copy it by hand.</p> : null}
      <p className="mt-2">It is shown only this once; Quorum keeps nothing it could show again.</p>
      {children}
    </div>
  );
}
