import type { DescribedEvent } from "@/lib/audit/data";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
}

/** An event's before/after values, personal fields changed (names only) and other data, behind a disclosure. */
export function EventDetails({ event }: { event: DescribedEvent }) {
  const changes = Object.entries(event.changes);
  const details = Object.entries(event.details);
  if (changes.length === 0 && event.changedFields.length === 0 && details.length === 0) return null;
  const count = changes.length + event.changedFields.length;
  return (
    <details className="mt-1 text-xs text-slate-700">
      <summary className="cursor-pointer font-medium text-brand-700">{count ? `${count} changed field${count === 1 ? "" : "s"}` : "Details"}</summary>
      {changes.length ? (
        <table className="mt-2 border-collapse">
          <caption className="sr-only">Before and after</caption>
          <thead><tr className="text-left text-slate-500"><th scope="col" className="pr-4">Field</th><th scope="col" className="pr-4">Before</th><th scope="col">After</th></tr></thead>
          <tbody>
            {changes.map(([field, { from, to }]) => (
              <tr key={field}><th scope="row" className="pr-4 text-left font-medium">{field}</th><td className="pr-4">{show(from)}</td><td>{show(to)}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {event.changedFields.length ? <p className="mt-2">Personal fields changed (values not kept): {event.changedFields.join(", ")}</p> : null}
      {details.length ? (
        <dl className="mt-2 space-y-0.5">
          {details.map(([key, value]) => <div key={key} className="flex gap-2"><dt className="font-medium">{key}</dt><dd>{show(value)}</dd></div>)}
        </dl>
      ) : null}
    </details>
  );
}
