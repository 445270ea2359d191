import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getCandidateFields } from "./data";

/**
 * A candidate's page: the person (admin or hiring manager) and the candidate in their scope, or the 404 page. Cached
 * per request, so the layout's check (above the loading skeleton, for a real status) and the page share one read.
 */
export const loadCandidate = cache(async (id: string) => {
  const user = await requireRole("admin", "hiring_manager");
  const candidate = await getCandidateFields(user, id);
  if (!candidate) notFound();
  return { user, candidate };
});
