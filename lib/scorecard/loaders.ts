import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getOwnScorecardPage } from "./data";
import { UuidSchema } from "./schema";

/**
 * The scorecard page's session check and read, once per request. Called first from the interview's layout, which
 * renders before the page's loading boundary starts streaming: only there are "not yours / unknown / malformed" (404)
 * and "not an interviewer" (403) real HTTP statuses; inside the boundary the response would already be a 200.
 * Read-only: the draft scorecard was created with the assignment (lib/interview/mutations.ts).
 */
export const loadOwnScorecard = cache(async (interviewId: string) => {
  const user = await requireRole("interviewer");
  // Not assigned, unknown or malformed: the same 404, so the page does not tell which interviews exist.
  if (!UuidSchema.safeParse(interviewId).success) notFound();
  const data = await getOwnScorecardPage(interviewId, user.id);
  if (!data) notFound();
  return { user, ...data };
});
