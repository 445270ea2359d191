/**
 * What the scoring screen needs of a rubric version, cut down to one stage and to plain JSON that can cross from a
 * server component to the browser. Pure.
 */
import { anchorFor, criteriaOfStage, type RubricDefinition } from "@/lib/rubric/schema";
import type { RatingValue } from "./schema";

export type ScoringCriterion = {
  id: string;
  name: string;
  competency: string;
  lookFor: string;
  questions: { text: string; followUps: string[] }[];
  redFlags: string[];
  anchors: { level: number; label: string; text: string }[];
};

export type ScoringSheet = {
  stage: { id: string; name: string; minutes: number };
  criteria: ScoringCriterion[];
  scale: { level: number; label: string }[];
  noEvidenceLabel: string;
  evidenceRequiredLevels: number[];
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
      questions: criterion.questions.map((q) => ({ text: q.text, followUps: q.followUps })),
      redFlags: criterion.redFlags,
      anchors: def.scale.map((s) => ({ level: s.level, label: s.label, text: anchorFor(criterion, s.level) })),
    })),
    scale: def.scale.map((s) => ({ level: s.level, label: s.label })),
    noEvidenceLabel: def.noEvidence.label,
    evidenceRequiredLevels: def.scoring.evidenceRequiredLevels,
  };
}

/** "3 Senior", "No evidence" or "Not rated": how one rating reads, on screen and to a screen reader. */
export function ratingText(sheet: Pick<ScoringSheet, "scale" | "noEvidenceLabel">, value: Pick<RatingValue, "level" | "noEvidence"> | undefined): string {
  if (!value || (value.level === null && !value.noEvidence)) return "Not rated";
  if (value.noEvidence || value.level === null) return sheet.noEvidenceLabel;
  return `${value.level} ${sheet.scale.find((s) => s.level === value.level)?.label ?? `Level ${value.level}`}`;
}

