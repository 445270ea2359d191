/**
 * What anonymising writes in place of a candidate's personal fields, and the same done to copies of them (a merge's
 * snapshot, kept so that the merge can be undone). Pure. Ratings, levels, recommendations and dates are kept: the
 * report's figures stay true.
 */
import { scrubNames } from "./scrub";

export const anonymisedName = (candidateId: string) => `Anonymised candidate ${candidateId.slice(0, 8)}`;

/** The candidate's personal fields after anonymisation. */
export const anonymisedFields = (candidateId: string) => ({ name: anonymisedName(candidateId), email: null, emailKey: null, phone: "", source: "", notes: "", links: [] as string[] });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A JSON copy of candidates' data (a merge snapshot) with every object whose `id` is an anonymised candidate given
 * the anonymised fields (only those it holds), and the names removed from every other text in it. Ids are left as
 * they are: the un-merge needs them, and they name no one.
 */
export function anonymiseCopy(value: unknown, candidateIds: ReadonlySet<string>, names: string[]): unknown {
  if (typeof value === "string") return UUID.test(value) ? value : scrubNames(value, names);
  if (Array.isArray(value)) return value.map((v) => anonymiseCopy(v, candidateIds, names));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, anonymiseCopy(v, candidateIds, names)] as const);
  const out: Record<string, unknown> = Object.fromEntries(entries);
  const id = (value as { id?: unknown }).id;
  if (typeof id === "string" && candidateIds.has(id)) {
    for (const [k, v] of Object.entries(anonymisedFields(id))) if (k in out) out[k] = v;
  }
  return out;
}

/**
 * A merge snapshot (lib/candidate/merge-plan.ts) anonymised: its candidate copies (`survivor`, `survivorAfter`,
 * `merged`) carry no id of their own, so they are tagged with the merge's survivor and merged ids first; only the
 * copies of anonymised candidates get blank fields, and every other text loses the names.
 */
export function anonymiseMergeSnapshot(snapshot: unknown, merge: { survivorId: string; mergedId: string }, candidateIds: ReadonlySet<string>, names: string[]): unknown {
  if (snapshot === null || typeof snapshot !== "object" || Array.isArray(snapshot)) return anonymiseCopy(snapshot, candidateIds, names);
  const ownerOf: Record<string, string> = { survivor: merge.survivorId, survivorAfter: merge.survivorId, merged: merge.mergedId };
  const tagged = Object.fromEntries(Object.entries(snapshot as Record<string, unknown>).map(([k, v]) =>
    [k, k in ownerOf && v !== null && typeof v === "object" && !Array.isArray(v) ? { ...(v as object), id: ownerOf[k] } : v]));
  const out = anonymiseCopy(tagged, candidateIds, names) as Record<string, unknown>;
  for (const k of Object.keys(ownerOf)) {
    const copy = out[k];
    if (copy && typeof copy === "object" && !Array.isArray(copy)) {
      const rest = Object.fromEntries(Object.entries(copy as Record<string, unknown>).filter(([key]) => key !== "id"));
      out[k] = rest;
    }
  }
  return out;
}
