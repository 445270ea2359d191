/**
 * What changed between two versions of a matrix, in the terms an admin reviews: competencies and criteria added,
 * removed or renamed (matched by id, since ratings and reports refer to ids), anchors, weights, must-haves, the
 * target profile and the interview plan. Pure and browser-safe: the editor's "Review changes" dialog runs it on
 * every valid draft, the version history page on two stored versions.
 */
import { anchorText, mustHaveRule, scoringRules, type Competency, type Criterion, type RubricDefinition, type Stage } from "./schema";

export type Named = { id: string; name: string };
/** A value on each side; `null` means "absent" on that side (no must-have, no target level, no anchor). */
export type Change<T> = { before: T; after: T };

export type MatrixField = "id" | "title" | "role" | "description" | "scale" | "noEvidence" | "evidenceRequiredLevels" | "evidenceBelowMustHave" | "competencyScore" | "minCoverage";

export type AnchorChange = { level: string; label: string } & Change<string | null>;

export type ChangeSummary = {
  /** True when nothing an interviewer or a report would notice changed (key order and YAML comments do not count). */
  empty: boolean;
  /** Matrix-level fields, each shown as text on both sides. */
  matrix: ({ field: MatrixField } & Change<string | null>)[];
  competencies: {
    added: Named[];
    removed: Named[];
    renamed: (Named & Change<string>)[];
    weights: (Named & Change<number>)[];
    /** `minLevel` on each side; null = not a must-have. */
    /** A must-have as the sentence an admin reads ("at least level 3, on at least 2 rated criteria"), or null. */
    mustHaves: (Named & Change<string | null>)[];
    /** The "covers" text changed. */
    described: Named[];
    /** Same ids on both sides, in another order (the scorecard shows them in that order). */
    reordered: boolean;
  };
  criteria: {
    added: (Named & { competencyId: string })[];
    removed: (Named & { competencyId: string })[];
    renamed: (Named & Change<string>)[];
    /** The criterion now belongs to another competency (its weight and must-have follow the new one). */
    moved: (Named & Change<string>)[];
    anchors: (Named & { levels: AnchorChange[] })[];
    /** Interviewer guidance changed: what to look for, the questions, the red flags. */
    guidance: (Named & { fields: ("lookFor" | "questions" | "redFlags")[] })[];
  };
  targetProfile: ({ competencyId: string } & Change<number | null>)[];
  interviewPlan: {
    added: Named[];
    removed: Named[];
    renamed: (Named & Change<string>)[];
    minutes: (Named & Change<number>)[];
    /** Competency ids a stage gained or lost. */
    competencies: (Named & { added: string[]; removed: string[] })[];
    reordered: boolean;
  };
};

export function summariseChanges(before: RubricDefinition, after: RubricDefinition): ChangeSummary {
  const competencies = compareCompetencies(before.competencies, after.competencies);
  const criteria = compareCriteria(before, after);
  const targetProfile = compareTargets(before.targetProfile, after.targetProfile);
  const interviewPlan = compareStages(before.interviewPlan, after.interviewPlan);
  const matrix = compareMatrixFields(before, after);
  const lists = [matrix, targetProfile, ...Object.values(competencies), ...Object.values(criteria), ...Object.values(interviewPlan)];
  const empty = lists.every((value) => (Array.isArray(value) ? value.length === 0 : value === false));
  return { empty, matrix, competencies, criteria, targetProfile, interviewPlan };
}

function compareMatrixFields(before: RubricDefinition, after: RubricDefinition): ChangeSummary["matrix"] {
  const show: Record<MatrixField, (d: RubricDefinition) => string | null> = {
    id: (d) => d.id,
    title: (d) => d.title,
    role: (d) => d.role,
    description: (d) => d.description ?? null,
    scale: (d) => d.scale.map((s) => `${s.level} ${s.label}`).join(", "),
    noEvidence: (d) => d.noEvidence.label,
    evidenceRequiredLevels: (d) => d.scoring.evidenceRequiredLevels.join(", ") || "none",
    evidenceBelowMustHave: (d) => (scoringRules(d).evidenceBelowMustHave ? "yes" : "no"),
    competencyScore: (d) => scoringRules(d).competencyScore,
    minCoverage: (d) => `${Math.round(d.scoring.minCoverage * 100)}%`,
  };
  return (Object.keys(show) as MatrixField[]).flatMap((field) => {
    const [b, a] = [show[field](before), show[field](after)];
    return b === a ? [] : [{ field, before: b, after: a }];
  });
}

/** Items present on both sides, by id, with the two versions side by side. */
function pairById<T extends { id: string }>(before: T[], after: T[]) {
  const old = new Map(before.map((item) => [item.id, item]));
  const next = new Map(after.map((item) => [item.id, item]));
  return {
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !next.has(item.id)),
    kept: after.flatMap((item) => (old.has(item.id) ? [{ before: old.get(item.id)!, after: item }] : [])),
    reordered: sameOrderBroken(before.map((i) => i.id).filter((id) => next.has(id)), after.map((i) => i.id).filter((id) => old.has(id))),
  };
}

function sameOrderBroken(a: string[], b: string[]): boolean {
  return a.some((id, i) => b[i] !== id);
}

const named = (item: { id: string; name: string }): Named => ({ id: item.id, name: item.name });

/** The kept items whose `pick` differs, each with both values. */
function changed<T extends Named, V>(kept: { before: T; after: T }[], pick: (item: T) => V): (Named & Change<V>)[] {
  return kept.filter((p) => pick(p.before) !== pick(p.after)).map((p) => ({ ...named(p.after), before: pick(p.before), after: pick(p.after) }));
}

/** What every list of named things shares: added, removed, renamed (same id, new name), reordered. */
function namedChanges<T extends Named>(before: T[], after: T[]) {
  const { added, removed, kept, reordered } = pairById(before, after);
  return { kept, common: { added: added.map(named), removed: removed.map(named), renamed: changed(kept, (i) => i.name), reordered } };
}

function compareCompetencies(before: Competency[], after: Competency[]): ChangeSummary["competencies"] {
  const { kept, common } = namedChanges(before, after);
  return {
    ...common,
    weights: changed(kept, (c) => c.weight),
    mustHaves: changed(kept, mustHaveSentence),
    described: kept.filter((p) => p.before.covers !== p.after.covers).map((p) => named(p.after)),
  };
}

function mustHaveSentence(c: Competency): string | null {
  const rule = mustHaveRule(c);
  if (!rule) return null;
  const rated = rule.minRatedCriteria === 1 ? "1 rated criterion" : `${rule.minRatedCriteria} rated criteria`;
  return `at least level ${rule.minLevel}, on at least ${rated}`;
}

type Placed = Criterion & { competencyId: string };

/** Criterion ids are unique across a matrix, so criteria are matched across competencies (a move is not a remove). */
function placedCriteria(def: RubricDefinition): Placed[] {
  return def.competencies.flatMap((c) => c.criteria.map((k) => ({ ...k, competencyId: c.id })));
}

function compareCriteria(beforeDef: RubricDefinition, afterDef: RubricDefinition): ChangeSummary["criteria"] {
  const { added, removed, kept } = pairById(placedCriteria(beforeDef), placedCriteria(afterDef));
  const placed = (k: Placed) => ({ ...named(k), competencyId: k.competencyId });
  return {
    added: added.map(placed),
    removed: removed.map(placed),
    renamed: changed(kept, (k) => k.name),
    moved: changed(kept, (k) => k.competencyId),
    anchors: kept.flatMap((p) => {
      const levels = anchorChanges(p.before, p.after, afterDef);
      return levels.length > 0 ? [{ ...named(p.after), levels }] : [];
    }),
    guidance: kept.flatMap((p) => {
      const fields = (["lookFor", "questions", "redFlags"] as const).filter((f) => JSON.stringify(p.before[f]) !== JSON.stringify(p.after[f]));
      return fields.length > 0 ? [{ ...named(p.after), fields: [...fields] }] : [];
    }),
  };
}

function anchorChanges(before: Criterion, after: Criterion, def: RubricDefinition): AnchorChange[] {
  const levels = [...new Set([...Object.keys(before.anchors), ...Object.keys(after.anchors)])].sort((a, b) => Number(a) - Number(b));
  return levels.flatMap((level) => {
    const [b, a] = [before.anchors[level], after.anchors[level]].map((x) => (x === undefined ? null : anchorText(x))) as [string | null, string | null];
    if (b === a) return [];
    const label = def.scale.find((s) => String(s.level) === level)?.label ?? `Level ${level}`;
    return [{ level, label, before: b, after: a }];
  });
}

function compareTargets(before: Record<string, number>, after: Record<string, number>): ChangeSummary["targetProfile"] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return ids.flatMap((competencyId) => {
    const [b, a] = [before[competencyId] ?? null, after[competencyId] ?? null];
    return b === a ? [] : [{ competencyId, before: b, after: a }];
  });
}

function compareStages(before: Stage[], after: Stage[]): ChangeSummary["interviewPlan"] {
  const { kept, common } = namedChanges(before, after);
  return {
    ...common,
    minutes: changed(kept, (s) => s.minutes),
    competencies: kept.flatMap((p) => {
      const gained = p.after.competencies.filter((id) => !p.before.competencies.includes(id));
      const lost = p.before.competencies.filter((id) => !p.after.competencies.includes(id));
      return gained.length + lost.length > 0 ? [{ ...named(p.after), added: gained, removed: lost }] : [];
    }),
  };
}
