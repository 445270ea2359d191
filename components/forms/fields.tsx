"use client";

import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useFormContext } from "./zod-form";

const CONTROL = "mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";
const controlClass = (invalid: boolean) => `${CONTROL} ${invalid ? "border-red-600" : "border-slate-300"}`;

/** Label, hint and error wired to one control by id (aria-describedby, aria-invalid). */
function useField(name: string, hint?: ReactNode) {
  const id = useId();
  const { fieldErrors, clearError } = useFormContext();
  const error = fieldErrors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, error, describedBy, clearError };
}

function FieldFrame({ id, label, hint, error, required, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}{required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      {children}
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

type Common = { name: string; label: ReactNode; hint?: ReactNode; required?: boolean };

export function TextField({ name, label, hint, required, ...rest }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  const { id, error, describedBy, clearError } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input id={id} name={name} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        {...rest} onChange={(e) => { clearError(name); rest.onChange?.(e); }} className={controlClass(Boolean(error))} />
    </FieldFrame>
  );
}

export function TextAreaField({ name, label, hint, required, ...rest }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const { id, error, describedBy, clearError } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea id={id} name={name} rows={3} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        {...rest} onChange={(e) => { clearError(name); rest.onChange?.(e); }} className={controlClass(Boolean(error))} />
    </FieldFrame>
  );
}

export function SelectField({ name, label, hint, required, options, ...rest }: Common & { options: { value: string; label: string }[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  const { id, error, describedBy, clearError } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select id={id} name={name} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        {...rest} onChange={(e) => { clearError(name); rest.onChange?.(e); }} className={controlClass(Boolean(error))}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldFrame>
  );
}

/** A fieldset whose legend names a group of choices; hint above, error below, both tied to it. */
function ChoiceFieldset({ name, legend, hint, children }: { name: string; legend: ReactNode; hint?: ReactNode; children: (clearError: () => void) => ReactNode }) {
  const { id, error, describedBy, clearError } = useField(name, hint);
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {children(() => clearError(name))}
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** A group of checkboxes sent as the list `name` (form name `name[]`). */
export function CheckboxGroupField({ name, legend, hint, options, defaultValue = [] }: {
  name: string; legend: ReactNode; hint?: ReactNode; options: { value: string; label: ReactNode; description?: ReactNode }[]; defaultValue?: string[];
}) {
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint}>
      {(clearError) => (
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {options.map((o) => (
            <label key={o.value} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2 text-sm hover:bg-slate-50">
              <input type="checkbox" name={`${name}[]`} value={o.value} defaultChecked={defaultValue.includes(o.value)} onChange={clearError}
                className="mt-0.5 size-5 accent-brand-600" />
              <span><span className="font-medium">{o.label}</span>{o.description ? <span className="block text-xs text-slate-600">{o.description}</span> : null}</span>
            </label>
          ))}
        </div>
      )}
    </ChoiceFieldset>
  );
}

/** One choice among a few, as radio buttons. */
export function RadioGroupField({ name, legend, options, defaultValue, hint }: {
  name: string; legend: ReactNode; hint?: ReactNode; defaultValue?: string; options: { value: string; label: ReactNode }[];
}) {
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint}>
      {(clearError) => (
        <div className="mt-1 flex flex-col gap-1">
          {options.map((o) => (
            <label key={o.value} className="flex min-h-9 cursor-pointer items-start gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-50">
              <input type="radio" name={name} value={o.value} defaultChecked={o.value === defaultValue} onChange={clearError} className="mt-0.5 size-4 accent-brand-600" />
              <span className="min-w-0 break-words">{o.label}</span>
            </label>
          ))}
        </div>
      )}
    </ChoiceFieldset>
  );
}
