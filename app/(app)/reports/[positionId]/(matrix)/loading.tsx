// Shown while the report is computed: the shape of the page, without figures; never wider than a 320 px screen.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the report" className="animate-pulse">
      <div className="mb-2 h-7 w-full max-w-72 rounded bg-slate-200" />
      <div className="mb-6 h-4 w-full max-w-96 rounded bg-slate-100" />
      <div className="grid grid-cols-10 gap-1">
        {Array.from({ length: 60 }, (_, i) => <div key={i} className="h-12 rounded bg-slate-100" />)}
      </div>
    </div>
  );
}
