import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { managedCandidates } from "@/lib/position/access";
import { nameKey } from "./normalise";
import type { Existing, Lookup } from "./csv-preview";

/**
 * Duplicate detection reads every candidate, visible to the caller or not: a hiring manager must be stopped from
 * creating a second record of a person another team already has, without being shown who that is. What the caller
 * may see is worked out separately (`visibleIds`), so only names of visible candidates ever leave this module.
 *
 * A merged-away candidate keeps its email key (so that the merge can be undone); a match on it counts as a match on
 * the candidate it was merged into. Anonymised candidates match nothing.
 *
 * Similar names: two names are similar when their `nameKey` is equal (case, accents, punctuation and word order
 * ignored: "Raman, Priya" is "Priya Raman"). That catches the common re-typings of one name at the cost of one
 * read of every candidate's id and name (no key is stored, so that anonymisation has no second copy of a name to
 * clear); an edit distance would flag different people with short names too often to be worth a warning.
 */

type Client = Tx;

async function visibleIds(client: Client, user: SessionUser, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await client.candidate.findMany({ where: { AND: [{ id: { in: ids } }, managedCandidates(user)] }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** The candidate each id stands for now: itself, or the one it was (transitively) merged into. */
async function survivors(client: Client, ids: string[]): Promise<Map<string, { id: string; name: string }>> {
  const out = new Map<string, { id: string; name: string }>();
  let pending = new Map(ids.map((id) => [id, id])); // original id -> current id
  for (let hop = 0; hop < 50 && pending.size; hop++) {
    const rows = await client.candidate.findMany({ where: { id: { in: [...new Set(pending.values())] } }, select: { id: true, name: true, mergedIntoId: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const next = new Map<string, string>();
    for (const [original, current] of pending) {
      const row = byId.get(current);
      if (!row) continue;
      if (row.mergedIntoId) next.set(original, row.mergedIntoId);
      else out.set(original, { id: row.id, name: row.name });
    }
    pending = next;
  }
  return out;
}

/** Existing candidates by normalised email, for the given keys. `exceptId`: the candidate being edited. */
export async function candidatesByEmailKey(user: SessionUser, keys: string[], exceptId?: string, client: Client = db()): Promise<Map<string, Existing>> {
  const out = new Map<string, Existing>();
  if (keys.length === 0) return out;
  const rows = await client.candidate.findMany({ where: { emailKey: { in: keys }, anonymizedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, emailKey: true } });
  const roots = await survivors(client, rows.map((r) => r.id));
  const visible = await visibleIds(client, user, [...new Set([...roots.values()].map((r) => r.id))]);
  for (const row of rows) {
    const root = roots.get(row.id);
    if (!root || root.id === exceptId || out.has(row.emailKey!)) continue;
    out.set(row.emailKey!, { id: root.id, name: visible.has(root.id) ? root.name : "", visible: visible.has(root.id) });
  }
  return out;
}

/** Candidates (not merged away) whose name key is one of `keys`, grouped by key. */
export async function candidatesByNameKey(user: SessionUser, keys: Set<string>, exceptIds: string[] = [], client: Client = db()): Promise<Map<string, (Existing & { createdAt: Date })[]>> {
  const out = new Map<string, (Existing & { createdAt: Date })[]>();
  if (keys.size === 0) return out;
  const all = await client.candidate.findMany({ where: { mergedIntoId: null, anonymizedAt: null, id: { notIn: exceptIds } }, select: { id: true, name: true, createdAt: true } });
  const matches = all.filter((c) => keys.has(nameKey(c.name)));
  const visible = await visibleIds(client, user, matches.map((m) => m.id));
  for (const m of matches) {
    const key = nameKey(m.name);
    const seen = visible.has(m.id);
    out.set(key, [...(out.get(key) ?? []), { id: m.id, name: seen ? m.name : "", visible: seen, createdAt: m.createdAt }]);
  }
  return out;
}

/** Candidates with a name similar to `name`: the ones the person sees, and how many others there are. */
export async function findSimilarNames(user: SessionUser, name: string, exceptIds: string[] = [], client: Client = db()) {
  const key = nameKey(name);
  const found = key ? ((await candidatesByNameKey(user, new Set([key]), exceptIds, client)).get(key) ?? []) : [];
  return { visible: found.filter((c) => c.visible).map(({ id, name, createdAt }) => ({ id, name, createdAt })), hidden: found.filter((c) => !c.visible).length };
}

/** What the CSV preview compares a file with. */
export async function importLookup(user: SessionUser, emailKeys: string[], nameKeys: Set<string>, client: Client = db()): Promise<Lookup> {
  const [byEmailKey, byNameKey] = await Promise.all([candidatesByEmailKey(user, emailKeys, undefined, client), candidatesByNameKey(user, nameKeys, [], client)]);
  return { byEmailKey, byNameKey };
}
