import "server-only";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getManagedPosition } from "./data";
import { IdSchema } from "./schema";

/**
 * The position pages' check and read, once per request: an admin or hiring manager, and a position they manage.
 * Malformed or unknown: 404; someone else's: 403. Called from the [id] layout, above any loading boundary, so these
 * are real HTTP statuses (inside the boundary the response would already be a streamed 200).
 */
export const authorizePosition = cache(async (id: string) => {
  const user = await requireRole("admin", "hiring_manager");
  if (!IdSchema.safeParse(id).success) notFound();
  const access = await getManagedPosition(user, id);
  if (!access.ok) return access.reason === "forbidden" ? forbidden() : notFound();
  return { user, position: access.value };
});
