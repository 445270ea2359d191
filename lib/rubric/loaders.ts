import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getRubricHistory } from "./data";
import { IdSchema } from "./schema";

/** The matrix pages' check and read, once per request: an admin, and a published matrix (else 404). */
export const loadRubricHistory = cache(async (rubricId: string) => {
  await requireRole("admin");
  const history = IdSchema.safeParse(rubricId).success ? await getRubricHistory(rubricId) : null;
  if (!history) notFound();
  return history;
});
