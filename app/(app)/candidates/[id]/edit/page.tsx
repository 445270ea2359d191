import { loadCandidate } from "@/lib/candidate/loaders";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { CandidateForm } from "../../_components/candidate-form";

export const metadata = { title: "Edit candidate" };

export default async function EditCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const { candidate } = await loadCandidate((await params).id);
  return (
    <>
      <PageHeader title={`Edit ${candidate.name}`} description="Positions and statuses are changed on the candidate's page." />
      <Card className="max-w-2xl p-5">
        <CandidateForm candidate={candidate} />
      </Card>
    </>
  );
}
