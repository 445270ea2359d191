// The plain-language explanation of every figure on the report: the short terms always in view under the matrix,
// the longer reading open on request; both printed with it.
import type { PositionReport } from "@/lib/report/model";

const TERMS: [string, string][] = [
  ["coverage", "the share of the matrix's weight that was rated at all; a low coverage means the overall rests on few competencies."],
  ["⚑ split", "two interviewers rated the same criterion two levels or more apart: worth a conversation before deciding."],
  ["gap to target", "how far, on average, the candidate falls short of the role's target levels (0 = meets every target)."],
  ["95% range", "where the overall score would likely land with other interviewers on the day; shown only when the panel's ratings vary enough to estimate it."],
  ["scored on matrix v1", "the version of the competency matrix the candidate's interviews used; criteria a version lacks are left out, never counted as 0."],
];

export function ReportTerms({ calibrated }: { calibrated: boolean }) {
  const terms: [string, string][] = calibrated
    ? [...TERMS, ["calibrated", "the score with each interviewer's habit of rating high or low taken out; it sits beside the raw score and does not replace it."]]
    : TERMS;
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2" aria-label="Terms in the matrix">
      {terms.map(([term, meaning]) => (
        <div key={term}>
          <dt className="inline font-semibold text-slate-900">{term}: </dt>
          <dd className="inline">{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ReportLegend({ report }: { report: Pick<PositionReport, "minCoverage" | "scoreRule" | "competencies"> }) {
  const minCoverage = report.minCoverage;
  const mustHaves = report.competencies.filter((c) => c.mustHaveMin !== null);
  return (
    <details className="mt-4 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-slate-900">How to read these figures</summary>
      <dl className="mt-2 grid gap-2 sm:grid-cols-2">
        <div><dt className="font-medium">Competency score</dt><dd>The {report.scoreRule} over the competency&apos;s rated criteria of the mean level the panel gave. &ldquo;No evidence&rdquo; is not a level: it is left out, never counted as 0.</dd></div>
        <div><dt className="font-medium">Overall and coverage</dt><dd>Competency scores averaged with the matrix weights, over rated competencies only. Coverage is the share of the total weight that was rated; below {Math.round(minCoverage * 100)}%, or with a must-have short of evidence, the report says &ldquo;insufficient evidence&rdquo; instead of a score.</dd></div>
        <div><dt className="font-medium">95% interval</dt><dd>How far the overall score could move with other interviewers on the day, from how much ratings of the same candidate vary across the whole panel; the more ratings a candidate has, the narrower. Kept within the scale, and left out when the ratings never vary or there are too few to tell.</dd></div>
        <div><dt className="font-medium">Must-have</dt><dd>A candidate below a must-have minimum is flagged whatever the average. A must-have rated on fewer criteria than the matrix asks for{mustHaves.length > 0 ? ` (${mustHaves.map((c) => `${c.name}: ${c.mustHaveMinRated}`).join(", ")})` : ""} has too little evidence: it is not cleared, and the overall reads &ldquo;insufficient evidence&rdquo;.</dd></div>
        <div><dt className="font-medium">Gap to target</dt><dd>The weighted average shortfall below the role&apos;s target profile; exceeding one target does not make up for missing another.</dd></div>
        <div><dt className="font-medium">Calibrated</dt><dd>Each rating corrected by how far its interviewer usually rates above or below colleagues who saw the same candidates. Shown beside the raw score, never instead of it: use it to spot a score lifted or lowered by one lenient or severe interviewer, not to decide alone.</dd></div>
        <div><dt className="font-medium">Mixed versions</dt><dd>Candidates scored on different versions of the matrix are compared by criterion; each row says which version (&ldquo;scored on matrix v1&rdquo;); a criterion their version lacks reads &ldquo;n/a in v1&rdquo; and is not counted.</dd></div>
        <div><dt className="font-medium">⚑ split</dt><dd>Ratings of one criterion for one candidate that are two levels apart or more.</dd></div>
      </dl>
    </details>
  );
}
