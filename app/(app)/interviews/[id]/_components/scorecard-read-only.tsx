import { RECOMMENDATION_LABELS, type Recommendation } from "@/lib/scorecard/recommendations";
import { ratingText, type ScoringSheet } from "@/lib/scorecard/view";

import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { ViewerTime } from "@/app/(app)/_components/viewer-time";

type ReadOnlyCard = {
  recommendation: Recommendation | null;
  summary: string;
  submittedAt: Date | null;
  ratings: { criterionId: string; level: number | null; noEvidence: boolean; note: string }[];
};

/**
 * A rating with visual weight, so a column of them scans: a filled pip per level (the number and label are written,
 * colour is never the only signal), grey for No evidence or Not rated.
 */
function LevelBadge({ sheet, value }: { sheet: ScoringSheet; value: ReadOnlyCard["ratings"][number] | undefined }) {
  const level = value && !value.noEvidence ? value.level : null;
  return (
    <span className={`inline-flex items-center gap-2 rounded-full border px-2.5 py-0.5 font-semibold ${level === null ? "border-slate-300 bg-slate-50 text-slate-700" : "border-brand-600/40 bg-brand-50 text-brand-900"}`}>
      {level !== null ? (
        <span aria-hidden="true" className="flex gap-0.5">
          {sheet.scale.map((s) => <span key={s.level} className={`h-2 w-2 rounded-full ${s.level <= level ? "bg-brand-600" : "bg-slate-300"}`} />)}
        </span>
      ) : null}
      {ratingText(sheet, value)}
    </span>
  );
}

const RECOMMENDATION_TONE = { strong_no: "danger", no: "danger", yes: "success", strong_yes: "success" } as const;

/** The overall recommendation as a badge (its words written; the tone only repeats them). */
export function RecommendationBadge({ value }: { value: Recommendation | null }) {
  return <StatusBadge tone={value ? RECOMMENDATION_TONE[value] : "neutral"}>{value ? RECOMMENDATION_LABELS[value] : "No recommendation"}</StatusBadge>;
}

/** A submitted scorecard, as its author and (after blind scoring) the rest of the panel read it. */
export function ScorecardReadOnly({ sheet, card, heading, headingLevel = 2, id }: { sheet: ScoringSheet; card: ReadOnlyCard; heading: string; headingLevel?: 2 | 3; id?: string }) {
  const byId = new Map(card.ratings.map((r) => [r.criterionId, r]));
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <div id={id} className="mb-6 scroll-mt-4">
    <Card className="p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <H className="text-lg font-semibold">{heading}</H>
        {card.submittedAt ? (
          <p className="text-sm text-slate-500">
            Submitted <ViewerTime at={card.submittedAt} />
          </p>
        ) : null}
      </div>
      <dl className="mt-4 divide-y divide-slate-100">
        {sheet.criteria.map((c) => {
          const r = byId.get(c.id);
          return (
            <div key={c.id} className="grid gap-1 py-3 sm:grid-cols-[16rem_1fr]">
              <dt className="text-sm">
                <span className="block font-medium text-slate-900">{c.name}</span>
                <span className="block text-xs text-slate-500">{c.competency}</span>
              </dt>
              <dd className="text-sm">
                <LevelBadge sheet={sheet} value={r} />
                {r?.note ? <p className="mt-1 whitespace-pre-wrap text-slate-700">{r.note}</p> : null}
              </dd>
            </div>
          );
        })}
        <div className="grid gap-1 py-3 sm:grid-cols-[16rem_1fr]">
          <dt className="text-sm font-medium text-slate-900">Overall recommendation</dt>
          <dd className="text-sm">
            <RecommendationBadge value={card.recommendation} />
            {card.summary ? <p className="mt-1 whitespace-pre-wrap text-slate-700">{card.summary}</p> : null}
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-xs text-slate-500">A submitted scorecard is read-only. Only an admin can reopen it.</p>
    </Card>
    </div>
  );
}
