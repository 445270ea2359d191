// Shown while the position's applicants and their interviews load.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the position" className="animate-pulse">
      <div className="mb-2 h-7 w-72 rounded bg-slate-200" />
      <div className="mb-6 h-4 w-96 rounded bg-slate-100" />
      <div className="mb-6 grid gap-4 md:grid-cols-3">{Array.from({ length: 3 }, (_, i) => <div key={i} className="h-40 rounded-lg bg-slate-100" />)}</div>
      <div className="space-y-2">{Array.from({ length: 6 }, (_, i) => <div key={i} className="h-12 rounded bg-slate-100" />)}</div>
    </div>
  );
}
