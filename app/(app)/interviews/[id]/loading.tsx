// Same outline as the page, so nothing jumps when the scorecard arrives.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the scorecard" className="animate-pulse">
      <div className="mb-3 h-4 w-28 rounded bg-slate-200" />
      <div className="mb-6 h-8 w-64 rounded bg-slate-200" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="mb-4 h-56 rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
