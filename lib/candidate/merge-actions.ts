"use server";

import { revalidatePath } from "next/cache";
import { actionUser } from "@/lib/auth/action-guard";
import { failure, invalid, success, type ActionResult } from "@/lib/http/action-result";
import { mergeCandidates, unmergeCandidates } from "./merge-mutations";
import { MergeSchema, UnmergeSchema, type MergeInput } from "./schema";

/** Merge and un-merge: admins and hiring managers; the mutations check both candidates' scope and what moves. */

export async function mergeCandidatesAction(input: MergeInput): Promise<ActionResult<{ survivorId: string }>> {
  const { user, refusal } = await actionUser("admin", "hiring_manager");
  if (refusal) return refusal;
  const parsed = MergeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { keepId, mergeId, ...choices } = parsed.data;
  const result = await mergeCandidates(user, keepId, mergeId, choices);
  if (!result.ok) return failure(result.message);
  revalidatePath("/candidates");
  return success({ survivorId: keepId }, "Merged.");
}

export type UnmergeResult = ActionResult<{ survivorId: string; mergedId: string }> & { editedFields?: string[] };

export async function unmergeCandidatesAction(input: { mergeId: string; discardLaterEdits?: boolean }): Promise<UnmergeResult> {
  const { user, refusal } = await actionUser("admin", "hiring_manager");
  if (refusal) return refusal;
  const parsed = UnmergeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await unmergeCandidates(user, parsed.data.mergeId, parsed.data.discardLaterEdits);
  if (!result.ok) return { ...failure(result.message), editedFields: result.reason === "edited" ? result.fields : undefined };
  revalidatePath("/candidates");
  return success({ survivorId: result.survivorId, mergedId: result.mergedId }, "The merge was undone.");
}
