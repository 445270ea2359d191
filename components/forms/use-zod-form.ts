"use client";

import { useCallback, useRef, useState, useTransition, type FormEvent } from "react";
import type { z } from "@/lib/validation/zod";
import { fieldErrorsOf, type ActionResult, type FieldErrors } from "@/lib/http/action-result";
import { formToObject } from "./form-data";

/**
 * One form, one zod schema, one server action. On submit the fields are checked in the browser with the same
 * schema the action uses; only valid input is sent. Errors (the browser's or the server's) come back per field.
 * The form is never reset on an error, so what was typed stays: React's own form actions reset the fields, which is
 * why this submits through onSubmit instead.
 */
export function useZodForm<S extends z.ZodType, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T, form: HTMLFormElement) => void } = {},
) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const [pending, startTransition] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);
  const { onSuccess } = options;

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      const input = formToObject(form);
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        setFieldErrors(fieldErrorsOf(parsed.error));
        setMessage({ tone: "error", text: "Check the highlighted fields." });
        queueMicrotask(() => focusFirstError(form));
        return;
      }
      startTransition(async () => {
        let result: ActionResult<T>;
        try {
          result = await action(input as z.input<S>);
        } catch {
          result = { ok: false, message: "The server could not be reached, or it failed. Nothing was saved; try again." };
        }
        if (result.ok) {
          setFieldErrors({});
          setMessage(result.message ? { tone: "success", text: result.message } : undefined);
          onSuccess?.(result.data, form);
        } else {
          setFieldErrors(result.fieldErrors ?? {});
          setMessage({ tone: "error", text: result.message });
          queueMicrotask(() => (result.fieldErrors && Object.keys(result.fieldErrors).some(Boolean) ? focusFirstError(form) : summaryRef.current?.focus()));
        }
      });
    },
    [schema, action, onSuccess],
  );

  /** Clear one field's error as soon as it is edited. */
  const clearError = useCallback((name: string) => setFieldErrors((e) => (name in e ? omit(e, name) : e)), []);

  return { onSubmit, fieldErrors, message, pending, summaryRef, clearError };
}

function omit(errors: FieldErrors, name: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key !== name));
}

function focusFirstError(form: HTMLFormElement) {
  form.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
}
