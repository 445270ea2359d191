// The candidate page's outline while it loads: a title, then its sections.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the candidate" className="animate-pulse">
      <div className="mb-6 h-8 w-64 rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-2">
        {[0, 1, 2, 3].map((i) => <div key={i} className="h-40 rounded-lg border border-slate-200 bg-white" />)}
      </div>
    </div>
  );
}
