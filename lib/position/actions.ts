"use server";

import { revalidatePath } from "next/cache";
import type { SessionUser } from "@/lib/auth/roles";
import { success, type ActionResult } from "@/lib/http/action-result";
import { guardedMutation } from "@/lib/http/guarded-mutation";
import type { z } from "@/lib/validation/zod";
import { changePositionStatus, createPosition, setPositionTeam, updatePosition, type PositionResult } from "./mutations";
import { PositionFieldsSchema, PositionStatusSchema, PositionTeamSchema, UpdatePositionSchema } from "./schema";

/** One position action: an admin or hiring manager, then the mutation; the position's pages are revalidated. */
async function run<S extends z.ZodType, T extends object>(
  schema: S,
  input: unknown,
  mutate: (user: SessionUser, data: z.output<S>) => Promise<PositionResult<T>>,
  done: { message: string; id: (data: z.output<S>, result: T) => string },
): Promise<ActionResult<{ id: string }>> {
  const outcome = await guardedMutation(["admin", "hiring_manager"], schema, input, mutate);
  if (outcome.refused) return outcome.refused;
  const id = done.id(outcome.data, outcome.result);
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
