// The list's outline while it loads: header, filters, a few rows.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading people" className="animate-pulse">
      <div className="mb-6 h-8 w-40 rounded bg-slate-200" />
      <div className="mb-4 h-16 rounded-lg border border-slate-200 bg-white" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {[0, 1, 2, 3, 4, 5].map((i) => <div key={i} className="h-6 rounded bg-slate-100" />)}
      </div>
    </div>
  );
}
