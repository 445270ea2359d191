import Link from "next/link";
import { loadRubricHistory } from "@/lib/rubric/loaders";
import type { RubricHistory } from "@/lib/rubric/data";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, type Column } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/button";

import { MatrixNav } from "./_components/matrix-nav";
import { CompareForm } from "./_components/compare-form";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

export async function generateMetadata({ params }: { params: Promise<{ rubricId: string }> }) {
  const { title } = await loadRubricHistory((await params).rubricId);
  return { title: `${title}: versions` };
}

const link = "font-medium text-brand-700 underline";

export default async function RubricHistoryPage({ params }: { params: Promise<{ rubricId: string }> }) {
  const rubric = await loadRubricHistory((await params).rubricId);
  const latest = rubric.versions[0]!;
  const older = rubric.versions.slice(1).reduce((n, v) => n + v._count.interviews, 0);
  return (
    <>
      <PageHeader
        title={rubric.title}
        description={`Matrix ${rubric.id} · ${rubric.versions.length} published version${rubric.versions.length === 1 ? "" : "s"}, latest v${latest.version}. Published versions never change; each interview keeps the version it was scheduled on.`}
        actions={<Link href={`/admin/rubrics/${rubric.id}/edit`} prefetch={false} className={buttonClass("primary")}>Edit the latest version</Link>}
      />
      <MatrixNav rubricId={rubric.id} />
      {older > 0 ? (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {older} interview{older === 1 ? " is" : "s are"} pinned to an older version.{" "}
          <Link className={link} href={`/admin/rubrics/${rubric.id}/interviews`}>See which, and move those not started to v{latest.version}</Link>
        </p>
      ) : null}
      <DataTable caption={`Versions of ${rubric.title}, newest first`} rows={rubric.versions} rowKey={(v) => v.id} empty={null} columns={columns(rubric)} />
      {rubric.versions.length > 1 ? (
        <section className="mt-6" aria-labelledby="compare-heading">
          <h2 id="compare-heading" className="mb-2 font-semibold">Compare any two versions</h2>
          <CompareForm rubricId={rubric.id} versions={rubric.versions.map((v) => v.version)} />
        </section>
      ) : null}
    </>
  );
}

type VersionRow = RubricHistory["versions"][number];

function columns(rubric: RubricHistory): Column<VersionRow>[] {
  const previous = (v: VersionRow) => rubric.versions.find((o) => o.version < v.version);
  return [
    { header: "Version", rowHeader: true, cell: (v) => <>v{v.version}{v === rubric.versions[0] ? <>{" "}<span className="ml-1 text-xs font-normal text-slate-500">latest</span></> : null}</> },
    { header: "Published", cell: (v) => <><ViewerTime at={v.publishedAt} /><br />{v.publishedBy?.name ?? "shipped with Quorum"}</> },
    { header: "Changelog", cell: (v) => v.changelog || "—" },
    { header: "Content hash", cell: (v) => <code className="font-mono text-xs text-slate-600" title={`sha256 ${v.contentHash}`}>{v.contentHash.slice(0, 12)}</code> },
    { header: "Interviews", className: "text-right tabular-nums", cell: (v) => v._count.interviews },
    {
      header: <span className="sr-only">Actions</span>,
      cell: (v) => {
        const before = previous(v);
        return (
          <ul className="space-y-1">
            <li><a className={link} href={`/api/rubrics/${rubric.id}/versions/${v.version}/yaml`} download>Download YAML<span className="sr-only"> of v{v.version}</span></a></li>
            {before ? (
              <li><Link className={link} href={`/admin/rubrics/${rubric.id}/diff?from=${before.version}&to=${v.version}`}>Changes since v{before.version}<span className="sr-only"> (v{v.version})</span></Link></li>
            ) : null}
            <li><Link className={link} prefetch={false} href={`/admin/rubrics/${rubric.id}/edit?from=${v.version}`}>Start a draft from this version<span className="sr-only"> (v{v.version})</span></Link></li>
                      <li><Link className={link} prefetch={false} href={`/admin/rubrics/new?from=${rubric.id}&version=${v.version}`}>New matrix from a copy<span className="sr-only"> of v{v.version}</span></Link></li>
          </ul>
        );
      },
    },
  ];
}
