import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import type { AuditAction } from "./actions";
import { changedFields } from "./changes";

export type AuditInput = {
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntity;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

export type AuditEntity = "user" | "position" | "candidate" | "candidate_import" | "candidate_merge" | "interview" | "scorecard" | "rubric" | "rubric_version" | "report" | "audit" | "settings" | "setup" | "sign_in";

/** Record an audit event inside the caller's transaction, so the event and the change land together or not at all. */
export async function recordAudit(tx: Tx, event: AuditInput) {
  await tx.auditEvent.create({ data: { ...event, data: event.data ?? {} } });
}

/**
 * Record an update with the before/after values of the fields that changed (data.changes), plus any extra data.
 * Returns false, recording nothing, when nothing changed: callers then report "no change" instead of a write.
 */
export async function recordChange(
  tx: Tx,
  event: Omit<AuditInput, "data"> & { before: Record<string, unknown>; after: Record<string, unknown>; extra?: Record<string, Prisma.InputJsonValue> },
): Promise<boolean> {
  const changes = changedFields(event.before, event.after);
  if (Object.keys(changes).length === 0) return false;
  const { actorId, action, entityType, entityId, extra } = event;
  await recordAudit(tx, { actorId, action, entityType, entityId, data: { ...extra, changes } });
  return true;
}

/** An export of the audit trail is itself an event: who took a copy, of which filter, how many events. */
export async function recordAuditExport(actorId: string, filter: Record<string, string | undefined>, rows: number) {
  const given = Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined));
  await db().$transaction((tx) => recordAudit(tx, { actorId, action: "audit.exported", entityType: "audit", entityId: "trail", data: { filter: given, rows } }));
}
