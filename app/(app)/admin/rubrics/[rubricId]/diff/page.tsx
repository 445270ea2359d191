import { notFound } from "next/navigation";
import { loadRubricHistory } from "@/lib/rubric/loaders";
import { getVersionDiff } from "@/lib/rubric/diff-data";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { YamlDiff } from "@/components/code-editor/yaml-diff";
import { ChangeSummary } from "../../_components/change-summary";
import { MatrixNav } from "../_components/matrix-nav";
import { CompareForm } from "../_components/compare-form";

export const metadata = { title: "Compare matrix versions" };

type Props = { params: Promise<{ rubricId: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };

export default async function RubricDiffPage({ params, searchParams }: Props) {
  const rubric = await loadRubricHistory((await params).rubricId);
  const diff = await getVersionDiff(rubric.id, await searchParams);
  if (!diff.ok && diff.reason === "notFound") notFound();
  const header = <PageHeader title={`${rubric.title}: compare versions`} description="The text as each version was published, and what changed for interviewers and reports." />;
  if (!diff.ok) {
    return (
      <>
        {header}
        <MatrixNav rubricId={rubric.id} />
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">{diff.message}</p>
        <CompareForm rubricId={rubric.id} versions={diff.versions} />
      </>
    );
  }
  const { from, to, summary } = diff;
  return (
    <>
      {header}
      <MatrixNav rubricId={rubric.id} />
      <div className="mb-6">
        <CompareForm rubricId={rubric.id} versions={diff.versions} from={from.version} to={to.version} />
      </div>
      <Card className="mb-6 p-5">
        <h2 className="mb-1 font-semibold">What changed from v{from.version} to v{to.version}</h2>
        {to.changelog ? <p className="mb-3 text-sm text-slate-600">Changelog of v{to.version}: {to.changelog}</p> : null}
        <ChangeSummary summary={summary} />
      </Card>
      <h2 className="mb-2 font-semibold">Text</h2>
      {from.sourceYaml === to.sourceYaml ? (
        <p className="text-sm text-slate-600">The two versions were published from the same text.</p>
      ) : (
        <YamlDiff before={from.sourceYaml} after={to.sourceYaml} labels={{ before: `v${from.version}`, after: `v${to.version}` }} />
      )}
    </>
  );
}
