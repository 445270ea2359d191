"use client";

import { memo, useState } from "react";
import { levelLabel, mustHaveRule, scoringRules, type Competency, type RubricDefinition } from "@/lib/rubric/schema";
import { scoringSheet } from "@/lib/scorecard/view";
import type { RatingValue } from "@/lib/scorecard/schema";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { CriterionCard } from "@/app/(app)/interviews/[id]/_components/criterion-card";

const NOT_RATED: RatingValue = { level: null, noEvidence: false, note: "" };
const ignore = () => undefined;

/**
 * What the matrix gives interviewers and reports: the scorecard of each stage, built by the scoring page's own
 * code (scoringSheet, CriterionCard), and the target profile. Shows the last valid text; `stale` says so.
 */
export const MatrixPreview = memo(function MatrixPreview({ definition, stale }: { definition: RubricDefinition | null; stale: boolean }) {
  const [picked, setPicked] = useState<string>();
  if (!definition) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">The preview appears once the matrix has no problems.</p>;
  }
  const stageId = definition.interviewPlan.some((s) => s.id === picked) ? picked! : definition.interviewPlan[0]!.id;
  const sheet = scoringSheet(definition, stageId);
  return (
    <div className="space-y-4">
      {stale ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The text has problems: this preview shows the last version without any.
        </p>
      ) : null}
      <TargetProfile definition={definition} />
      <ScoringRules definition={definition} />
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="preview-stage" className="text-sm font-medium text-slate-800">Stage</label>
        <select id="preview-stage" value={stageId} onChange={(e) => setPicked(e.target.value)} className="min-w-0 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          {definition.interviewPlan.map((s) => <option key={s.id} value={s.id}>{s.name} ({s.minutes} min)</option>)}
        </select>
        <span className="text-sm text-slate-600">{sheet.criteria.length} criteria to score</span>
      </div>
      {/* The scoring page's own card, unchanged; a disabled fieldset makes its options and note read-only here. */}
      <fieldset disabled className="space-y-4" aria-label={`Scorecard preview: ${sheet.stage.name}`}>
        {sheet.criteria.map((c, i) => (
          <CriterionCard key={c.id} index={i} total={sheet.criteria.length} criterion={c} noEvidenceLabel={sheet.noEvidenceLabel}
            value={NOT_RATED} active={false} onRate={ignore} onNote={ignore} />
        ))}
      </fieldset>
    </div>
  );
});

function TargetProfile({ definition }: { definition: RubricDefinition }) {
  return (
    <ScrollRegion label="Target profile table">
      <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
        <caption className="px-1 pb-1 text-left text-sm font-semibold text-slate-800">Target profile</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium">Competency</th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">Weight</th>
            <th scope="col" className="px-3 py-1.5 font-medium">Target level</th>
            <th scope="col" className="px-3 py-1.5 font-medium">Must-have</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {definition.competencies.map((c) => {
            const target = definition.targetProfile[c.id];
            return (
              <tr key={c.id}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">{c.name}</th>
                <td className="px-3 py-1.5 text-right tabular-nums">{c.weight}</td>
                <td className="px-3 py-1.5">{target === undefined ? "—" : `${target} ${levelLabel(definition, target)}`}</td>
                <td className="px-3 py-1.5">{mustHaveText(definition, c)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function mustHaveText(definition: RubricDefinition, c: Competency): string {
  const rule = mustHaveRule(c);
  if (!rule) return "—";
  const rated = rule.minRatedCriteria === 1 ? "1 rated criterion" : `${rule.minRatedCriteria} rated criteria`;
  return `at least ${rule.minLevel} ${levelLabel(definition, rule.minLevel)}, on at least ${rated}`;
}

/** The matrix's scoring rules in one sentence each, defaults filled in, as the report and the submit check apply them. */
function ScoringRules({ definition }: { definition: RubricDefinition }) {
  const rules = scoringRules(definition);
  const levels = rules.evidenceRequiredLevels.join(" and ") || "no level";
  return (
    <ul aria-label="Scoring rules" className="list-disc space-y-1 pl-5 text-sm text-slate-700">
      <li>A competency scores the {rules.competencyScore} of its rated criteria; &ldquo;{definition.noEvidence.label}&rdquo; is left out.</li>
      <li>Evidence notes are required at {levels}{rules.evidenceBelowMustHave ? ", and for a must-have criterion rated below its minimum" : ""}.</li>
      <li>The overall score is shown once {Math.round(rules.minCoverage * 100)}% of the total weight is rated.</li>
    </ul>
  );
}
