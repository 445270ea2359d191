"use server";

import { revalidatePath } from "next/cache";
import { success, type ActionResult } from "@/lib/http/action-result";
import { guardedMutation } from "@/lib/http/guarded-mutation";
import type { z } from "@/lib/validation/zod";
import { discardDraft, saveDraft } from "./draft-mutations";
import { DiscardDraftSchema, DraftInputSchema, PublishInputSchema } from "./editor-schema";
import { publishFromEditor } from "./mutations";

/** Autosave of the editor's text as the admin's own draft. */
export async function saveDraftAction(input: z.input<typeof DraftInputSchema>): Promise<ActionResult<{ savedAt: string; published: boolean }>> {
  const outcome = await guardedMutation(["admin"], DraftInputSchema, input, saveDraft);
  if (outcome.refused) return outcome.refused;
  return success({ savedAt: outcome.result.savedAt.toISOString(), published: outcome.result.published });
}

export async function discardDraftAction(input: z.input<typeof DiscardDraftSchema>): Promise<ActionResult> {
  const outcome = await guardedMutation(["admin"], DiscardDraftSchema, input, (user, data) => discardDraft(user, data.matrixKey));
  if (outcome.refused) return outcome.refused;
  return success(undefined, "Draft discarded.");
}

/** Publish the editor's text as the next version (or a new matrix); "no changes" is a success that created nothing. */
export async function publishMatrixAction(input: z.input<typeof PublishInputSchema>): Promise<ActionResult<{ rubricId: string; version: number; created: boolean }>> {
  const outcome = await guardedMutation(["admin"], PublishInputSchema, input, publishFromEditor);
  if (outcome.refused) return outcome.refused;
  const { rubricId, version, created } = outcome.result;
  if (!created) return success({ rubricId, version, created }, `No changes: nothing was published. v${version} is still the latest.`);
  revalidatePath("/admin/rubrics");
  revalidatePath(`/admin/rubrics/${rubricId}`, "layout");
  return success({ rubricId, version, created }, `Published v${version}.`);
}
