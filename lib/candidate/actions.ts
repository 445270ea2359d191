"use server";

import { revalidatePath } from "next/cache";
import { actionUser } from "@/lib/auth/action-guard";
import { guardedMutation } from "@/lib/http/guarded-mutation";
import { failure, invalid, success, type ActionResult } from "@/lib/http/action-result";
import { applyToPosition, createCandidate, setApplicationStatus, updateCandidate, type CandidateWriteResult } from "./mutations";
import { ApplicationStatusSchema, ApplySchema, CreateCandidateSchema, UpdateCandidateSchema, type CreateCandidateInput, type UpdateCandidateInput } from "./schema";
import type { Refused } from "./results";

/**
 * Candidate server actions: admins and hiring managers only (interviewers are refused here, before any read), then
 * the mutation applies the candidate and position scopes in its own queries.
 */

/** What the form shows beside a refusal: the existing candidate with that email, or the similar names. */
export type DuplicateNotice =
  | { kind: "email"; existing: { id: string; name: string } | null }
  | { kind: "similar"; visible: { id: string; name: string }[]; hidden: number };
export type CandidateFormResult = ActionResult<{ id: string }> & { notice?: DuplicateNotice };

const refusedResult = (r: Refused) => failure(r.message, r.field ? { [r.field]: r.message } : undefined);

function formResult(result: CandidateWriteResult, done: string): CandidateFormResult {
  if (result.ok) return success({ id: result.id }, done);
  if (result.reason === "duplicateEmail") {
    const { existing } = result;
    return existing.visible
      ? { ...failure(`${existing.name} already has this email address: open their page instead of adding them twice.`, { email: `Already used by ${existing.name}` }), notice: { kind: "email", existing: { id: existing.id, name: existing.name } } }
      : { ...failure("A candidate with this email address already exists, in a position you do not manage. Ask an admin to add them to your position.", { email: "Already used by another candidate" }), notice: { kind: "email", existing: null } };
  }
  if (result.reason === "similarName") {
    const { visible, hidden } = result.similar;
    const names = [...visible.map((c) => c.name), ...(hidden ? [`${hidden} candidate${hidden === 1 ? "" : "s"} you cannot see`] : [])].join(", ");
    return { ...failure(`A candidate with a similar name exists (${names}). If this is a different person, choose "Create anyway".`), notice: { kind: "similar", visible, hidden } };
  }
  return refusedResult(result);
}

export async function createCandidateAction(input: CreateCandidateInput): Promise<CandidateFormResult> {
  const { user, refusal } = await actionUser("admin", "hiring_manager");
  if (refusal) return refusal;
  const parsed = CreateCandidateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createCandidate(user, parsed.data);
  if (result.ok) revalidatePath("/candidates");
  return formResult(result, "Candidate added.");
}

export async function updateCandidateAction(input: UpdateCandidateInput): Promise<CandidateFormResult> {
  const { user, refusal } = await actionUser("admin", "hiring_manager");
  if (refusal) return refusal;
  const parsed = UpdateCandidateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateCandidate(user, parsed.data);
  if (result.ok) revalidatePath(`/candidates/${result.id}`);
  return formResult(result, "Saved.");
}

export async function applyToPositionAction(input: { candidateId: string; positionId: string }): Promise<ActionResult> {
  const outcome = await guardedMutation(["admin", "hiring_manager"], ApplySchema, input, applyToPosition);
  if (outcome.refused) return outcome.refused;
  revalidatePath(`/candidates/${outcome.data.candidateId}`);
  return success(undefined, "Added to the position.");
}

export async function setApplicationStatusAction(input: { applicationId: string; status: string }): Promise<ActionResult> {
  const outcome = await guardedMutation(["admin", "hiring_manager"], ApplicationStatusSchema, input, setApplicationStatus);
  if (outcome.refused) return outcome.refused;
  revalidatePath("/candidates");
  return success(undefined, "Status changed.");
}
