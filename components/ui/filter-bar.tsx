import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

/**
 * A list page's filters as a plain GET form: the URL holds the filters, so a filtered list can be shared, reloaded
 * and paged, and it works before any JavaScript has loaded.
 */
export function FilterBar({ action, label, children, resetHref }: { action: string; label: string; children: ReactNode; resetHref?: string }) {
  return (
    <form action={action} method="get" role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {children}
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
      {resetHref ? <Link href={resetHref} className="py-2 text-sm font-medium text-brand-700 underline">Clear</Link> : null}
    </form>
  );
}

// max-w-full: a select is as wide as its longest option, which on a phone is wider than the screen.
const CONTROL = "mt-1 block max-w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

export function FilterInput({ name, label, defaultValue, type = "search", placeholder }: { name: string; label: string; defaultValue?: string; type?: string; placeholder?: string }) {
  return (
    <label className="min-w-0 max-w-full text-sm font-medium text-slate-800">
      {label}
      <input name={name} type={type} defaultValue={defaultValue} placeholder={placeholder} className={`${CONTROL} w-56`} />
    </label>
  );
}

export function FilterSelect({ name, label, defaultValue, options }: { name: string; label: string; defaultValue?: string; options: { value: string; label: string }[] }) {
  return (
    <label className="min-w-0 max-w-full text-sm font-medium text-slate-800">
      {label}
      <select name={name} defaultValue={defaultValue ?? ""} className={CONTROL}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}
