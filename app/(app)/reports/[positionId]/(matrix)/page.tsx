import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { PrintButton } from "@/components/ui/print-button";
import { buttonClass } from "@/components/ui/button";
import { authorizeReport, loadPositionReport } from "@/lib/report/loaders";
import { isOn } from "@/lib/report/schema";
import { ReportMatrix } from "../_components/report-matrix";
import { AgreementTable, CalibrationTable, Disagreements, RecommendationTally } from "../_components/report-statistics";
import { ReportLegend } from "../_components/report-legend";

type Props = { params: Promise<{ positionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { position } = await authorizeReport((await params).positionId);
  return { title: `Report: ${position.title}` };
}

export default async function PositionReportPage({ params, searchParams }: Props) {
  const { positionId } = await params;
  const calibrated = isOn((await searchParams).calibrated);
  const report = await loadPositionReport(positionId);
  const base = `/reports/${report.position.id}`;
  const { submitted, drafts, notStarted } = report.totals;
  return (
    <>
      <PageHeader
        title={report.position.title}
        description={`${report.candidates.length} candidates · ${submitted} submitted scorecards · ${drafts + notStarted} pending (${drafts} drafts)${report.referenceVersion ? ` · compared on matrix v${report.referenceVersion}` : ""}`}
        actions={
          <div className="no-print flex flex-wrap gap-2">
            <Link href={calibrated ? base : `${base}?calibrated=1`} className={buttonClass("secondary")} aria-pressed={calibrated}>
              {calibrated ? "Hide calibrated scores" : "Show calibrated scores"}
            </Link>
            <a href={`${base}/export/matrix.csv`} className={buttonClass("secondary")} download>Matrix CSV</a>
            <a href={`${base}/export/ratings.csv`} className={buttonClass("secondary")} download>Ratings CSV</a>
            <PrintButton />
          </div>
        }
      />
      {submitted === 0 ? (
        <EmptyState title="No submitted scorecards yet">Scores appear here once interviewers submit their scorecards; drafts stay pending.</EmptyState>
      ) : (
        <>
          <ReportMatrix report={report} calibrated={calibrated} />
          <ReportLegend report={report} />
          <RecommendationTally report={report} />
          <Disagreements report={report} />
          <AgreementTable report={report} />
          <CalibrationTable report={report} />
        </>
      )}
    </>
  );
}
