import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listRubricVersions } from "@/lib/rubric/data";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ScrollRegion, STICKY_FIRST } from "@/components/ui/scroll-region";
import { Card } from "@/components/ui/card";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Matrices" };

export default async function RubricsPage() {
  await requireRole("admin");
  const rubrics = await listRubricVersions();
  return (
    <>
      <PageHeader
        title="Competency matrices"
        description="Published versions are immutable; interviews stay pinned to the version they were scheduled on."
        actions={rubrics.length > 0 ? <Link href="/admin/rubrics/new" prefetch={false} className={buttonClass("secondary")}>New matrix from a copy</Link> : null}
      />
      {rubrics.length === 0 ? <EmptyState title="No matrix is published yet" /> : null}
      <div className="space-y-6">
        {rubrics.map((r) => (
          <Card key={r.id} className="overflow-hidden">
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-5 py-3">
              <h2 className="font-semibold">
                <Link href={`/admin/rubrics/${r.id}`} className="hover:underline">{r.title}</Link>{" "}
                <span className="font-mono text-xs font-normal text-slate-500">{r.id}</span>
              </h2>
              <Link href={`/admin/rubrics/${r.id}/edit`} prefetch={false} className="text-sm font-medium text-brand-700 underline">
                Edit<span className="sr-only"> {r.title}</span>
              </Link>
            </div>
            <ScrollRegion label={`Versions of ${r.title}`}>
              <table className="w-full text-sm">
                <caption className="sr-only">Versions of {r.title}</caption>
                <thead className="bg-slate-50 text-left text-slate-600">
                  <tr>
                    <th scope="col" className={`${STICKY_FIRST} bg-slate-50 px-5 py-2 font-medium`}>Version</th>
                    <th scope="col" className="px-5 py-2 font-medium">Published</th>
                    <th scope="col" className="px-5 py-2 font-medium">Changelog</th>
                    <th scope="col" className="px-5 py-2 text-right font-medium">Interviews</th>
                    <th scope="col" className="px-5 py-2 font-medium"><span className="sr-only">Export</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {r.versions.map((v) => (
                    <tr key={v.id}>
                      <th scope="row" className={`${STICKY_FIRST} whitespace-nowrap bg-white px-5 py-2 text-left font-medium`}>
                        v{v.version} <span className="ml-1 font-mono text-xs font-normal text-slate-500" title={`sha256 ${v.contentHash}`}>{v.contentHash.slice(0, 8)}</span>
                      </th>
                      <td className="px-5 py-2 text-slate-600"><ViewerTime at={v.publishedAt} /> · {v.publishedBy?.name ?? "shipped with Quorum"}</td>
                      <td className="min-w-56 px-5 py-2 text-slate-600">{v.changelog || "—"}</td>
                      <td className="px-5 py-2 text-right tabular-nums">{v._count.interviews}</td>
                      <td className="whitespace-nowrap px-5 py-2 text-right">
                        <a className="font-medium text-brand-700 underline" href={`/api/rubrics/${r.id}/versions/${v.version}/yaml`} download>
                          Download YAML<span className="sr-only"> of v{v.version}</span>
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </Card>
        ))}
      </div>
    </>
  );
}
