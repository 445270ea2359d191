import { buttonClass } from "@/components/ui/button";

/**
 * A GET form of candidate checkboxes (the radar overlay, the comparison): works without JavaScript and keeps the
 * choice in the URL. The checkboxes are 24 px, the size WCAG 2.5.8 asks of a target.
 */
export function CandidateChecklist({ name, legend, candidates, checked, submit, className = "" }: {
  name: string;
  legend: string;
  candidates: { id: string; name: string }[];
  checked: (id: string) => boolean;
  submit: string;
  className?: string;
}) {
  return (
    <form method="get" className={`no-print rounded-lg border border-slate-200 bg-white p-3 text-sm ${className}`}>
      <fieldset>
        <legend className="font-medium text-slate-900">{legend}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {candidates.map((c) => (
            <label key={c.id} className="flex min-h-8 items-center gap-2">
              <input type="checkbox" name={name} value={c.id} defaultChecked={checked(c.id)} className="size-6 shrink-0" />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={`${buttonClass("secondary")} mt-2`}>{submit}</button>
    </form>
  );
}
