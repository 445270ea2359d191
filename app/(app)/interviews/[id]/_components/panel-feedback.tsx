import type { PanelCard, PanelDraft } from "@/lib/scorecard/data";
import { ratingText, scoringSheet, type ScoringSheet } from "@/lib/scorecard/view";
import { RecommendationBadge, ScorecardReadOnly } from "./scorecard-read-only";

type Panel = { unlocked: boolean; cards: PanelCard[]; drafts: PanelDraft[] };

/** Per competency of the stage, the levels of its criteria: "Production ownership: 3 Senior · 2 Intermediate". */
function competencyLevels(sheet: ScoringSheet, card: PanelCard) {
  const byId = new Map(card.ratings.map((r) => [r.criterionId, r]));
  const out = new Map<string, string[]>();
  for (const c of sheet.criteria) out.set(c.competency, [...(out.get(c.competency) ?? []), ratingText(sheet, byId.get(c.id))]);
  return [...out];
}

/** One line per colleague before the full scorecards: the recommendation and the levels, at a glance. */
function PanelSummary({ cards, drafts }: { cards: { card: PanelCard; sheet: ScoringSheet }[]; drafts: PanelDraft[] }) {
  return (
    <ul aria-label="The panel at a glance" className="mb-6 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      {cards.map(({ card, sheet }) => (
        <li key={card.id} className="px-4 py-3">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <a href={`#panel-${card.id}`} className="font-medium text-brand-700 underline underline-offset-2">{card.interviewer.name}</a>
            <span className="text-slate-600">{sheet.stage.name}</span>
            <RecommendationBadge value={card.recommendation} />
          </div>
          <ul className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-slate-700">
            {competencyLevels(sheet, card).map(([competency, levels]) => (
              <li key={competency}><span className="text-slate-600">{competency}: </span>{levels.map((l, i) => (
                  // A level never breaks inside ("4 / Staff+"), only between levels.
                  <span key={i} className="font-semibold whitespace-nowrap text-slate-900">{i > 0 ? " · " : ""}{l}</span>
                ))}</li>
            ))}
          </ul>
        </li>
      ))}
      {/* Named, never shown: a draft stays its author's until submitted (lib/scorecard/access.ts). */}
      {drafts.map((d) => (
        <li key={`${d.name}-${d.stage}`} className="px-4 py-3 text-slate-600">
          <span className="font-medium text-slate-800">{d.name}</span> · {d.stage}: draft, not submitted yet
        </li>
      ))}
    </ul>
  );
}

/**
 * The panel's other submitted scorecards for this candidate, a summary of them first, and who has not submitted
 * yet. The server decides what is readable (lib/scorecard/access.ts) and audits each read; this only lays it out.
 */
export function PanelFeedback({ panel }: { panel: Panel | null }) {
  const cards = (panel?.cards ?? []).flatMap((card) => (card.definition ? [{ card, sheet: scoringSheet(card.definition, card.interview.stageId) }] : []));
  return (
    <section aria-labelledby="panel-feedback" className="mt-10">
      <h2 id="panel-feedback" className="mb-3 text-lg font-semibold">Panel feedback</h2>
      {!panel?.unlocked ? (
        <p className="text-sm text-slate-600">The panel&apos;s feedback appears once you have submitted every scorecard you owe for this candidate, so that your scores stay independent.</p>
      ) : (
        <>
          {cards.length === 0 ? <p className="mb-3 text-sm text-slate-600">No one else on the panel has submitted yet.</p> : null}
          {cards.length + panel.drafts.length > 0 ? <PanelSummary cards={cards} drafts={panel.drafts} /> : null}
          {cards.map(({ card, sheet }) => (
            <ScorecardReadOnly key={card.id} id={`panel-${card.id}`} sheet={sheet} card={card} headingLevel={3} heading={`${card.interviewer.name} · ${sheet.stage.name}`} />
          ))}
        </>
      )}
    </section>
  );
}
