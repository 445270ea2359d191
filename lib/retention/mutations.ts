import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, recordChange } from "@/lib/audit/mutations";
import { anonymiseMergeSnapshot, anonymisedFields, anonymisedName } from "./anonymise";
import { candidateFamilies, dueCandidateIds, erasureCounts, getGlobalRetentionDays, RETENTION_SETTING } from "./data";
import type { ErasureCounts } from "./schema";
import { scrubNames } from "./scrub";

// Admin only: the actions check the role. Each write and its audit event happen in one transaction.

export async function setGlobalRetention(actorId: string, days: number | null): Promise<{ ok: true; changed: boolean }> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(3, hashtext(${RETENTION_SETTING}))`;
    const before = await getGlobalRetentionDays(tx);
    const changed = await recordChange(tx, { actorId, action: "settings.retention_changed", entityType: "settings", entityId: RETENTION_SETTING, before: { days: before }, after: { days } });
    if (changed) await tx.appSetting.upsert({ where: { key: RETENTION_SETTING }, create: { key: RETENTION_SETTING, value: { days } }, update: { value: { days } } });
    return { ok: true, changed };
  });
}

/**
 * A position's own period. Allowed on a closed position too: retention is housekeeping of its candidates' data, not
 * a change to its hiring (and a closed position's candidates are the ones it is for).
 */
export async function setPositionRetention(actorId: string, positionId: string, days: number | null): Promise<{ ok: true; changed: boolean } | { ok: false; reason: "notFound" }> {
  return db().$transaction(async (tx) => {
    const [position] = await tx.$queryRaw<{ retention_days: number | null }[]>`SELECT retention_days FROM positions WHERE id = ${positionId}::uuid FOR UPDATE`;
    if (!position) return { ok: false, reason: "notFound" } as const;
    const changed = await recordChange(tx, { actorId, action: "position.retention_changed", entityType: "position", entityId: positionId, before: { retentionDays: position.retention_days }, after: { retentionDays: days } });
    if (changed) await tx.position.update({ where: { id: positionId }, data: { retentionDays: days } });
    return { ok: true, changed } as const;
  });
}

/** Replace the names in notes of the candidates' scorecards; returns how many texts changed per candidate. Ratings stay. */
async function scrubEvidence(tx: Tx, namesOf: Map<string, string[]>): Promise<Map<string, number>> {
  const candidateIds = [...namesOf.keys()];
  const [ratings, cards] = await Promise.all([
    tx.rating.findMany({ where: { note: { not: "" }, scorecard: { interview: { candidateId: { in: candidateIds } } } }, select: { id: true, note: true, scorecard: { select: { interview: { select: { candidateId: true } } } } } }),
    tx.scorecard.findMany({ where: { summary: { not: "" }, interview: { candidateId: { in: candidateIds } } }, select: { id: true, summary: true, interview: { select: { candidateId: true } } } }),
  ]);
  const scrub = (id: string, text: string, candidateId: string) => ({ id, candidateId, text: scrubNames(text, namesOf.get(candidateId) ?? []), before: text });
  const notes = ratings.map((r) => scrub(r.id, r.note, r.scorecard.interview.candidateId)).filter((n) => n.text !== n.before);
  const summaries = cards.map((c) => scrub(c.id, c.summary, c.interview.candidateId)).filter((n) => n.text !== n.before);
  // The revision goes up so that an open scorecard page's stale save is refused instead of writing the name back.
  if (notes.length) {
    await tx.$executeRaw`UPDATE ratings r SET note = v.note, revision = r.revision + 1
      FROM unnest(${notes.map((n) => n.id)}::uuid[], ${notes.map((n) => n.text)}::text[]) AS v(id, note) WHERE r.id = v.id`;
  }
  if (summaries.length) {
    await tx.$executeRaw`UPDATE scorecards s SET summary = v.summary, revision = s.revision + 1
      FROM unnest(${summaries.map((n) => n.id)}::uuid[], ${summaries.map((n) => n.text)}::text[]) AS v(id, summary) WHERE s.id = v.id`;
  }
  const changed = new Map<string, number>();
  for (const n of [...notes, ...summaries]) changed.set(n.candidateId, (changed.get(n.candidateId) ?? 0) + 1);
  return changed;
}

export type AnonymiseResult = { ok: true; anonymised: number; skipped: number };

/**
 * Anonymise those of `ids` still due at `now` (checked again here, under a row lock, so a candidate who became
 * active since the list was shown is skipped). Personal fields are replaced, for their merged-away rows too; their
 * names leave the evidence notes and merge snapshots; every rating stays, so the report's figures do not move.
 */
export async function anonymiseCandidates(actorId: string, ids: string[], now = new Date()): Promise<AnonymiseResult> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM candidates WHERE id = ANY(${ids}::uuid[]) FOR UPDATE`;
    const due = await dueCandidateIds(tx, now, ids);
    if (due.length === 0) return { ok: true, anonymised: 0, skipped: ids.length };
    const families = await candidateFamilies(tx, due);
    const all = [...families.values()].flat();
    const people = await tx.candidate.findMany({ where: { id: { in: all } }, select: { id: true, name: true } });
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    // Every row of a family is scrubbed of every name the family went by.
    const namesOf = new Map<string, string[]>();
    for (const members of families.values()) {
      const names = members.map((m) => nameOf.get(m) ?? "");
      for (const m of members) namesOf.set(m, names);
    }
    const scrubbed = await scrubEvidence(tx, namesOf);
    const blank = anonymisedFields("");
    await tx.$executeRaw`UPDATE candidates c SET name = v.name, email = ${blank.email}, email_key = ${blank.emailKey}, phone = ${blank.phone}, source = ${blank.source},
      notes = ${blank.notes}, links = ${blank.links}::text[], anonymized_at = ${now}::timestamptz, updated_at = ${now}::timestamptz
      FROM unnest(${all}::uuid[], ${all.map(anonymisedName)}::text[]) AS v(id, name) WHERE c.id = v.id`;
    const merges = await tx.candidateMerge.findMany({ where: { OR: [{ survivorId: { in: all } }, { mergedId: { in: all } }] }, select: { id: true, snapshot: true, survivorId: true, mergedId: true } });
    const allIds = new Set(all);
    for (const m of merges) {
      const names = [...new Set([...(namesOf.get(m.survivorId) ?? []), ...(namesOf.get(m.mergedId) ?? [])])];
      await tx.candidateMerge.update({ where: { id: m.id }, data: { snapshot: anonymiseMergeSnapshot(m.snapshot, m, allIds, names) as Prisma.InputJsonValue } });
    }
    for (const [root, members] of families) {
      const scrubbedTexts = members.reduce((sum, m) => sum + (scrubbed.get(m) ?? 0), 0);
      const data = { mergedRows: members.length - 1, scrubbedTexts, reason: "retention" };
      await recordAudit(tx, { actorId, action: "candidate.anonymised", entityType: "candidate", entityId: root, data });
    }
    return { ok: true, anonymised: due.length, skipped: ids.length - due.length };
  });
}

export type EraseResult = { ok: true; counts: ErasureCounts } | { ok: false; reason: "notFound" | "changed"; counts?: ErasureCounts };

/**
 * Erase a candidate on request, with everything of theirs: applications (cascade), interviews with their panels,
 * scorecards, ratings and notes (deleted first: an interview holds its candidate), merged-away rows and merge
 * records. Refused with "changed" when the counts differ from those the admin confirmed.
 */
export async function eraseCandidate(actorId: string, candidateId: string, expected: ErasureCounts): Promise<EraseResult> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM candidates WHERE id = ${candidateId}::uuid AND merged_into_id IS NULL FOR UPDATE`;
    if (!row) return { ok: false, reason: "notFound" } as const;
    const all = (await candidateFamilies(tx, [candidateId])).get(candidateId) ?? [candidateId];
    const counts = (await erasureCounts([candidateId], tx)).get(candidateId)!;
    if (JSON.stringify(counts) !== JSON.stringify({ applications: expected.applications, interviews: expected.interviews, scorecards: expected.scorecards, ratings: expected.ratings })) {
      return { ok: false, reason: "changed", counts } as const;
    }
    const merges = await tx.candidateMerge.deleteMany({ where: { OR: [{ survivorId: { in: all } }, { mergedId: { in: all } }] } });
    await tx.interview.deleteMany({ where: { candidateId: { in: all } } });
    await tx.candidate.deleteMany({ where: { id: { in: all } } });
    await recordAudit(tx, { actorId, action: "candidate.deleted", entityType: "candidate", entityId: candidateId, data: { counts, mergedRows: all.length - 1, mergeRecords: merges.count, reason: "request" } });
    return { ok: true, counts } as const;
  });
}
