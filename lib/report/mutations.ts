import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";

export type ReportExportKind = "matrix" | "ratings";

/** A report's CSV was downloaded: who took a copy of which position's figures (and notes, for the ratings). */
export async function recordReportExport(actorId: string, positionId: string, kind: ReportExportKind) {
  await db().$transaction((tx) => recordAudit(tx, { actorId, action: "report.exported", entityType: "report", entityId: positionId, data: { kind } }));
}
