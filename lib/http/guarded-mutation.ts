import "server-only";
import type { z } from "@/lib/validation/zod";
import { actionUser } from "@/lib/auth/action-guard";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { failure, invalid, type ActionResult } from "./action-result";

/** A mutation's expected refusal: a message, and the form field it is about when there is one. */
export type MutationRefusal = { ok: false; message: string; field?: string };

/**
 * The front half of a server action that calls one domain mutation: the caller must hold one of `roles` (which rows
 * they may touch is the mutation's scope), the input must pass the form's schema, and the mutation's refusal becomes
 * the form's result, its message next to its field. On success the caller gets the mutation's result and the input.
 */
export async function guardedMutation<S extends z.ZodType, R extends { ok: true } | MutationRefusal>(
  roles: Role[],
  schema: S,
  input: unknown,
  mutate: (user: SessionUser, data: z.output<S>) => Promise<R>,
): Promise<{ refused: ActionResult<never> } | { refused?: undefined; result: Extract<R, { ok: true }>; data: z.output<S> }> {
  const { user, refusal } = await actionUser(...roles);
  if (refusal) return { refused: refusal };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { refused: invalid(parsed.error) };
  const result = await mutate(user, parsed.data);
  if (!result.ok) return { refused: failure(result.message, result.field ? { [result.field]: result.message } : undefined) };
  return { result: result as Extract<R, { ok: true }>, data: parsed.data };
}
