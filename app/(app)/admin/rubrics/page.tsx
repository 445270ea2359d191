import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listRubricVersions } from "@/lib/rubric/data";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Card } from "@/components/ui/card";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Matrices" };

type Version = Awaited<ReturnType<typeof listRubricVersions>>[number]["versions"][number];

const versionColumns = (rubricId: string): Column<Version>[] => [
  {
    header: "Version", rowHeader: true, className: "whitespace-nowrap",
    cell: (v) => <>v{v.version} <span className="ml-1 font-mono text-xs font-normal text-slate-500" title={`sha256 ${v.contentHash}`}>{v.contentHash.slice(0, 8)}</span></>,
  },
  { header: "Published", cell: (v) => <><ViewerTime at={v.publishedAt} /> · {v.publishedBy?.name ?? "shipped with Quorum"}</> },
  { header: "Changelog", className: "min-w-56", cell: (v) => v.changelog || "—" },
  { header: "Interviews", className: "text-right tabular-nums", cell: (v) => v._count.interviews },
  {
    header: <span className="sr-only">Export</span>, className: "whitespace-nowrap text-right",
    cell: (v) => (
      <a className="font-medium text-brand-700 underline" href={`/api/rubrics/${rubricId}/versions/${v.version}/yaml`} download>
        Download YAML<span className="sr-only"> of v{v.version}</span>
      </a>
    ),
  },
];

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
            <DataTable caption={`Versions of ${r.title}`} columns={versionColumns(r.id)} rows={r.versions} rowKey={(v) => v.id} framed={false}
              empty={<p className="px-5 py-3 text-sm text-slate-600">No published version yet.</p>} />
          </Card>
        ))}
      </div>
    </>
  );
}
