import Link from "next/link";
import { loadRubricHistory } from "@/lib/rubric/loaders";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/components/format";
import { MatrixNav } from "./_components/matrix-nav";
import { CompareForm } from "./_components/compare-form";

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
        actions={<Link href={`/admin/rubrics/${rubric.id}/edit`} className={buttonClass("primary")}>Edit the latest version</Link>}
      />
      <MatrixNav rubricId={rubric.id} />
      {older > 0 ? (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {older} interview{older === 1 ? " is" : "s are"} pinned to an older version.{" "}
          <Link className={link} href={`/admin/rubrics/${rubric.id}/interviews`}>See which, and move those not started to v{latest.version}</Link>
        </p>
      ) : null}
      <Card className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Versions of {rubric.title}, newest first</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Version</th>
              <th scope="col" className="px-4 py-2 font-medium">Published</th>
              <th scope="col" className="px-4 py-2 font-medium">Changelog</th>
              <th scope="col" className="px-4 py-2 font-medium">Content hash</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Interviews</th>
              <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rubric.versions.map((v, i) => {
              const previous = rubric.versions[i + 1];
              return (
                <tr key={v.id}>
                  <th scope="row" className="px-4 py-2 text-left font-medium">v{v.version}{i === 0 ? <span className="ml-2 text-xs font-normal text-slate-500">latest</span> : null}</th>
                  <td className="px-4 py-2 text-slate-600">{formatDateTime(v.publishedAt)}<br />{v.publishedBy?.name ?? "shipped with Quorum"}</td>
                  <td className="px-4 py-2 text-slate-700">{v.changelog || "—"}</td>
                  <td className="px-4 py-2"><code className="font-mono text-xs text-slate-600" title={`sha256 ${v.contentHash}`}>{v.contentHash.slice(0, 12)}</code></td>
                  <td className="px-4 py-2 text-right tabular-nums">{v._count.interviews}</td>
                  <td className="px-4 py-2">
                    <ul className="space-y-1">
                      <li><a className={link} href={`/api/rubrics/${rubric.id}/versions/${v.version}/yaml`} download>Download YAML<span className="sr-only"> of v{v.version}</span></a></li>
                      {previous ? (
                        <li><Link className={link} href={`/admin/rubrics/${rubric.id}/diff?from=${previous.version}&to=${v.version}`}>Changes since v{previous.version}<span className="sr-only"> (v{v.version})</span></Link></li>
                      ) : null}
                      <li><Link className={link} href={`/admin/rubrics/${rubric.id}/edit?from=${v.version}`}>Start a draft from this version<span className="sr-only"> (v{v.version})</span></Link></li>
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
      {rubric.versions.length > 1 ? (
        <section className="mt-6" aria-labelledby="compare-heading">
          <h2 id="compare-heading" className="mb-2 font-semibold">Compare any two versions</h2>
          <CompareForm rubricId={rubric.id} versions={rubric.versions.map((v) => v.version)} />
        </section>
      ) : null}
    </>
  );
}
