// Shown while the positions list loads: the shape of the table, without rows' content.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading positions" className="animate-pulse">
      <div className="mb-2 h-7 w-48 rounded bg-slate-200" />
      <div className="mb-6 h-4 w-80 rounded bg-slate-100" />
      <div className="mb-4 h-14 rounded-lg bg-slate-100" />
      <div className="space-y-2">{Array.from({ length: 8 }, (_, i) => <div key={i} className="h-10 rounded bg-slate-100" />)}</div>
    </div>
  );
}
