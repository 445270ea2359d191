import { buttonClass } from "@/components/ui/button";

/** Pick any two versions to compare: a plain GET form, so it works before (and without) any script. */
export function CompareForm({ rubricId, versions, from, to }: { rubricId: string; versions: number[]; from?: number; to?: number }) {
  const newestFirst = [...versions].sort((a, b) => b - a);
  const select = (name: "from" | "to", label: string, value: number | undefined) => (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select name={name} defaultValue={value} className="rounded-md border border-slate-300 bg-white px-3 py-2 font-normal">
        {newestFirst.map((v) => <option key={v} value={v}>v{v}</option>)}
      </select>
    </label>
  );
  return (
    <form method="get" action={`/admin/rubrics/${rubricId}/diff`} aria-label="Compare two versions" className="flex flex-wrap items-end gap-3">
      {select("from", "From version", from ?? newestFirst[1] ?? newestFirst[0])}
      {select("to", "To version", to ?? newestFirst[0])}
      <button type="submit" className={buttonClass("secondary")}>Compare</button>
    </form>
  );
}
