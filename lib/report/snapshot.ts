/**
 * A computed report as stored in report_snapshots (pure, no I/O). JSON cannot carry NaN or Infinity (alpha is NaN
 * when every value is equal), so non-finite numbers travel as `{"$number": "NaN"}`: an object no string field of
 * the report can turn into, unlike a sentinel string a candidate could be named.
 */
import type { PositionReport } from "./model";

/**
 * The shape and the figures of a stored report, as this code computes them. Raise it with any change to
 * lib/report/model.ts or to how assembleReport computes a figure: a snapshot of another format is recomputed, never
 * served (a rolling deploy's old and new processes each recompute their own).
 */
export const SNAPSHOT_FORMAT = 2; // 2: alpha intervals from the multinomial bootstrap

const NON_FINITE = "$number";

export function serializeReport(report: PositionReport): string {
  return JSON.stringify(report, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? { [NON_FINITE]: String(value) } : value));
}

export function parseReport(text: string): PositionReport {
  // The reviver visits every value: only pay for it when something needs reviving.
  if (!text.includes(`"${NON_FINITE}"`)) return JSON.parse(text) as PositionReport;
  return JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === NON_FINITE) return Number((value as Record<string, string>)[NON_FINITE]);
    }
    return value;
  }) as PositionReport;
}
