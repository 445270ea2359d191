// The imports list's outline while it loads.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading imports" className="animate-pulse">
      <div className="mb-6 h-8 w-48 rounded bg-slate-200" />
      {Array.from({ length: 6 }, (_, i) => <div key={i} className="mb-1 h-10 rounded bg-slate-100" />)}
    </div>
  );
}
