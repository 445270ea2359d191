import { requireRole } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { matrixOptions } from "@/lib/position/data";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { PositionForm } from "../_components/position-form";

export const metadata = { title: "New position" };

export default async function NewPositionPage() {
  const user = await requireRole("admin", "hiring_manager");
  const matrices = await matrixOptions();
  return (
    <>
      <PageHeader title="New position"
        description={hasRole(user, "hiring_manager") ? "You will be on its hiring team as its manager. Next, choose its team." : "Next, choose its hiring managers and interviewer pool."} />
      <Card className="max-w-3xl p-5">
        <PositionForm matrices={matrices} initial={{ title: "", team: "", location: "", status: "open", description: "", matrix: matrices[0]?.value ?? "" }} />
      </Card>
    </>
  );
}
