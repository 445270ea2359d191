/**
 * The before/after values an audit event records: only the fields that changed. Pure, so the rule (what counts
 * as a change, how values are written) is unit-tested once and shared by every domain.
 */
export type AuditValue = string | number | boolean | null | AuditValue[];
export type FieldChanges = Record<string, { from: AuditValue; to: AuditValue }>;

function plain(value: unknown): AuditValue {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/** The fields of `after` whose value differs from `before` (arrays compared as ordered lists). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after)) {
    const from = plain(before[key]);
    const to = plain(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
