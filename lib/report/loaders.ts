import "server-only";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { after } from "next/server";
import { getSession, requireRole } from "@/lib/auth/session";
import { hasAnyRole, type SessionUser } from "@/lib/auth/roles";
import { getCandidateScorecards, getPositionReport, isCandidateOf, reportPosition } from "./data";
import { storeReportSnapshot } from "./mutations";
import { assembleDrilldown } from "./drilldown";
import { CandidateParamsSchema, PositionParamsSchema } from "./schema";

/**
 * Pages: the signed-in hiring manager or admin, and the position if it is in their scope. A malformed id or an
 * unknown position is a 404, a position outside the person's scope a 403. Called from the [positionId] layout,
 * which renders before the page's loading boundary starts streaming: only there do these become real HTTP
 * statuses (inside the boundary the response would already be a 200).
 */
export const authorizeReport = cache(async (positionId: string) => {
  const user = await requireRole("hiring_manager", "admin");
  const params = PositionParamsSchema.safeParse({ positionId });
  if (!params.success) notFound();
  const access = await reportPosition(user, params.data.positionId);
  if (!access.ok) return access.reason === "forbidden" ? forbidden() : notFound();
  return { user, position: access.value };
});

/** A candidate page of a report: 404 unless the candidate was interviewed for this position. */
export async function authorizeCandidate(positionId: string, candidateId: string) {
  const params = CandidateParamsSchema.safeParse({ positionId, candidateId });
  if (!params.success) notFound();
  await authorizeReport(params.data.positionId);
  if (!(await isCandidateOf(params.data.positionId, params.data.candidateId))) notFound();
}

/** The position's report: its current snapshot, or computed afresh and stored once the response has gone out. */
export const loadPositionReport = cache(async (positionId: string) => {
  const { user, position } = await authorizeReport(positionId);
  const read = await getPositionReport(user, position.id);
  if (!read.ok) return read.reason === "forbidden" ? forbidden() : notFound();
  const { report, storeAs } = read.value;
  if (storeAs !== null) after(() => storeReportSnapshot(position.id, storeAs, report));
  return report;
});

/** The report plus one candidate's scorecards side by side. */
export async function loadCandidateDrilldown(positionId: string, candidateId: string) {
  const report = await loadPositionReport(positionId);
  const candidate = report.candidates.find((c) => c.id === candidateId);
  if (!candidate) notFound();
  const { interviews, versions } = await getCandidateScorecards(report.position.id, candidate.id);
  return { report, candidate, sections: assembleDrilldown(interviews, versions) };
}

/**
 * Route handlers (the CSV exports): the same rule as the pages, answered with a status instead of a page.
 * 401 signed out, 403 without the role or outside the person's scope, 404 for a malformed or unknown position.
 */
export async function exportAccess(positionId: string): Promise<{ ok: true; user: SessionUser; positionId: string; title: string } | { ok: false; status: 401 | 403 | 404 }> {
  const user = await getSession();
  if (!user) return { ok: false, status: 401 };
  if (!hasAnyRole(user, ["hiring_manager", "admin"])) return { ok: false, status: 403 };
  const params = PositionParamsSchema.safeParse({ positionId });
  if (!params.success) return { ok: false, status: 404 };
  const access = await reportPosition(user, params.data.positionId);
  if (!access.ok) return { ok: false, status: access.reason === "forbidden" ? 403 : 404 };
  return { ok: true, user, positionId: access.value.id, title: access.value.title };
}
