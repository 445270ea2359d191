/**
 * The competency matrix (rubric) format: zod schemas, the inferred types and small pure helpers.
 *
 * No I/O and no Prisma: this module is imported by the browser (the matrix editor, the scoring screen)
 * as well as by the server. The schemas check the SHAPE of a matrix; the cross-field rules (unique ids,
 * anchors for every level, references between competencies and stages...) live in ./rules.ts, and
 * `RubricDefinitionSchema` below runs both, so a caller holding JSON (e.g. a stored version) can
 * re-validate it with this one schema. To turn YAML into a definition with line:col problems use
 * `parseRubric` from ./load.ts.
 */
import { z } from "@/lib/validation/zod";
import { checkRubricRules } from "./rules";
import { SCALE_LEVELS } from "./scale";
import { safeText } from "@/lib/validation/safe-input";

export { SCALE_LEVELS, type Level } from "./scale";

/** Ids are stable slugs: ratings, stored versions and URLs refer to them. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const LIMITS = {
  id: 64,
  label: 40,
  name: 120,
  role: 200,
  paragraph: 1000,
  description: 2000,
  competencies: 20,
  criteria: 10,
  questions: 12,
  followUps: 6,
  coreBehaviours: 6,
  examples: 8,
  redFlags: 10,
  stages: 12,
  stageMinutes: 240,
  weight: 100,
  /** Far outside any scale: only there so a number like 1e12 is refused by the shape, not carried around. */
  level: 1000,
} as const;

/** A trimmed, non-empty string of at most `max` characters that PostgreSQL can store (YAML's "\0" cannot be). */
const text = (max: number) => safeText().trim().min(1).max(max);

export const IdSchema = z.string().max(LIMITS.id).regex(ID_PATTERN);

/** A whole number; whether it is on the scale is a rule (so the message can name the scale). */
const LevelNumberSchema = z.number().int().min(-LIMITS.level).max(LIMITS.level);

export const ScaleLevelSchema = z.strictObject({
  level: LevelNumberSchema,
  label: text(LIMITS.label),
});

export const QuestionSchema = z.strictObject({
  text: text(LIMITS.paragraph),
  /**
   * The question to ask first (at most one per criterion; the others are optional alternates). Absent on every
   * question, as in matrices written before this field, the first question is the primary one.
   */
  primary: z.boolean().optional(),
  followUps: z.array(text(LIMITS.paragraph)).max(LIMITS.followUps).default([]),
});

/**
 * What a candidate must show for a level: plain text (one description, the original format), or the behaviours
 * that must ALL be shown (`core`) plus examples of which ANY also counts as evidence (`alsoCounts`).
 */
export const StructuredAnchorSchema = z.strictObject({
  core: z.array(text(LIMITS.paragraph)).min(1).max(LIMITS.coreBehaviours),
  alsoCounts: z.array(text(LIMITS.paragraph)).max(LIMITS.examples).optional(),
});
export const AnchorSchema = z.union([text(LIMITS.paragraph), StructuredAnchorSchema]);

export const CriterionSchema = z.strictObject({
  id: IdSchema,
  name: text(LIMITS.name),
  lookFor: text(LIMITS.paragraph),
  /**
   * Keyed by level ("1".."4"; YAML writes them as numbers, JSON as strings). One observable-behaviour
   * description per scale level. Presence of every level and absence of others is checked by the rules.
   */
  anchors: z.record(z.string().max(LIMITS.id), AnchorSchema),
  questions: z.array(QuestionSchema).min(1).max(LIMITS.questions),
  redFlags: z.array(text(LIMITS.paragraph)).max(LIMITS.redFlags).default([]),
});

export const CompetencySchema = z.strictObject({
  id: IdSchema,
  name: text(LIMITS.name),
  covers: text(LIMITS.paragraph),
  weight: z.number().positive().max(LIMITS.weight),
  /**
   * Absent = not a must-have. Present = a candidate whose competency score is below `minLevel` does not clear the
   * bar, and one with fewer than `minRatedCriteria` rated criteria (default 1) has insufficient evidence: not
   * cleared for a hiring decision, never passed.
   */
  mustHave: z
    .strictObject({ minLevel: LevelNumberSchema, minRatedCriteria: z.number().int().min(1).max(LIMITS.criteria).optional() })
    .optional(),
  criteria: z.array(CriterionSchema).min(1).max(LIMITS.criteria),
});

export const StageSchema = z.strictObject({
  id: IdSchema,
  name: text(LIMITS.name),
  minutes: z.number().int().min(5).max(LIMITS.stageMinutes),
  competencies: z.array(IdSchema).min(1).max(LIMITS.competencies),
});

export const COMPETENCY_SCORE_RULES = ["mean", "median"] as const;
export type CompetencyScoreRule = (typeof COMPETENCY_SCORE_RULES)[number];

export const ScoringSchema = z.strictObject({
  /** How a competency's rated criteria become its score (default "mean"). "No evidence" is never part of it. */
  competencyScore: z.enum(COMPETENCY_SCORE_RULES).optional(),
  /** Levels at which the interviewer must write an evidence note (the extremes are the ones disputed). */
  evidenceRequiredLevels: z.array(LevelNumberSchema).max(SCALE_LEVELS.length),
  /** Whether a must-have criterion rated below the must-have's minimum needs an evidence note too (default false). */
  evidenceBelowMustHave: z.boolean().optional(),
  /**
   * Minimum share of the total competency weight that must be rated (a competency counts once any of its
   * criteria is rated) for a weighted score to be shown.
   */
  minCoverage: z.number().gt(0).max(1),
});

/** The shape of a matrix, without the cross-field rules. Prefer `RubricDefinitionSchema`. */
export const RubricShapeSchema = z.strictObject({
  id: IdSchema,
  title: text(LIMITS.name),
  role: text(LIMITS.role),
  description: text(LIMITS.description).optional(),
  scale: z.array(ScaleLevelSchema).min(1).max(10),
  /** Kept apart from the scale: "no evidence" is not the lowest level and never counts as a score. */
  noEvidence: z.strictObject({ label: text(LIMITS.label) }),
  competencies: z.array(CompetencySchema).min(1).max(LIMITS.competencies),
  /** Expected level per competency id for the role. */
  targetProfile: z.record(z.string().max(LIMITS.id), LevelNumberSchema),
  interviewPlan: z.array(StageSchema).min(1).max(LIMITS.stages),
  scoring: ScoringSchema,
});

/**
 * The complete validator: shape, then (only when the shape is valid) the cross-field rules.
 * ./load.ts runs the two separately instead, so that a file gets ALL its problems in one pass.
 */
export const RubricDefinitionSchema = RubricShapeSchema.superRefine((value, ctx) => {
  for (const issue of checkRubricRules(value)) {
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
});

export type RubricDefinition = z.output<typeof RubricShapeSchema>;
export type ScaleLevel = z.output<typeof ScaleLevelSchema>;
export type Competency = z.output<typeof CompetencySchema>;
export type Criterion = z.output<typeof CriterionSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type Anchor = z.output<typeof AnchorSchema>;
export type Stage = z.output<typeof StageSchema>;
export type Scoring = z.output<typeof ScoringSchema>;

/** Every field name the format knows, for "did you mean" hints on unknown fields. */
export const KNOWN_FIELDS: readonly string[] = Array.from(
  new Set(
    [RubricShapeSchema, ScaleLevelSchema, QuestionSchema, StructuredAnchorSchema, CriterionSchema, CompetencySchema, StageSchema, ScoringSchema]
      .flatMap((schema) => Object.keys(schema.shape))
      .concat(["minLevel", "minRatedCriteria", "label"]),
  ),
);

/* ------------------------------------------------------------------------------------------------ */
/* Helpers                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

/** A criterion together with the competency it belongs to. */
export type CriterionRef = { competency: Competency; criterion: Criterion };

/**
 * The criteria an interviewer scores in a stage, in the order of the stage's competencies and then of
 * each competency's criteria. An unknown stage id gives an empty list.
 */
export function criteriaOfStage(def: RubricDefinition, stageId: string): CriterionRef[] {
  const stage = def.interviewPlan.find((s) => s.id === stageId);
  if (!stage) return [];
  const refs: CriterionRef[] = [];
  for (const competencyId of stage.competencies) {
    const competency = def.competencies.find((c) => c.id === competencyId);
    if (!competency) continue;
    for (const criterion of competency.criteria) refs.push({ competency, criterion });
  }
  return refs;
}

/** Criterion ids are unique across a matrix, so a rating needs only the criterion id. */
export function findCriterion(def: RubricDefinition, criterionId: string): CriterionRef | undefined {
  for (const competency of def.competencies) {
    const criterion = competency.criteria.find((c) => c.id === criterionId);
    if (criterion) return { competency, criterion };
  }
  return undefined;
}

/**
 * The label shown for a rating. `null` means "no evidence" (kept apart from the scale).
 * A level that is not on the scale (should not happen for validated data) reads "Level N".
 */
export function levelLabel(def: RubricDefinition, level: number | null): string {
  if (level === null) return def.noEvidence.label;
  return def.scale.find((s) => s.level === level)?.label ?? `Level ${level}`;
}

/** An anchor as its two lists; plain text is one core behaviour. Absent (never, once validated): empty. */
export function anchorParts(anchor: Anchor | undefined): { core: string[]; alsoCounts: string[] } {
  if (anchor === undefined) return { core: [], alsoCounts: [] };
  if (typeof anchor === "string") return { core: [anchor], alsoCounts: [] };
  return { core: anchor.core, alsoCounts: anchor.alsoCounts ?? [] };
}

/** The anchor of a criterion at a level as one text (diffs, exports); "" when absent. */
export function anchorFor(criterion: Criterion, level: number): string {
  return anchorText(criterion.anchors[String(level)]);
}

export function anchorText(anchor: Anchor | undefined): string {
  if (anchor === undefined || typeof anchor === "string") return anchor ?? "";
  const { core, alsoCounts } = anchorParts(anchor);
  // Items are sentences of their own (often ending in "."): joined so the result does not read ".;".
  const list = (items: string[]) => items.map((i) => i.replace(/[.;\s]+$/, "")).join("; ");
  return [`Must show: ${list(core)}.`, ...(alsoCounts.length > 0 ? [`Also counts: ${list(alsoCounts)}.`] : [])].join(" ");
}

/** The questions with the primary one first (the first question when none is marked). */
export function orderedQuestions(criterion: Criterion): { question: Question; primary: boolean }[] {
  const marked = criterion.questions.findIndex((q) => q.primary === true);
  const primaryIndex = marked === -1 ? 0 : marked;
  const primary = criterion.questions[primaryIndex];
  const rest = criterion.questions.filter((_, i) => i !== primaryIndex).map((question) => ({ question, primary: false }));
  return primary ? [{ question: primary, primary: true }, ...rest] : rest;
}

/** The scoring rules with the documented defaults filled in (matrices written before a field keep its old meaning). */
export function scoringRules(def: RubricDefinition) {
  return {
    competencyScore: def.scoring.competencyScore ?? "mean",
    evidenceRequiredLevels: def.scoring.evidenceRequiredLevels,
    evidenceBelowMustHave: def.scoring.evidenceBelowMustHave ?? false,
    minCoverage: def.scoring.minCoverage,
  } as const;
}

/**
 * The levels at which a rating of this competency's criteria needs an evidence note: the matrix's
 * `evidenceRequiredLevels`, plus every level below a must-have's minimum when `evidenceBelowMustHave` is on.
 */
export function noteLevelsFor(def: RubricDefinition, competency: Competency): number[] {
  const rules = scoringRules(def);
  const mustHave = mustHaveRule(competency);
  const below = rules.evidenceBelowMustHave && mustHave ? def.scale.map((s) => s.level).filter((l) => l < mustHave.minLevel) : [];
  return [...new Set([...rules.evidenceRequiredLevels, ...below])].sort((a, b) => a - b);
}

/** A must-have with its defaults, or null for a competency that is not one. */
export function mustHaveRule(competency: Competency): { minLevel: number; minRatedCriteria: number } | null {
  if (!competency.mustHave) return null;
  return { minLevel: competency.mustHave.minLevel, minRatedCriteria: competency.mustHave.minRatedCriteria ?? 1 };
}
