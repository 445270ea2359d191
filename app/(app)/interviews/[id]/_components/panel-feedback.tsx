import type { PanelCard } from "@/lib/scorecard/data";
import { scoringSheet } from "@/lib/scorecard/view";
import { ScorecardReadOnly } from "./scorecard-read-only";

/**
 * The panel's other submitted scorecards for this candidate. The server decides whether they are readable
 * (lib/scorecard/access.ts) and audits each read; this only lays them out.
 */
export function PanelFeedback({ panel }: { panel: { unlocked: boolean; cards: PanelCard[] } | null }) {
  return (
    <section aria-labelledby="panel-feedback" className="mt-10">
      <h2 id="panel-feedback" className="mb-3 text-lg font-semibold">Panel feedback</h2>
      {!panel?.unlocked ? (
        <p className="text-sm text-slate-600">The panel&apos;s feedback appears once you have submitted every scorecard you owe for this candidate, so that your scores stay independent.</p>
      ) : panel.cards.length === 0 ? (
        <p className="text-sm text-slate-600">No one else on the panel has submitted yet.</p>
      ) : (
        panel.cards.map((c) => {
          if (!c.definition) return null;
          const sheet = scoringSheet(c.definition, c.interview.stageId);
          return <ScorecardReadOnly key={c.id} sheet={sheet} card={c} headingLevel={3} heading={`${c.interviewer.name} · ${sheet.stage.name}`} />;
        })
      )}
    </section>
  );
}
