// The plain-language explanation of every figure on the report, open on request and printed with it.
import type { PositionReport } from "@/lib/report/model";

export function ReportLegend({ report }: { report: Pick<PositionReport, "minCoverage" | "scoreRule" | "competencies"> }) {
  const minCoverage = report.minCoverage;
  const mustHaves = report.competencies.filter((c) => c.mustHaveMin !== null);
  return (
    <details className="mt-4 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-slate-900">How to read these figures</summary>
      <dl className="mt-2 grid gap-2 sm:grid-cols-2">
        <div><dt className="font-medium">Competency score</dt><dd>The {report.scoreRule} over the competency&apos;s rated criteria of the mean level the panel gave. &ldquo;No evidence&rdquo; is not a level: it is left out, never counted as 0.</dd></div>
        <div><dt className="font-medium">Overall and coverage</dt><dd>Competency scores averaged with the matrix weights, over rated competencies only. Coverage is the share of the total weight that was rated; below {Math.round(minCoverage * 100)}%, or with a must-have short of evidence, the report says &ldquo;insufficient evidence&rdquo; instead of a score.</dd></div>
        <div><dt className="font-medium">95% interval</dt><dd>How far the overall score could move with other interviewers on the day: the pooled spread of ratings within each candidate, divided by the square root of this candidate&apos;s number of ratings, times the t quantile.</dd></div>
        <div><dt className="font-medium">Must-have</dt><dd>A candidate below a must-have minimum is flagged whatever the average. A must-have rated on fewer criteria than the matrix asks for{mustHaves.length > 0 ? ` (${mustHaves.map((c) => `${c.name}: ${c.mustHaveMinRated}`).join(", ")})` : ""} has too little evidence: it is not cleared, and the overall reads &ldquo;insufficient evidence&rdquo;.</dd></div>
        <div><dt className="font-medium">Gap to target</dt><dd>The weighted average shortfall below the role&apos;s target profile; exceeding one target does not make up for missing another.</dd></div>
        <div><dt className="font-medium">Calibrated</dt><dd>Each rating corrected by its interviewer&apos;s offset (a least-squares fit of candidate level plus interviewer offset). Shown beside the raw score, never instead of it.</dd></div>
        <div><dt className="font-medium">Mixed versions</dt><dd>Candidates scored on different versions of the matrix are compared by criterion; a criterion their version lacks reads &ldquo;n/a in v1&rdquo; and is not counted.</dd></div>
        <div><dt className="font-medium">⚑ split</dt><dd>Ratings of one criterion for one candidate that are two levels apart or more.</dd></div>
      </dl>
    </details>
  );
}
