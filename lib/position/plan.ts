/**
 * Which stages of a position's interview plan an applicant's interviews cover. Pure. A cancelled interview covers
 * nothing (it is listed apart, so the page can still show it); an interview of a stage the plan no longer has (it
 * was pinned to an older matrix version) is listed as "other".
 */
export type PlanStage = { id: string; name: string; minutes: number };
type Coverable = { stageId: string; cancelledAt: Date | null };

export function planCoverage<I extends Coverable>(plan: PlanStage[], interviews: I[]) {
  const stageIds = new Set(plan.map((s) => s.id));
  const stages = plan.map((stage) => {
    const ofStage = interviews.filter((i) => i.stageId === stage.id);
    const standing = ofStage.filter((i) => i.cancelledAt === null);
    return { stage, interviews: standing, cancelled: ofStage.filter((i) => i.cancelledAt !== null), covered: standing.length > 0 };
  });
  return { stages, other: interviews.filter((i) => !stageIds.has(i.stageId)), uncovered: stages.filter((s) => !s.covered).map((s) => s.stage) };
}
