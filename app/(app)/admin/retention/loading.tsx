// The shape of the retention pages while their list loads.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="animate-pulse">
      <div className="mb-6 h-8 w-72 rounded bg-slate-200" />
      <div className="mb-6 h-32 rounded-lg border border-slate-200 bg-white" />
      {Array.from({ length: 6 }, (_, i) => <div key={i} className="mb-1 h-10 rounded bg-slate-100" />)}
    </div>
  );
}
