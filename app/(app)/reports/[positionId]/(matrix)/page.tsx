import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { PrintButton } from "@/components/ui/print-button";
import { buttonClass } from "@/components/ui/button";
import { authorizeReport, loadPositionReport } from "@/lib/report/loaders";
import { isOn } from "@/lib/report/schema";
import { ReportMatrix } from "../_components/report-matrix";
import { AgreementTable, CalibrationTable, Disagreements, RecommendationTally } from "../_components/report-statistics";
import { ReportLegend, ReportTerms } from "../_components/report-legend";
import { reportHref } from "../_components/report-href";
import { parseSort, sortParam } from "@/lib/report/sort";
import { outstandingParts } from "@/lib/report/labels";

type Props = { params: Promise<{ positionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { position } = await authorizeReport((await params).positionId);
  return { title: `Report: ${position.title}` };
}

export default async function PositionReportPage({ params, searchParams }: Props) {
  const { positionId } = await params;
  const query = await searchParams;
  const calibrated = isOn(query.calibrated);
  const report = await loadPositionReport(positionId);
  const sort = parseSort(query.sort, report);
  const base = `/reports/${report.position.id}`;
  const { submitted } = report.totals;
  const scored = report.candidates.filter((c) => c.overall.status !== "pending").length;
  return (
    <>
      <PageHeader
        title={report.position.title}
        description={[`${report.candidates.length} candidates (${scored} with scores)`, `${submitted} submitted scorecards`, ...outstandingParts(report.totals),
          ...(report.referenceVersion ? [`compared on matrix v${report.referenceVersion}`] : [])].join(" · ")}
        actions={
          <div className="no-print flex flex-wrap gap-2">
            {/* A link, not a toggle button: it navigates to the other view, so it carries no aria-pressed. */}
            <Link href={reportHref(report.position.id, { sort: sortParam(sort), calibrated: !calibrated })} className={buttonClass("secondary")}>
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
          <ReportMatrix report={report} calibrated={calibrated} sort={sort} />
          <ReportTerms calibrated={calibrated} />
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
