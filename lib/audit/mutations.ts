import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

/** Record an audit event inside the caller's transaction, so the event and the change land together or not at all. */
export async function recordAudit(tx: Tx, event: AuditInput) {
  await tx.auditEvent.create({ data: { ...event, data: event.data ?? {} } });
}
