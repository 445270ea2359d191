"use client";

import { useId, type ReactNode } from "react";
import { useFormContext } from "./zod-form";

/** One choice among a few, as radio buttons in a fieldset whose legend names it; its error shows below. */
export function RadioGroupField({ name, legend, options, defaultValue, hint }: {
  name: string; legend: ReactNode; hint?: ReactNode; defaultValue?: string; options: { value: string; label: ReactNode }[];
}) {
  const id = useId();
  const { fieldErrors, clearError } = useFormContext();
  const error = fieldErrors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      <div className="mt-1 flex flex-col gap-1">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-9 cursor-pointer items-start gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-50">
            <input type="radio" name={name} value={o.value} defaultChecked={o.value === defaultValue} onChange={() => clearError(name)} className="mt-0.5 size-4 accent-brand-600" />
            <span className="min-w-0 break-words">{o.label}</span>
          </label>
        ))}
      </div>
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
