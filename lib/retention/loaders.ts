import "server-only";
import { requireRole } from "@/lib/auth/session";
import { pageInfo, pageRequest } from "@/lib/http/pagination";
import { getGlobalRetentionDays, hasPositionPeriod, listDueCandidates, listPositionRetention, searchCandidates } from "./data";

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The retention page: the global period and the candidates due now, a page at a time. Admins only. */
export async function loadRetentionOverview(params: Params) {
  await requireRole("admin");
  const page = pageRequest(params.page);
  const [globalDays, { candidates, total }, anyPositionPeriod] = await Promise.all([
    getGlobalRetentionDays(),
    listDueCandidates(new Date(), page),
    hasPositionPeriod(),
  ]);
  return { globalDays, candidates, info: pageInfo(page, total), periodSet: globalDays !== null || anyPositionPeriod };
}

export async function loadPositionPeriods(params: Params) {
  await requireRole("admin");
  const page = pageRequest(params.page);
  const [globalDays, { positions, total }] = await Promise.all([getGlobalRetentionDays(), listPositionRetention(page)]);
  return { globalDays, positions, info: pageInfo(page, total) };
}

export async function loadErasureSearch(params: Params) {
  await requireRole("admin");
  const query = first(params.q).trim().slice(0, 200);
  return { query, candidates: await searchCandidates(query) };
}
