/**
 * What every server action returns: a typed result, never a thrown error for a user's mistake. Pure (client and
 * server). Field errors are keyed by the form field's name, so the form shows each next to its field.
 */
import type { z } from "@/lib/validation/zod";

export type FieldErrors = Record<string, string>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

export const success = <T = undefined>(data?: T, message?: string): ActionResult<T> => ({ ok: true, data: data as T, message });

export const failure = (message: string, fieldErrors?: FieldErrors): { ok: false; message: string; fieldErrors?: FieldErrors } => ({ ok: false, message, fieldErrors });

/** The first message per field of a zod error ("" for the form itself). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "";
    out[key] ??= issue.message;
  }
  return out;
}

/** A zod failure as an action result: "Check the highlighted fields" plus each field's message. */
export function invalid(error: z.ZodError): { ok: false; message: string; fieldErrors: FieldErrors } {
  const fieldErrors = fieldErrorsOf(error);
  const count = Object.keys(fieldErrors).length;
  return { ok: false, message: count === 1 && fieldErrors[""] ? fieldErrors[""] : `Check the ${count === 1 ? "highlighted field" : `${count} highlighted fields`}.`, fieldErrors };
}
