import Link from "next/link";
import { authorizePosition } from "@/lib/position/loaders";
import { teamOptions } from "@/lib/position/data";
import { isWritablePosition } from "@/lib/position/access";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ClosedNotice } from "../../_components/closed-notice";
import { TeamForm } from "./_components/team-form";

export const metadata = { title: "Hiring team" };

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { position } = await authorizePosition((await params).id);
  const writable = isWritablePosition(position);
  const options = writable ? await teamOptions(position.id) : null;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href={`/positions/${position.id}`} className="text-brand-700 underline-offset-2 hover:underline">{position.title}</Link>
      </nav>
      <PageHeader title="Hiring team" description="Hiring managers run this position and read its report; interviews are assigned from the interviewer pool." />
      {writable ? null : <ClosedNotice positionId={position.id} />}
      <Card className="max-w-3xl p-5">
        {options ? <TeamForm id={position.id} options={options} /> : (
          <dl className="space-y-3 text-sm">
            <div><dt className="font-medium">Hiring managers</dt><dd>{position.managers.map((p) => p.name).join(", ") || "None"}</dd></div>
            <div><dt className="font-medium">Interviewer pool</dt><dd>{position.interviewers.map((p) => p.name).join(", ") || "None"}</dd></div>
          </dl>
        )}
      </Card>
    </>
  );
}
