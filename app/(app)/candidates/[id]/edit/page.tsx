import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getCandidateFields } from "@/lib/candidate/data";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { CandidateForm } from "../../_components/candidate-form";

export const metadata = { title: "Edit candidate" };

export default async function EditCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("admin", "hiring_manager");
  const candidate = await getCandidateFields(user, (await params).id);
  if (!candidate) notFound();
  return (
    <>
      <PageHeader title={`Edit ${candidate.name}`} description="Positions and statuses are changed on the candidate's page." />
      <Card className="max-w-2xl p-5">
        <CandidateForm candidate={candidate} />
      </Card>
    </>
  );
}
