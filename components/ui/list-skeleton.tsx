/**
 * A list page's outline while it loads (a route's loading.tsx): the title, the filters, rows without text. Busy and
 * named for assistive technology, so "Loading people" is announced instead of silence.
 */
export function ListSkeleton({ label, rows = 8, filters = true }: { label: string; rows?: number; filters?: boolean }) {
  return (
    <div aria-busy="true" aria-label={label} className="animate-pulse">
      <div className="mb-6 h-8 w-48 rounded bg-slate-200" />
      {filters ? <div className="mb-4 h-16 rounded-lg border border-slate-200 bg-white" /> : null}
      {Array.from({ length: rows }, (_, i) => <div key={i} className="mb-1 h-10 rounded bg-slate-100" />)}
    </div>
  );
}
