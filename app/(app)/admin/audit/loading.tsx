// The shape of the trail while it loads: the filters, then rows.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the audit trail" className="animate-pulse">
      <div className="mb-6 h-8 w-48 rounded bg-slate-200" />
      <div className="mb-4 h-20 rounded-lg border border-slate-200 bg-white" />
      {Array.from({ length: 8 }, (_, i) => <div key={i} className="mb-1 h-10 rounded bg-slate-100" />)}
    </div>
  );
}
