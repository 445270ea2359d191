import { exportAuditTrail } from "@/lib/audit/loaders";

export async function GET(request: Request) {
  return exportAuditTrail(new URL(request.url));
}
