import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { PositionReport } from "./model";
import type { SnapshotKey } from "./data";
import { serializeReport, SNAPSHOT_FORMAT } from "./snapshot";

export type ReportExportKind = "matrix" | "ratings";

/** A report's CSV was downloaded: who took a copy of which position's figures (and notes, for the ratings). */
export async function recordReportExport(actorId: string, positionId: string, kind: ReportExportKind) {
  await db().$transaction((tx) => recordAudit(tx, { actorId, action: "report.exported", entityType: "report", entityId: positionId, data: { kind } }));
}

/**
 * Keep a freshly computed report for the next view (lib/report/data.ts getPositionReport). Never replaces a
 * snapshot of a later generation, or of the same generation computed for a later time (a slower reader finishing
 * last); another format is replaced. `created_at` is the time the figures were computed for (the database's clock),
 * which decides when an interview falling due makes the snapshot stale.
 * Not audited: it is derived data, the same figures anyone with access would compute.
 */
export async function storeReportSnapshot(positionId: string, key: SnapshotKey, report: PositionReport) {
  await db().$executeRaw`
    insert into report_snapshots (position_id, generation, format, report, created_at)
    values (${positionId}::uuid, ${key.generation}, ${SNAPSHOT_FORMAT}, ${serializeReport(report)}, ${key.asOf})
    on conflict (position_id) do update set generation = excluded.generation, format = excluded.format, report = excluded.report, created_at = excluded.created_at
    where report_snapshots.generation < excluded.generation or report_snapshots.format <> excluded.format
       or (report_snapshots.generation = excluded.generation and report_snapshots.created_at < excluded.created_at)`;
}
