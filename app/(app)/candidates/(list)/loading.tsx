// In its own route group so that this skeleton wraps the list only: above the candidate layout, its 404 would stream as a 200.
// The list's outline while candidates load: the filters, then rows without text.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading candidates" className="animate-pulse">
      <div className="mb-6 h-8 w-48 rounded bg-slate-200" />
      <div className="mb-4 h-16 rounded-lg border border-slate-200 bg-white" />
      {Array.from({ length: 8 }, (_, i) => <div key={i} className="mb-1 h-10 rounded bg-slate-100" />)}
    </div>
  );
}
