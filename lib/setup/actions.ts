"use server";

import { failure, invalid, success, type ActionResult } from "@/lib/http/action-result";
import { FirstAdminSchema } from "@/lib/people/schema";
import { createFirstAdmin, SETUP_LINK_UNUSABLE } from "./mutations";

/** Public (/setup/[token]): the setup link printed by `npm start` is the credential; there is no session yet. */
export async function createFirstAdminAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = FirstAdminSchema.safeParse(input);
  if (!parsed.success) return parsed.error.issues.some((i) => i.path[0] === "token") ? failure(SETUP_LINK_UNUSABLE) : invalid(parsed.error);
  const result = await createFirstAdmin(parsed.data);
  if (result.ok) return success({ email: parsed.data.email });
  return result.reason === "conflict" ? failure(result.message, { email: result.message }) : failure(result.message);
}
