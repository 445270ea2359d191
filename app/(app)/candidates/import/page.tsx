import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { listApplicablePositions } from "@/lib/candidate/data";
import { CSV_COLUMNS } from "@/lib/candidate/csv-preview";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ImportFlow } from "../_components/import-flow";

export const metadata = { title: "Import candidates" };

export default async function ImportPage() {
  const user = await requireRole("admin", "hiring_manager");
  const positions = await listApplicablePositions(user);
  const needsPosition = !hasRole(user, "admin");
  return (
    <>
      <PageHeader title="Import candidates from a CSV"
        description={`Columns: ${CSV_COLUMNS.join(", ")} (only name is required; links separated by spaces or semicolons). Check the file first: nothing is imported until you confirm.`}
        actions={<Link href="/candidates/imports" className="text-sm font-medium text-brand-700 underline">Past imports</Link>} />
      <Card className="p-5">
        {needsPosition && positions.length === 0
          ? <p className="text-sm text-slate-600">You manage no open position yet, so you cannot import candidates.</p>
          : <ImportFlow positions={positions} needsPosition={needsPosition} />}
      </Card>
    </>
  );
}
