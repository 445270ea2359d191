"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { z } from "@/lib/validation/zod";
import type { ActionResult, FieldErrors } from "@/lib/http/action-result";
import { Button } from "@/components/ui/button";
import { useZodForm } from "./use-zod-form";

type FormContextValue = { fieldErrors: FieldErrors; clearError: (name: string) => void; pending: boolean };
const FormContext = createContext<FormContextValue>({ fieldErrors: {}, clearError: () => {}, pending: false });
export const useFormContext = () => useContext(FormContext);

/**
 * A form bound to a zod schema and a server action (see useZodForm): the fields below it (components/forms/fields)
 * show their own errors, the summary above the buttons says what happened and takes focus on a server refusal.
 */
export function ZodForm<S extends z.ZodType, T>({
  schema,
  action,
  onSuccess,
  submitLabel,
  pendingLabel = "Saving…",
  secondary,
  children,
  className = "space-y-4",
  "aria-label": ariaLabel,
}: {
  schema: S;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  onSuccess?: (data: T, form: HTMLFormElement) => void;
  submitLabel: string;
  pendingLabel?: string;
  /** Extra buttons beside submit (Cancel...). */
  secondary?: ReactNode;
  children: ReactNode;
  className?: string;
  "aria-label"?: string;
}) {
  const { onSubmit, fieldErrors, message, pending, summaryRef, clearError } = useZodForm(schema, action, { onSuccess });
  return (
    <FormContext.Provider value={{ fieldErrors, clearError, pending }}>
      <form noValidate onSubmit={onSubmit} className={className} aria-label={ariaLabel} aria-busy={pending}>
        {children}
        {fieldErrors[""] && fieldErrors[""] !== message?.text ? <p className="text-sm text-red-700">{fieldErrors[""]}</p> : null}
        <div ref={summaryRef} tabIndex={-1} role={message?.tone === "error" ? "alert" : "status"}
          className={`min-h-5 text-sm outline-none ${message?.tone === "error" ? "text-red-700" : "text-emerald-700"}`}>
          {message?.text}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>{pending ? pendingLabel : submitLabel}</Button>
          {secondary}
        </div>
      </form>
    </FormContext.Provider>
  );
}
