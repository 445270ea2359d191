"use server";

import { revalidatePath } from "next/cache";
import { ROLES } from "@/lib/auth/roles";
import { success, type ActionResult } from "@/lib/http/action-result";
import { guardedMutation } from "@/lib/http/guarded-mutation";
import { setOwnTimeZone } from "./mutations";
import { ProfileTimeZoneSchema } from "./schema";

/** The profile's time zone: any signed-in person, on their own row (the mutation refuses another's). */
export async function setTimeZoneAction(input: unknown): Promise<ActionResult> {
  const guarded = await guardedMutation([...ROLES], ProfileTimeZoneSchema, input, (user, data) => setOwnTimeZone(user.id, data.userId, data.timeZone));
  if (guarded.refused) return guarded.refused;
  // Every page shows times in this zone: the whole signed-in area renders again.
  revalidatePath("/", "layout");
  const zone = guarded.data.timeZone;
  return success(undefined, !guarded.result.changed ? "No change." : zone ? `Saved. Times are now shown in ${zone}.` : "Saved. Times now follow your browser's time zone.");
}
