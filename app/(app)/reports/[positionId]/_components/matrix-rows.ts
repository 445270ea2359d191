// The matrix body and the disagreement list as escaped HTML strings (see lib/report/html.ts for why): one string
// instead of thousands of elements in the RSC payload. The cells' shared border, padding and alignment come from
// `.report-matrix` in app/globals.css and lines are plain divs, so 2,000 cells do not repeat the same classes.
import { heatClass } from "@/components/ui/heat-cell";
import { statusBadgeClass } from "@/components/ui/status-badge";
import { html, type SafeHtml } from "@/lib/report/html";
import { GATE_LABELS, RECOMMENDATION_LABELS, fixed, outstandingParts, overallText, versionsText } from "@/lib/report/labels";
import { RECOMMENDATIONS, type CandidateReport, type CompetencyCell, type PositionReport } from "@/lib/report/model";

const line = (cls: string, text: string | number | SafeHtml) => (cls ? html`<div class="${cls}">${text}</div>` : html`<div>${text}</div>`);
// Small print on the heat tints: slate-800 keeps 4.5:1 on every step (slate-500 fell to 3.6:1).
const SMALL = "text-xs text-slate-800";

function cell(c: CompetencyCell, calibrated: boolean, mustHaveMin: number | null): SafeHtml {
  const allNa = c.availableCriteria === 0;
  return html`${line("font-semibold text-slate-900", allNa ? (c.notApplicable[0]?.label ?? "n/a") : c.score === null ? "Not rated" : fixed(c.score))}${
    calibrated && c.calibrated !== null ? line(SMALL, `calibrated ${fixed(c.calibrated)}`) : null
  }${!allNa ? line(SMALL, `${c.ratedCriteria} of ${c.availableCriteria} rated`) : null}${
    !allNa && c.notApplicable.length > 0 ? line(SMALL, `${c.notApplicable.length} ${c.notApplicable[0]!.label}`) : null
  }${c.gate === "fail" ? line("text-xs font-semibold text-red-800", `✕ below must-have ${mustHaveMin}`) : null}${
    c.gate === "insufficient" ? line("text-xs font-semibold text-amber-950", "? must-have: too little evidence") : null
  }${c.disagreements > 0 ? line("text-xs text-purple-900", `⚑ ${c.disagreements} split${c.disagreements > 1 ? "s" : ""}`) : null}`;
}

function overall(c: CandidateReport, calibrated: boolean): SafeHtml {
  return html`${line("font-semibold text-slate-900", overallText(c))}${
    c.overall.interval ? line(SMALL, `95% range ${fixed(c.overall.interval.low)}–${fixed(c.overall.interval.high)}`) : null
  }${calibrated && c.overall.calibrated !== null ? line(SMALL, `calibrated ${fixed(c.overall.calibrated)}`) : null}${line(
    SMALL,
    `coverage ${Math.round(c.overall.coverage * 100)}%`,
  )}`;
}

function scores(report: PositionReport, c: CandidateReport, calibrated: boolean, min: number, max: number): SafeHtml {
  const gap = c.targetGap === null ? "" : c.targetGap === 0 ? "meets profile" : `${fixed(c.targetGap)} below`;
  return html`${c.cells.map((k, i) => {
    const comp = report.competencies[i];
    return html`<td class="${heatClass(k.score, min, comp?.target ?? 3, max)}">${cell(k, calibrated, comp?.mustHaveMin ?? null)}</td>`;
  })}<td class="${heatClass(c.overall.score, min, 3, max)}">${overall(c, calibrated)}</td><td>${gap}</td>`;
}

// The must-have badge sits under the checkbox and name rather than beside the checkbox: the column is then only as
// wide as the badge, which keeps the whole matrix inside a 1440 px screen.
function nameCell(base: string, c: CandidateReport): SafeHtml {
  return html`<th scope="row" class="sticky left-0 z-10 bg-white text-left font-medium shadow-[1px_0_0_#e2e8f0]"><div class="flex items-start gap-2"><input type="checkbox" name="c" value="${c.id}" aria-label="Compare ${c.name}" class="no-print mt-0.5 size-6 shrink-0"/><div><a href="${base}/candidates/${c.id}" class="text-brand-700 underline">${c.name}</a>${line(
    "text-xs font-normal text-slate-700",
    versionsText(c.versions),
  )}</div></div>${c.gateFailed ? html`<span class="mt-1 block"><span class="${statusBadgeClass("danger")} whitespace-nowrap">${GATE_LABELS.fail}</span></span>` : null}</th>`;
}

function row(report: PositionReport, c: CandidateReport, calibrated: boolean, min: number, max: number): SafeHtml {
  const base = `/reports/${report.position.id}`;
  const body =
    c.overall.status === "pending"
      ? html`<td colspan="${c.cells.length + 2}" class="align-middle text-slate-700">No submitted scorecards yet</td>`
      : scores(report, c, calibrated, min, max);
  return html`<tr>${nameCell(base, c)}${body}<td class="text-xs">${RECOMMENDATIONS.filter((r) => c.recommendations[r] > 0).map((r) =>
    line("", `${RECOMMENDATION_LABELS[r]}: ${c.recommendations[r]}`),
  )}</td><td class="text-xs">${line("", `${c.scorecards.submitted} submitted`)}${outstandingParts(c.scorecards, true).map((part) => line("text-slate-700", part))}</td></tr>`;
}

/** The `<tr>`s of one group of the matrix, in the order given. */
export function matrixRows(report: PositionReport, candidates: CandidateReport[], calibrated: boolean, min: number, max: number): string {
  return html`${candidates.map((c) => row(report, c, calibrated, min, max))}`.value;
}

/** The `<li>`s of the disagreement list. */
export function disagreementItems(report: PositionReport): string {
  return html`${report.disagreements.map(
    (d) =>
      html`<li class="px-3 py-2"><span class="font-medium">⚑ ${d.candidateName}</span> · ${d.criterionName}: ${d.ratings
        .map((r) => `${r.interviewer} ${r.level}`)
        .join(", ")} (spread ${d.spread} levels)</li>`,
  )}`.value;
}
