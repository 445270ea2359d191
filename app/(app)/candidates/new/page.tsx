import { requireRole } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { listApplicablePositions } from "@/lib/candidate/data";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { CandidateForm } from "../_components/candidate-form";

export const metadata = { title: "Add a candidate" };

export default async function NewCandidatePage({ searchParams }: { searchParams: Promise<{ position?: string | string[] }> }) {
  const user = await requireRole("admin", "hiring_manager");
  const positions = await listApplicablePositions(user);
  const wanted = (await searchParams).position;
  const preselected = positions.filter((p) => p.id === (Array.isArray(wanted) ? wanted[0] : wanted)).map((p) => p.id);
  return (
    <>
      <PageHeader title="Add a candidate" description="An email already on file is refused, so that one person has one record." />
      <Card className="max-w-2xl p-5">
        <CandidateForm positions={positions} preselected={preselected} needsPosition={!hasRole(user, "admin")} />
      </Card>
    </>
  );
}
