// The audit trail as CSV (pure): one row per event, with its sentence and its before/after values.
import { safeUnparse } from "@/lib/csv/safe-unparse";
import type { FieldChanges } from "./changes";

export type AuditCsvRow = {
  createdAt: Date;
  actor: string | null;
  action: string;
  sentence: string;
  entityType: string;
  entityId: string;
  changes: FieldChanges;
  changedFields: string[];
  details: Record<string, unknown>;
};

const json = (v: object) => (Object.keys(v).length ? JSON.stringify(v) : "");

export function auditCsv(rows: AuditCsvRow[]): string {
  const fields = ["time (UTC)", "actor", "action", "description", "entity type", "entity id", "changes", "changed personal fields", "details"];
  return safeUnparse(
    fields,
    rows.map((r) => [r.createdAt.toISOString(), r.actor ?? "", r.action, r.sentence, r.entityType, r.entityId, json(r.changes), r.changedFields.join(" "), json(r.details)]),
  );
}
