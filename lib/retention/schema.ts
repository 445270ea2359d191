/** Retention inputs, shared by the forms and the server actions. Pure. */
import { z } from "@/lib/validation/zod";
import { int4, safeText } from "@/lib/validation/safe-input";

export const MAX_RETENTION_DAYS = 36_500;

/** A period in days as typed; empty means none (candidates are kept until someone acts). */
const RetentionDays = safeText()
  .trim()
  .refine((v) => v === "" || (/^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_RETENTION_DAYS), `Enter a whole number of days from 1 to ${MAX_RETENTION_DAYS}, or leave it empty`)
  .transform((v) => (v === "" ? null : Number(v)));

export const GlobalRetentionSchema = z.object({ days: RetentionDays });

export const PositionRetentionSchema = z.object({ positionId: z.uuid(), days: RetentionDays });

export const AnonymiseSchema = z.object({
  candidateIds: z.array(z.uuid()).min(1, "Select at least one candidate").max(200, "Anonymise at most 200 candidates at once"),
});

/** What the person confirming an erasure was told would go: the erasure is refused if it has changed since. */
export const ErasureCountsSchema = z.object({ applications: int4(), interviews: int4(), scorecards: int4(), ratings: int4() });
export type ErasureCounts = z.infer<typeof ErasureCountsSchema>;

export const EraseSchema = z.object({ candidateId: z.uuid(), expected: ErasureCountsSchema });
