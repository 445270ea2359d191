"use server";

import { revalidatePath } from "next/cache";
import type { z } from "@/lib/validation/zod";
import { actionUser } from "@/lib/auth/action-guard";
import { failure, invalid, success, type ActionResult } from "@/lib/http/action-result";
import { anonymiseCandidates, eraseCandidate, setGlobalRetention, setPositionRetention } from "./mutations";
import { AnonymiseSchema, EraseSchema, GlobalRetentionSchema, PositionRetentionSchema } from "./schema";

const say = (days: number | null) => (days === null ? "none" : `${days} day${days === 1 ? "" : "s"}`);

export async function setGlobalRetentionAction(input: z.input<typeof GlobalRetentionSchema>): Promise<ActionResult> {
  const { user, refusal } = await actionUser("admin");
  if (refusal) return refusal;
  const parsed = GlobalRetentionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { changed } = await setGlobalRetention(user.id, parsed.data.days);
  revalidatePath("/admin/retention", "layout");
  return success(undefined, changed ? `The global retention period is now ${say(parsed.data.days)}.` : "Nothing changed.");
}

export async function setPositionRetentionAction(input: z.input<typeof PositionRetentionSchema>): Promise<ActionResult> {
  const { user, refusal } = await actionUser("admin");
  if (refusal) return refusal;
  const parsed = PositionRetentionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await setPositionRetention(user.id, parsed.data.positionId, parsed.data.days);
  if (!result.ok) return failure("This position no longer exists.");
  revalidatePath("/admin/retention", "layout");
  return success(undefined, result.changed ? `Saved: ${parsed.data.days === null ? "the global period applies" : say(parsed.data.days)}.` : "Nothing changed.");
}

export async function anonymiseCandidatesAction(input: z.input<typeof AnonymiseSchema>): Promise<ActionResult<{ anonymised: number; skipped: number }>> {
  const { user, refusal } = await actionUser("admin");
  if (refusal) return refusal;
  const parsed = AnonymiseSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { anonymised, skipped } = await anonymiseCandidates(user.id, parsed.data.candidateIds);
  revalidatePath("/admin/retention", "layout");
  if (anonymised === 0) return failure("None of them is due any more (active again, or already anonymised). Nothing was changed.");
  const rest = skipped ? ` ${skipped} no longer due ${skipped === 1 ? "was" : "were"} left as ${skipped === 1 ? "it was" : "they were"}.` : "";
  return success({ anonymised, skipped }, `Anonymised ${anonymised} candidate${anonymised === 1 ? "" : "s"}.${rest}`);
}

export async function eraseCandidateAction(input: z.input<typeof EraseSchema>): Promise<ActionResult> {
  const { user, refusal } = await actionUser("admin");
  if (refusal) return refusal;
  const parsed = EraseSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await eraseCandidate(user.id, parsed.data.candidateId, parsed.data.expected);
  if (!result.ok) {
    return failure(result.reason === "notFound" ? "This candidate no longer exists." : "The candidate's records changed since this page was shown. Nothing was erased; reload and confirm again.");
  }
  revalidatePath("/admin/retention", "layout");
  revalidatePath("/candidates", "layout");
  return success(undefined, "The candidate and everything of theirs was erased.");
}
