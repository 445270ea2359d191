// The matrix body and the disagreement list as escaped HTML strings (see lib/report/html.ts for why): one string
// instead of thousands of elements in the RSC payload. The cells' shared border, padding and alignment come from
// `.report-matrix` in app/globals.css and lines are plain divs, so 2,000 cells do not repeat the same classes.
import { heatClass } from "@/components/ui/heat-cell";
import { statusBadgeClass } from "@/components/ui/status-badge";
import { html, type SafeHtml } from "@/lib/report/html";
import { GATE_LABELS, RECOMMENDATION_LABELS, fixed, overallText } from "@/lib/report/labels";
import { RECOMMENDATIONS, type CandidateReport, type CompetencyCell, type PositionReport } from "@/lib/report/model";

const line = (cls: string, text: string | number | SafeHtml) => (cls ? html`<div class="${cls}">${text}</div>` : html`<div>${text}</div>`);

function cell(c: CompetencyCell, calibrated: boolean, mustHaveMin: number | null): SafeHtml {
  const allNa = c.availableCriteria === 0;
  return html`${line("font-medium", allNa ? (c.notApplicable[0]?.label ?? "n/a") : c.score === null ? "Not rated" : fixed(c.score))}${
    calibrated && c.calibrated !== null ? line("text-xs text-slate-600", `cal. ${fixed(c.calibrated)}`) : null
  }${!allNa ? line("text-xs text-slate-500", `${c.ratedCriteria}/${c.availableCriteria} rated`) : null}${
    !allNa && c.notApplicable.length > 0 ? line("text-xs text-slate-500", `${c.notApplicable.length} ${c.notApplicable[0]!.label}`) : null
  }${c.gate === "fail" ? line("text-xs font-semibold text-red-800", `✕ below ${mustHaveMin}`) : null}${
    c.gate === "insufficient" ? line("text-xs font-semibold text-amber-900", "? must-have: too little evidence") : null
  }${c.disagreements > 0 ? line("text-xs text-purple-800", `⚑ ${c.disagreements} split`) : null}`;
}

function overall(c: CandidateReport, calibrated: boolean): SafeHtml {
  return html`${line("font-semibold", overallText(c))}${
    c.overall.interval ? line("text-xs text-slate-600", `95%: ${fixed(c.overall.interval.low)}–${fixed(c.overall.interval.high)}`) : null
  }${calibrated && c.overall.calibrated !== null ? line("text-xs text-slate-600", `cal. ${fixed(c.overall.calibrated)}`) : null}${
    c.overall.status !== "pending" ? line("text-xs text-slate-500", `coverage ${Math.round(c.overall.coverage * 100)}%`) : null
  }`;
}

function scores(report: PositionReport, c: CandidateReport, calibrated: boolean, min: number, max: number): SafeHtml {
  if (c.overall.status === "pending") {
    return html`<td colspan="${c.cells.length + 2}" class="align-middle text-slate-500">No submitted scorecards yet</td>`;
  }
  const gap = c.targetGap === null ? "" : c.targetGap === 0 ? "meets profile" : `${fixed(c.targetGap)} below`;
  return html`${c.cells.map((k, i) => {
    const comp = report.competencies[i];
    return html`<td class="${heatClass(k.score, min, comp?.target ?? 3, max)}">${cell(k, calibrated, comp?.mustHaveMin ?? null)}</td>`;
  })}<td class="${heatClass(c.overall.score, min, 3, max)}">${overall(c, calibrated)}</td><td>${gap}</td>`;
}

/** The `<tr>`s of the matrix, one per candidate. */
export function matrixRows(report: PositionReport, calibrated: boolean, min: number, max: number): string {
  const base = `/reports/${report.position.id}`;
  return html`${report.candidates.map((c) => {
    const pending = c.scorecards.drafts + c.scorecards.notStarted;
    return html`<tr><td class="no-print py-0 text-center align-middle"><input type="checkbox" name="c" value="${c.id}" aria-label="Compare ${c.name}" class="size-4"/></td><th scope="row" class="text-left font-medium"><a href="${base}/candidates/${c.id}" class="text-brand-700 underline">${c.name}</a>${line(
      "text-xs font-normal text-slate-500",
      c.versions.map((v) => `v${v}`).join(", "),
    )}${c.gateFailed ? html`<span class="mt-1 block"><span class="${statusBadgeClass("danger")}">${GATE_LABELS.fail}</span></span>` : null}</th>${scores(
      report,
      c,
      calibrated,
      min,
      max,
    )}<td class="text-xs">${RECOMMENDATIONS.filter((r) => c.recommendations[r] > 0).map((r) =>
      line("", `${RECOMMENDATION_LABELS[r]}: ${c.recommendations[r]}`),
    )}</td><td class="text-xs">${line("", `${c.scorecards.submitted} submitted`)}${pending > 0 ? line("text-slate-500", `${pending} pending`) : null}</td></tr>`;
  })}`.value;
}

/** The `<li>`s of the disagreement list. */
export function disagreementItems(report: PositionReport): string {
  return html`${report.disagreements.map(
    (d) =>
      html`<li class="px-3 py-2"><span class="font-medium">⚑ ${d.candidateName}</span> · ${d.criterionName}: ${d.ratings
        .map((r) => `${r.interviewer} ${r.level}`)
        .join(", ")} (spread ${d.spread})</li>`,
  )}`.value;
}
