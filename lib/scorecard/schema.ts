/**
 * The scorecard's wire format: zod schemas shared by the browser (the save queue) and the route handlers.
 * No Prisma and no I/O here.
 *
 * Every save is one operation on one field: a rating row, or the scorecard's own recommendation + summary.
 * `opId` makes a retried save a no-op; `baseRevision` is the revision the client last saw for that field, so a
 * stale write is refused instead of silently overwriting a newer value (0 = "the row must not exist yet").
 */
import { z } from "@/lib/validation/zod";
import { SCALE_LEVELS } from "@/lib/rubric/scale";
import { ID_PATTERN } from "@/lib/rubric/schema";
import { int4, safeText } from "@/lib/validation/safe-input";

import { RECOMMENDATIONS, type Recommendation } from "./recommendations";

export { RECOMMENDATIONS, RECOMMENDATION_LABELS, type Recommendation } from "./recommendations";

export const NOTE_MAX = 5_000;
export const SUMMARY_MAX = 10_000;
export const REASON_MAX = 500;

export const UuidSchema = z.uuid({ error: "must be a uuid" });

const levelMessage = `level must be one of ${SCALE_LEVELS.join(", ")}, or null`;

export const RatingOpSchema = z
  .strictObject({
    opId: UuidSchema,
    criterionId: z.string().max(64).regex(ID_PATTERN, { error: "criterionId must be a criterion id of the matrix" }),
    level: z
      .number({ error: levelMessage })
      .int({ error: levelMessage })
      .refine((n) => (SCALE_LEVELS as readonly number[]).includes(n), { error: levelMessage })
      .nullable(),
    noEvidence: z.boolean(),
    note: safeText().max(NOTE_MAX, { error: `note is longer than ${NOTE_MAX} characters` }),
    baseRevision: int4(),
  })
  // "No evidence" is not a level: the database refuses both at once, say so before it does.
  .refine((op) => !(op.noEvidence && op.level !== null), { error: "noEvidence and a level cannot be set together", path: ["noEvidence"] });

export const SummaryOpSchema = z.strictObject({
  opId: UuidSchema,
  recommendation: z.enum(RECOMMENDATIONS, { error: `recommendation must be one of ${RECOMMENDATIONS.join(", ")}, or null` }).nullable(),
  summary: safeText().max(SUMMARY_MAX, { error: `summary is longer than ${SUMMARY_MAX} characters` }),
  baseRevision: int4(),
});

export const ReopenSchema = z.strictObject({
  reason: safeText().trim().min(5, { error: "Give a reason of at least 5 characters" }).max(REASON_MAX, { error: `The reason is longer than ${REASON_MAX} characters` }),
});

/** The filters of the admin's list of submitted scorecards, from the URL: anything unexpected falls back to none. */
export const SubmittedFilterSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  interviewer: z.string().trim().max(200).catch(""),
  position: z.uuid().optional().catch(undefined),
  sort: z.enum(["candidate", "newest"]).catch("candidate"),
});
export type SubmittedFilter = z.output<typeof SubmittedFilterSchema>;

export type RatingOp = z.infer<typeof RatingOpSchema>;
export type SummaryOp = z.infer<typeof SummaryOpSchema>;

/** What a rating field holds, as the browser and the server exchange it. */
export type RatingValue = { level: number | null; noEvidence: boolean; note: string };
export type SummaryValue = { recommendation: Recommendation | null; summary: string };

/** One problem that stops a submit, pointing at the field to fix. */
export type SubmitProblem = { field: "rating" | "note" | "recommendation"; criterionId?: string; message: string };
