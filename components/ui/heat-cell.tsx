// A heatmap table cell: the background shows where `value` sits between `min` and `max` (amber below `mid`, blue
// above), and the children always carry the value as text, so colour is never the only signal.
// Three clearly separate steps each side (the 50/100 tints were too close to read as a scale); every text colour
// used on them (slate-800/900, red-800, amber-950, purple-900) stays above 4.5:1 on the darkest step.
const BELOW = ["bg-amber-300", "bg-amber-200", "bg-amber-100"];
const ABOVE = ["bg-sky-100", "bg-sky-200", "bg-sky-300"];

/** The steps from lowest to highest, for a legend. */
export const HEAT_STEPS = [...BELOW, ...ABOVE];

export function heatClass(value: number | null, min: number, mid: number, max: number): string {
  if (value === null || !Number.isFinite(value)) return "bg-white";
  if (value < mid) {
    const t = (value - min) / Math.max(1e-9, mid - min);
    return BELOW[Math.min(BELOW.length - 1, Math.max(0, Math.floor(t * BELOW.length)))]!;
  }
  const t = (value - mid) / Math.max(1e-9, max - mid);
  return ABOVE[Math.min(ABOVE.length - 1, Math.max(0, Math.floor(t * ABOVE.length)))]!;
}

export const heatCellClass = (value: number | null, min: number, mid: number, max: number) =>
  `border border-slate-200 px-2 py-1.5 align-top tabular-nums ${heatClass(value, min, mid, max)}`;

export function HeatCell({ value, min, mid, max, children, className = "" }: { value: number | null; min: number; mid: number; max: number; children: React.ReactNode; className?: string }) {
  return <td className={`${heatCellClass(value, min, mid, max)} ${className}`}>{children}</td>;
}
