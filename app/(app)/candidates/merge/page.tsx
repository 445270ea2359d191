import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMergePreview, NOT_ALL_YOURS } from "@/lib/candidate/merge-data";
import { APPLICATION_STATUS_LABELS } from "@/lib/candidate/schema";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";
import { MergeForm } from "../_components/merge-form";

export const metadata = { title: "Merge candidates" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function MergePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole("admin", "hiring_manager");
  const raw = await searchParams;
  const preview = await getMergePreview(user, one(raw.keep), one(raw.merge));
  if (!preview) notFound();
  const { keep, merge, applications, interviews } = preview;
  return (
    <>
      <PageHeader title={`Merge ${merge.name} into ${keep.name}`}
        description={`${merge.name}'s record is hidden and what it holds moves to ${keep.name}. Undo the merge from ${keep.name}'s page to get both back as they were.`}
        actions={<Link href={`/candidates/merge?keep=${merge.id}&merge=${keep.id}`} className="text-sm font-medium text-brand-700 underline">Keep {merge.name} instead</Link>} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="fields">
          <h2 id="fields" className="mb-2 font-semibold">Fields</h2>
          {preview.allowed ? <MergeForm keep={keep} merge={merge} differing={preview.differing} /> : <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">{NOT_ALL_YOURS}</p>}
        </section>
        <Card className="h-fit p-5">
          <h2 className="mb-2 font-semibold">What moves to {keep.name}</h2>
          <h3 className="mt-3 text-sm font-medium">Applications</h3>
          {applications.length === 0 ? <p className="text-sm text-slate-500">None.</p> : (
            <ul className="list-disc pl-5 text-sm">
              {applications.map((a) => (
                <li key={a.id}>{a.position} ({APPLICATION_STATUS_LABELS[a.status]}){a.alreadyApplied ? ` — ${keep.name} already applies: their application stays, this one is removed` : ""}</li>
              ))}
            </ul>
          )}
          <h3 className="mt-3 text-sm font-medium">Interviews, with their scorecards</h3>
          {interviews.length === 0 ? <p className="text-sm text-slate-500">None.</p> : (
            <ul className="list-disc pl-5 text-sm">
              {interviews.map((i) => <li key={i.id}>{i.stage}, {i.position}, <ViewerTime at={i.scheduledAt} /> · {i.scorecards} scorecard{i.scorecards === 1 ? "" : "s"}</li>)}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
