"use server";

import { revalidatePath } from "next/cache";
import { actionUser } from "@/lib/auth/action-guard";
import type { SessionUser } from "@/lib/auth/roles";
import { failure, invalid, success, type ActionResult } from "@/lib/http/action-result";
import type { z } from "@/lib/validation/zod";
import { changePositionStatus, createPosition, setPositionTeam, updatePosition, type PositionResult } from "./mutations";
import { PositionFieldsSchema, PositionStatusSchema, PositionTeamSchema, UpdatePositionSchema } from "./schema";

/**
 * One position action: an admin or hiring manager (which positions they may touch is the mutation's scope), the
 * input parsed with the form's schema, the mutation, the pages that show it revalidated, and a typed result: a
 * refusal's message next to its field when it has one.
 */
async function run<S extends z.ZodType, T extends object>(
  schema: S,
  input: unknown,
  mutate: (user: SessionUser, data: z.output<S>) => Promise<PositionResult<T>>,
  done: { message: string; id: (data: z.output<S>, result: T) => string },
): Promise<ActionResult<{ id: string }>> {
  const { user, refusal } = await actionUser("admin", "hiring_manager");
  if (refusal) return refusal;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await mutate(user, parsed.data);
  if (!result.ok) return failure(result.message, result.field ? { [result.field]: result.message } : undefined);
  const id = done.id(parsed.data, result);
  revalidatePath("/positions");
  revalidatePath(`/positions/${id}`, "layout");
  return success({ id }, done.message);
}

const ownId = (data: { id: string }) => data.id;

export async function createPositionAction(input: z.input<typeof PositionFieldsSchema>) {
  return run(PositionFieldsSchema, input, createPosition, { message: "Position created.", id: (_, r) => r.id });
}

export async function updatePositionAction(input: z.input<typeof UpdatePositionSchema>) {
  return run(UpdatePositionSchema, input, updatePosition, { message: "Saved.", id: ownId });
}

export async function changePositionStatusAction(input: z.input<typeof PositionStatusSchema>) {
  return run(PositionStatusSchema, input, changePositionStatus, { message: "Status changed.", id: ownId });
}

export async function setPositionTeamAction(input: z.input<typeof PositionTeamSchema>) {
  return run(PositionTeamSchema, input, setPositionTeam, { message: "Team saved.", id: ownId });
}
