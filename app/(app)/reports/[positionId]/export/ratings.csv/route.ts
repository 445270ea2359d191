import { exportAccess } from "@/lib/report/loaders";
import { getRatingRows } from "@/lib/report/data";
import { ratingsCsv } from "@/lib/report/csv";
import { csvResponse, refusal } from "@/lib/report/csv-response";
import { recordReportExport } from "@/lib/report/mutations";

export async function GET(_request: Request, { params }: { params: Promise<{ positionId: string }> }) {
  const access = await exportAccess((await params).positionId);
  if (!access.ok) return refusal(access.status);
  const { rows, versions } = await getRatingRows(access.positionId);
  const body = ratingsCsv(rows, versions);
  await recordReportExport(access.user.id, access.positionId, "ratings");
  return csvResponse(body, access.title, "ratings");
}
