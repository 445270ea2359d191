import { exportAccess } from "@/lib/report/loaders";
import { getReportInput } from "@/lib/report/data";
import { assembleReport } from "@/lib/report/assemble";
import { matrixCsv } from "@/lib/report/csv";
import { csvResponse, refusal } from "@/lib/report/csv-response";
import { recordReportExport } from "@/lib/report/mutations";

export async function GET(_request: Request, { params }: { params: Promise<{ positionId: string }> }) {
  const access = await exportAccess((await params).positionId);
  if (!access.ok) return refusal(access.status);
  const input = await getReportInput(access.user, access.positionId);
  if (!input.ok) return refusal(input.reason === "forbidden" ? 403 : 404);
  const body = matrixCsv(assembleReport(input.value));
  await recordReportExport(access.user.id, access.positionId, "matrix");
  return csvResponse(body, access.title, "matrix");
}
