"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button, buttonClass } from "@/components/ui/button";
import { ReopenSchema } from "@/lib/scorecard/schema";

/** Reopen one submitted scorecard, with a reason; the server checks the admin role and audits it. */
export function ReopenForm({ scorecardId, label }: { scorecardId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  // Cancel unmounts the form: focus goes back to the button that opened it, not to the page's <body> (WCAG 2.4.3).
  const refocus = useRef(false);
  useEffect(() => {
    if (!open && refocus.current) {
      refocus.current = false;
      opener.current?.focus();
    }
  }, [open]);

  if (!open) {
    return (
      <button ref={opener} type="button" className={`${buttonClass("secondary")} ml-auto`} onClick={() => setOpen(true)} aria-label={`Reopen ${label}`}>
        Reopen…
      </button>
    );
  }

  function submit(form: FormData) {
    const parsed = ReopenSchema.safeParse({ reason: form.get("reason") });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    startTransition(async () => {
      const res = await fetch(`/api/scorecards/${scorecardId}/reopen`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(parsed.data),
      }).catch(() => null);
      if (!res) return setError("The server could not be reached. Try again.");
      if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? "Reopening failed.");
      router.refresh();
    });
  }

  return (
    <form action={submit} className="ml-auto flex w-full max-w-md flex-col gap-2" aria-label={`Reopen ${label}`}>
      <label htmlFor={id} className="text-sm font-medium">Reason for reopening</label>
      <textarea id={id} name="reason" rows={2} required autoFocus aria-describedby={`${id}-error`}
        className="rounded-md border border-slate-300 px-3 py-2 text-sm" />
      <p id={`${id}-error`} role="alert" className="min-h-5 text-sm text-red-700">{error}</p>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>{pending ? "Reopening…" : "Reopen scorecard"}</Button>
        <Button type="button" variant="ghost" onClick={() => { refocus.current = true; setError(undefined); setOpen(false); }}>Cancel</Button>
      </div>
    </form>
  );
}
