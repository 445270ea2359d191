"use server";

import { revalidatePath } from "next/cache";
import { success, type ActionResult } from "@/lib/http/action-result";
import { guardedMutation } from "@/lib/http/guarded-mutation";
import { MoveInterviewsSchema, STAY_REASONS, type MoveInterviewsInput } from "./moves";
import { moveNotStartedInterviews } from "./moves-mutations";

/** Admins move a position's not-started interviews to the latest version of their matrix. */
export async function moveInterviewsAction(input: MoveInterviewsInput): Promise<ActionResult<{ moved: number }>> {
  const outcome = await guardedMutation(["admin"], MoveInterviewsSchema, input, moveNotStartedInterviews);
  if (outcome.refused) return outcome.refused;
  const { moved, stayed, version } = outcome.result;
  revalidatePath("/admin/rubrics", "layout");
  revalidatePath(`/positions/${outcome.data.positionId}`, "layout");
  revalidatePath(`/reports/${outcome.data.positionId}`, "layout");
  const reasons = [...new Set(stayed.map((s) => STAY_REASONS[s.reason]))];
  const kept = stayed.length === 0 ? "" : ` ${stayed.length} stayed on their version since the page was loaded (${reasons.join("; ")}).`;
  return success({ moved: moved.length }, `Moved ${moved.length} interview${moved.length === 1 ? "" : "s"} to v${version}.${kept}`);
}
