"use client";

import { useId, useRef, useState, useTransition, type ReactNode } from "react";
import { Button } from "./button";

type Variant = "primary" | "danger";

/**
 * A button that opens a modal confirmation (the native <dialog>: focus moves in, Escape closes, the page behind is
 * inert) and runs `onConfirm`; a refusal's message is shown inside the dialog, which then stays open.
 */
export function ConfirmDialog({ trigger, title, children, confirmLabel, variant = "primary", onConfirm, triggerVariant = "secondary" }: {
  trigger: ReactNode;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  variant?: Variant;
  triggerVariant?: "primary" | "secondary" | "ghost" | "danger";
  /** Resolve with an error message to keep the dialog open and show it, or nothing when done. */
  onConfirm: () => Promise<string | void>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const id = useId();
  const close = () => { setError(undefined); ref.current?.close(); };
  return (
    <>
      <Button type="button" variant={triggerVariant} onClick={() => ref.current?.showModal()}>{trigger}</Button>
      <dialog ref={ref} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onClose={() => setError(undefined)}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="space-y-3 p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold">{title}</h2>
          <div id={`${id}-body`} className="text-sm text-slate-700">{children}</div>
          <p role="alert" className="min-h-5 text-sm text-red-700">{error}</p>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={close} autoFocus>Cancel</Button>
            <Button type="button" variant={variant} disabled={pending} onClick={() => startTransition(async () => {
              const problem = await onConfirm().catch(() => "The server could not be reached, or it failed. Nothing was changed; try again.");
              if (problem) setError(problem); else close();
            })}>{pending ? "Working…" : confirmLabel}</Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
