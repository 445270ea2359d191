/**
 * What the scoring screen needs of a rubric version, cut down to one stage and to plain JSON that can cross from a
 * server component to the browser. Pure.
 */
import { anchorParts, criteriaOfStage, noteLevelsFor, orderedQuestions, type RubricDefinition } from "@/lib/rubric/schema";
import type { RatingValue } from "./schema";

export type ScoringCriterion = {
  id: string;
  name: string;
  competency: string;
  lookFor: string;
  /** The primary question first (`primary: true`), then the optional alternates. */
  questions: { text: string; followUps: string[]; primary: boolean }[];
  redFlags: string[];
  /** Per level: the behaviours that must all be shown, and examples of which any also counts. */
  anchors: { level: number; label: string; core: string[]; alsoCounts: string[] }[];
  /** Levels at which a rating of this criterion needs an evidence note. */
  noteLevels: number[];
  /** The must-have minimum of the criterion's competency, or null. */
  mustHaveMin: number | null;
};

export type ScoringSheet = {
  stage: { id: string; name: string; minutes: number };
  criteria: ScoringCriterion[];
  scale: { level: number; label: string }[];
  noEvidenceLabel: string;
};

export function scoringSheet(def: RubricDefinition, stageId: string): ScoringSheet {
  const stage = def.interviewPlan.find((s) => s.id === stageId);
  return {
    stage: { id: stageId, name: stage?.name ?? stageId, minutes: stage?.minutes ?? 0 },
    criteria: criteriaOfStage(def, stageId).map(({ competency, criterion }) => ({
      id: criterion.id,
      name: criterion.name,
      competency: competency.name,
      lookFor: criterion.lookFor,
      questions: orderedQuestions(criterion).map(({ question, primary }) => ({ text: question.text, followUps: question.followUps, primary })),
      redFlags: criterion.redFlags,
      anchors: def.scale.map((s) => ({ level: s.level, label: s.label, ...anchorParts(criterion.anchors[String(s.level)]) })),
      noteLevels: noteLevelsFor(def, competency),
      mustHaveMin: competency.mustHave?.minLevel ?? null,
    })),
    scale: def.scale.map((s) => ({ level: s.level, label: s.label })),
    noEvidenceLabel: def.noEvidence.label,
  };
}

/** "3 Senior", "No evidence" or "Not rated": how one rating reads, on screen and to a screen reader. */
export function ratingText(sheet: Pick<ScoringSheet, "scale" | "noEvidenceLabel">, value: Pick<RatingValue, "level" | "noEvidence"> | undefined): string {
  if (!value || (value.level === null && !value.noEvidence)) return "Not rated";
  if (value.noEvidence || value.level === null) return sheet.noEvidenceLabel;
  return `${value.level} ${sheet.scale.find((s) => s.level === value.level)?.label ?? `Level ${value.level}`}`;
}
