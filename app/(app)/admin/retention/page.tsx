import { loadRetentionOverview } from "@/lib/retention/loaders";
import { getViewerTimeZone } from "@/lib/people/viewer-time-zone";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { GlobalRetentionForm } from "./_components/retention-form";
import { DueList } from "./_components/due-list";

export const metadata = { title: "Retention" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RetentionPage({ searchParams }: Props) {
  const { globalDays, candidates, info, periodSet } = await loadRetentionOverview(await searchParams);
  return (
    <>
      <PageHeader title="Candidate data retention"
        description="Candidates whose last activity is older than the period that applies to them, and who are in no active process, are listed here for anonymisation. A position's own period overrides this one; a candidate of several positions gets the shortest." />
      <Card className="mb-6 p-5">
        <GlobalRetentionForm days={globalDays} />
      </Card>
      <h2 className="mb-3 text-lg font-semibold">Due for anonymisation</h2>
      {!periodSet ? (
        <EmptyState title="No retention period is set">Set a global period above, or one per position, to list the candidates due.</EmptyState>
      ) : info.total === 0 ? (
        <EmptyState title="No candidate is due">Nobody has been idle longer than the period that applies to them.</EmptyState>
      ) : (
        <>
          <DueList viewer={await getViewerTimeZone()} rows={candidates.map((c) => ({ id: c.id, name: c.name, positions: c.positions ?? "", lastActivity: c.lastActivity.toISOString(), days: c.days }))} />
          <Pagination info={info} basePath="/admin/retention" params={{}} noun="candidates due" />
        </>
      )}
    </>
  );
}
