"use server";

import { revalidatePath } from "next/cache";
import type { SessionUser } from "@/lib/auth/roles";
import { success, type ActionResult } from "@/lib/http/action-result";
import { guardedMutation } from "@/lib/http/guarded-mutation";
import type { z } from "@/lib/validation/zod";
import { mailInvite } from "./invite";
import { cancelInterview, reassignInterview, rescheduleInterview, scheduleInterview, type Conflicts, type Refusal, type Written } from "./mutations";
import { CancelInterviewSchema, ReassignInterviewSchema, RescheduleInterviewSchema, ScheduleInterviewSchema, type InterviewOutcome } from "./schema";

/**
 * One interview action: an admin or hiring manager (which interviews they may touch is the mutation's scope), the
 * form's schema, the mutation, then, once it is committed, the invite mailed to the panel (its outcome is shown,
 * never undoing the change). A double-booking stops the first submit with the conflicts to confirm.
 */
async function run<S extends z.ZodType>(
  schema: S,
  input: unknown,
  mutate: (user: SessionUser, data: z.output<S>) => Promise<Refusal | Conflicts | Written<{ removed?: { name: string; email: string }[] }>>,
  message: string,
): Promise<ActionResult<InterviewOutcome>> {
  const outcome = await guardedMutation(["admin", "hiring_manager"], schema, input, mutate);
  if (outcome.refused) return outcome.refused;
  const { result } = outcome;
  if (!result.written) return success({ done: false, conflicts: result.conflicts });
  revalidatePath("/positions", "layout");
  revalidatePath("/interviews", "layout");
  const mail = await mailInvite(result.interviewId, result.removed);
  return success({ done: true, interviewId: result.interviewId, mail }, `${message} ${mail.message}`);
}

export async function scheduleInterviewAction(input: z.input<typeof ScheduleInterviewSchema>) {
  return run(ScheduleInterviewSchema, input, scheduleInterview, "Interview scheduled.");
}

export async function rescheduleInterviewAction(input: z.input<typeof RescheduleInterviewSchema>) {
  return run(RescheduleInterviewSchema, input, rescheduleInterview, "Rescheduled.");
}

export async function reassignInterviewAction(input: z.input<typeof ReassignInterviewSchema>) {
  return run(ReassignInterviewSchema, input, reassignInterview, "Panel changed.");
}

export async function cancelInterviewAction(input: z.input<typeof CancelInterviewSchema>) {
  return run(CancelInterviewSchema, input, cancelInterview, "Interview cancelled.");
}
