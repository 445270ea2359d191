import Link from "next/link";
import { authorizePosition } from "@/lib/position/loaders";
import { matrixOptions } from "@/lib/position/data";
import { isWritablePosition } from "@/lib/position/access";
import { matrixChoiceValue } from "@/lib/position/schema";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { PositionForm } from "../../_components/position-form";
import { StatusForm } from "./_components/status-form";

export const metadata = { title: "Edit position" };

export default async function EditPositionPage({ params }: { params: Promise<{ id: string }> }) {
  const { position } = await authorizePosition((await params).id);
  const writable = isWritablePosition(position);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href={`/positions/${position.id}`} className="text-brand-700 underline-offset-2 hover:underline">{position.title}</Link>
      </nav>
      <PageHeader title={writable ? "Edit position" : "Reopen position"}
        description={writable ? undefined : "This position is closed and read-only. Change its status to open or on hold to edit it again."} />
      <Card className="max-w-3xl p-5">
        {writable ? (
          <PositionForm matrices={await matrixOptions()} initial={{ ...position, matrix: matrixChoiceValue(position) }} />
        ) : (
          <StatusForm id={position.id} status={position.status} />
        )}
      </Card>
    </>
  );
}
