// The audit trail and candidate data retention on a real PostgreSQL, with the session stubbed: the trail's filters
// and pages, its CSV export, the audit of failed sign-ins and report exports, anonymisation (the report's figures do
// not move, the notes lose the name), erasure (no row of the candidate is left), and every refusal.
import { describe, expect, test, vi } from "vitest";
import { demoDatabasePerTest } from "@/tests/support/demo-db";
import type { SessionUser } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ user: null as null | SessionUser }));
vi.mock("@/lib/auth/session", () => {
  const requireUser = async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /login");
    return session.user;
  };
  return {
    getSession: async () => session.user,
    getSessionClaims: async () => (session.user ? { userId: session.user.id, sessionVersion: 0 } : null),
    requireUser,
    requireRole: async (...roles: string[]) => {
      const user = await requireUser();
      if (!user.roles.some((r) => roles.includes(r))) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
      return user;
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The trail reads its days in the reader's zone: here no browser has reported one (no cookie), so UTC.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const databaseUrl = demoDatabasePerTest("quorum_audit");

const db = async () => (await import("@/lib/db")).db();

async function demo() {
  const client = await db();
  const people: Record<string, SessionUser> = {};
  for (const u of await client.user.findMany({ select: { id: true, email: true, name: true, roles: true } })) people[u.email.split("@")[0]!] = u;
  const position = await client.position.findFirstOrThrow({ where: { title: "Senior PostgreSQL Engineer" } });
  const candidate = async (name: string) => client.candidate.findFirstOrThrow({ where: { name } });
  return { client, people, position, candidate };
}

const as = (user: SessionUser | null) => (session.user = user);

/** Make a candidate idle for 400 days and out of any active process (what the list shows). */
async function makeDue(candidateId: string) {
  const client = await db();
  await client.$executeRaw`UPDATE applications SET status = 'rejected', updated_at = now() - interval '400 days' WHERE candidate_id = ${candidateId}::uuid`;
  await client.$executeRaw`UPDATE interviews SET scheduled_at = scheduled_at - interval '400 days' WHERE candidate_id = ${candidateId}::uuid`;
  await client.$executeRaw`UPDATE scorecards s SET updated_at = now() - interval '400 days' FROM interviews i WHERE i.id = s.interview_id AND i.candidate_id = ${candidateId}::uuid`;
  await client.$executeRaw`UPDATE candidates SET updated_at = now() - interval '400 days' WHERE id = ${candidateId}::uuid`;
}

describe("the audit trail page", () => {
  test("filters by person, entity, action and dates (in the stated zone), newest first, 50 a page", async () => {
    const client = await db();
    await client.$executeRaw`TRUNCATE audit_events`;
    const ada = await client.user.create({ data: { email: "ada@example.com", name: "Ada Admin", roles: ["admin"] } });
    const sam = await client.user.create({ data: { email: "sam@example.com", name: "Sam Smith", roles: ["admin"] } });
    const base = Date.parse("2026-03-10T12:00:00Z");
    await client.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        actorId: i % 2 ? ada.id : sam.id, action: "person.roles_changed", entityType: "user", entityId: sam.id, createdAt: new Date(base + i * 60_000),
        data: { changes: { roles: { from: ["interviewer"], to: ["admin"] } } },
      })),
    });
    await client.auditEvent.create({ data: { actorId: null, action: "auth.sign_in_failed", entityType: "sign_in", entityId: "x@y.z", createdAt: new Date("2026-03-11T23:30:00Z"), data: { address: "192.0.2.1" } } });
    const { loadAuditTrail } = await import("@/lib/audit/loaders");
    const { listAuditTrail } = await import("@/lib/audit/data");
    as({ ...ada, roles: ["admin"] });

    const first = await loadAuditTrail({});
    expect(first.info).toMatchObject({ page: 1, pageSize: 50, total: 121, pages: 3 });
    expect(first.events[0]!.sentence).toBe("Someone failed to sign in as x@y.z");
    expect(first.events[0]!.details).toEqual({ address: "192.0.2.1" });
    expect(first.events[1]!.sentence).toBe("Ada Admin changed Sam Smith's roles to admin");
    expect(first.events[1]!.changes).toEqual({ roles: { from: ["interviewer"], to: ["admin"] } });
    const times = first.events.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const third = await loadAuditTrail({ page: "3" });
    expect(third.events).toHaveLength(21);
    expect(third.events.at(-1)!.createdAt.toISOString()).toBe("2026-03-10T12:00:00.000Z");

    expect((await loadAuditTrail({ actor: ada.id })).info.total).toBe(60);
    expect((await loadAuditTrail({ actor: "system" })).events.map((e) => e.action)).toEqual(["auth.sign_in_failed"]);
    expect((await loadAuditTrail({ entity: "sign_in" })).info.total).toBe(1);
    expect((await loadAuditTrail({ action: "person.roles_changed" })).info.total).toBe(120);
    expect((await loadAuditTrail({ action: "person.roles_changed", actor: sam.id, page: "2" })).events).toHaveLength(10);

    // 23:30 UTC on the 11th is the 12th in Berlin: days are read in the zone given.
    const page = { page: 1, skip: 0, take: 50 };
    expect((await listAuditTrail({ from: "2026-03-12", to: "2026-03-12" }, page, "Europe/Berlin")).total).toBe(1);
    expect((await listAuditTrail({ from: "2026-03-12" }, page, "UTC")).total).toBe(0);
    expect((await listAuditTrail({ to: "2026-03-10" }, page, "UTC")).total).toBe(120);
    expect((await listAuditTrail({ from: "2026-03-11", to: "2026-03-11" }, page, "UTC")).total).toBe(1);
  });

  test("labels are resolved in a fixed number of queries, whatever the number of events", async () => {
    const { client, people } = await demo();
    const { resolveAuditLabels } = await import("@/lib/audit/data");
    const events = await client.auditEvent.findMany();
    const cards = await client.scorecard.findMany({ select: { id: true } });
    const interviews = await client.interview.findMany({ select: { id: true } });
    const many = [...cards.map((c) => ({ action: "scorecard.read", actorId: people.admin!.id, entityType: "scorecard", entityId: c.id, data: {} })),
      ...interviews.map((i) => ({ action: "interview.scheduled", actorId: people.manager!.id, entityType: "interview", entityId: i.id, data: {} })), ...events];
    // The same database through a client that reports each statement it sends.
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("@/lib/generated/prisma/client");
    const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }), log: [{ emit: "event", level: "query" }] });
    let queries = 0;
    counting.$on("query", () => void queries++);
    const counted = async (events: typeof many) => {
      queries = 0;
      const labels = await resolveAuditLabels(events);
      return { labels, queries };
    };
    const holder = globalThis as unknown as { quorumDb?: unknown };
    const app = holder.quorumDb;
    holder.quorumDb = counting;
    try {
      // One event of each kind against all of them: the same statements, only with more ids in them.
      const few = await counted([many[0]!, many[cards.length]!, ...events]);
      const all = await counted(many);
      expect(all.queries).toBe(few.queries);
      expect(all.queries).toBeLessThanOrEqual(10);
      const { labels } = all;
      expect(labels.scorecards.size).toBe(cards.length);
      expect(labels.interviews.size).toBe(interviews.length);
      expect([...labels.scorecards.values()].every((l) => l.candidate && l.stage !== "" && l.interviewer)).toBe(true);
    } finally {
      holder.quorumDb = app;
      await counting.$disconnect();
    }
    expect(many.length).toBeGreaterThan(50);
  });
});

describe("the audit trail's CSV export", () => {
  test("is refused signed out and without the admin role; an admin's export is itself audited", async () => {
    const { client, people } = await demo();
    const { GET } = await import("@/app/(app)/admin/audit/export.csv/route");
    const request = new Request("http://test/admin/audit/export.csv?action=demo.seeded");
    for (const [user, status] of [[null, 401], [people.manager!, 403], [people.alice!, 403]] as const) {
      as(user);
      expect((await GET(request)).status).toBe(status);
    }
    expect(await client.auditEvent.count({ where: { action: "audit.exported" } })).toBe(0);

    as(people.admin!);
    const res = await GET(request);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const csv = await res.text();
    expect(csv.split("\r\n")).toHaveLength(2);
    expect(csv).toContain("Ada Admin loaded the demo data");
    const exported = await client.auditEvent.findFirstOrThrow({ where: { action: "audit.exported" } });
    expect(exported).toMatchObject({ actorId: people.admin!.id, data: { filter: { action: "demo.seeded" }, rows: 1 } });
  });
});

describe("writes that are audited now", () => {
  test("a failed credentials sign-in records auth.sign_in_failed with the email and address; a right one records nothing", async () => {
    const { client, people } = await demo();
    const { authorizeCredentials } = await import("@/lib/auth/options");
    const from = { headers: { "x-forwarded-for": "198.51.100.4" } };
    expect(await authorizeCredentials({ email: " Admin@Example.com", password: "wrong" }, from)).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@example.com", password: "wrong" }, from)).toBeNull();
    expect(await authorizeCredentials({ email: "admin@example.com", password: "quorum-demo" }, from)).toMatchObject({ id: people.admin!.id });
    const events = await client.auditEvent.findMany({ where: { action: "auth.sign_in_failed" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.actorId, e.entityType, e.entityId, e.data])).toEqual([
      [null, "sign_in", "admin@example.com", { address: "198.51.100.4", reason: "wrong_password", typed: "Admin@Example.com" }],
      [null, "sign_in", "nobody@example.com", { address: "198.51.100.4", reason: "unknown_account" }],
    ]);
  });

  test("a report export records report.exported; scorecard submit/reopen and matrix publish are in plain words", async () => {
    const { client, people, position } = await demo();
    const { GET } = await import("@/app/(app)/reports/[positionId]/export/ratings.csv/route");
    as(people.manager!);
    expect((await GET(new Request("http://test/x"), { params: Promise.resolve({ positionId: position.id }) })).status).toBe(200);
    const event = await client.auditEvent.findFirstOrThrow({ where: { action: "report.exported" } });
    expect(event).toMatchObject({ actorId: people.manager!.id, entityType: "report", entityId: position.id, data: { kind: "ratings" } });

    const { submitScorecard, reopenScorecard } = await import("@/lib/scorecard/mutations");
    const card = await client.scorecard.findFirstOrThrow({ where: { status: "submitted" }, include: { interviewer: true } });
    await reopenScorecard(people.admin!.id, card.id, "Missing evidence");
    await submitScorecard(card.interviewerId, card.id);
    const { recentAuditEvents } = await import("@/lib/audit/data");
    const sentences = (await recentAuditEvents(20)).map((e) => e.sentence);
    expect(sentences.find((s) => s.includes("reopened"))).toMatch(new RegExp(`^Ada Admin reopened ${card.interviewer.name}'s scorecard for [A-Z][a-zá]+ [A-Z][a-z]+, .+$`));
    expect(sentences).toContain(sentences.find((s) => s.startsWith(`${card.interviewer.name} submitted their scorecard for `)));
    expect(sentences).toContain("Morgan Manager exported the ratings report of the position Senior PostgreSQL Engineer as CSV");
    const { listAuditTrail } = await import("@/lib/audit/data");
    const trail = await listAuditTrail({ action: "rubric.version.published" }, { page: 1, skip: 0, take: 50 }, "UTC");
    expect(trail.events.map((e) => e.sentence).sort()).toEqual([
      "System published Intermediate PostgreSQL DBA v1",
      "System published Intermediate PostgreSQL DBA v2",
      "System published Senior PostgreSQL Engineer v1",
      "System published Senior PostgreSQL Engineer v2",
    ]);
  });
});

/** Every number of the position report, keyed by where it is (array items by their ids, not their order). */
function numbersOf(value: unknown, path = "", out = new Map<string, number>()): Map<string, number> {
  if (typeof value === "number") out.set(path, value);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const o = (item ?? {}) as Record<string, unknown>;
      const key = [o.id, o.candidateId, o.competencyId, o.criterionId, o.interviewer, o.level].filter((k) => k !== undefined).join("/") || String(i);
      numbersOf(item, `${path}[${key}]`, out);
    });
  } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) numbersOf(v, `${path}.${k}`, out);
  return out;
}

describe("anonymisation", () => {
  test("keeps every figure of the position report, and takes the name out of the notes", async () => {
    const { client, people, position, candidate } = await demo();
    const lena = await candidate("Lena Okafor");
    const { getReportInput } = await import("@/lib/report/data");
    const { assembleReport } = await import("@/lib/report/assemble");
    const report = async () => {
      const input = await getReportInput(people.manager!, position.id);
      if (!input.ok) throw new Error("the manager reads the demo report");
      return assembleReport(input.value);
    };
    // Evidence that names her, the way interviewers write it.
    const [rating] = await client.rating.findMany({ where: { scorecard: { interview: { candidateId: lena.id }, status: "submitted" } }, take: 1 });
    await client.rating.update({ where: { id: rating!.id }, data: { note: "Lena walked through it; OKAFOR's runbook. Lenalidomide is no name." } });
    const [card] = await client.scorecard.findMany({ where: { interview: { candidateId: lena.id }, status: "submitted" }, take: 1 });
    await client.scorecard.update({ where: { id: card!.id }, data: { summary: "Lena Okafor is strong; lena knows WAL." } });
    await makeDue(lena.id);

    const before = await report();
    const { setGlobalRetentionAction, anonymiseCandidatesAction } = await import("@/lib/retention/actions");
    as(people.admin!);
    expect(await setGlobalRetentionAction({ days: "365" })).toMatchObject({ ok: true });
    const { listDueCandidates } = await import("@/lib/retention/data");
    const due = await listDueCandidates(new Date(), { page: 1, skip: 0, take: 50 });
    expect(due.candidates.map((c) => c.name)).toEqual(["Lena Okafor"]);
    expect(due.candidates[0]).toMatchObject({ days: 365, positions: "Senior PostgreSQL Engineer" });

    const jonas = await candidate("Jonas Becker");
    expect(await anonymiseCandidatesAction({ candidateIds: [lena.id, jonas.id] })).toMatchObject({ ok: true, data: { anonymised: 1, skipped: 1 } });
    const after = await report();

    expect(after.candidates.map((c) => c.id).sort()).toEqual(before.candidates.map((c) => c.id).sort());
    const [was, now] = [numbersOf(before), numbersOf(after)];
    expect(was.size).toBeGreaterThan(100);
    expect([...now.keys()].sort()).toEqual([...was.keys()].sort());
    for (const [path, value] of was) expect(now.get(path), path).toBeCloseTo(value, 10);
    expect(after.candidates.find((c) => c.id === lena.id)!.name).toBe(`Anonymised candidate ${lena.id.slice(0, 8)}`);

    const stored = await client.candidate.findUniqueOrThrow({ where: { id: lena.id } });
    expect(stored).toMatchObject({ email: null, emailKey: null, phone: "", source: "", notes: "", links: [] });
    expect(stored.anonymizedAt).not.toBeNull();
    expect((await client.rating.findUniqueOrThrow({ where: { id: rating!.id } })).note).toBe("[candidate] walked through it; [candidate]'s runbook. Lenalidomide is no name.");
    expect((await client.scorecard.findUniqueOrThrow({ where: { id: card!.id } })).summary).toBe("[candidate] is strong; [candidate] knows WAL.");
    const texts = [
      ...(await client.rating.findMany({ where: { scorecard: { interview: { candidateId: lena.id } } } })).map((r) => r.note),
      ...(await client.scorecard.findMany({ where: { interview: { candidateId: lena.id } } })).map((s) => s.summary),
    ];
    expect(texts.filter((t) => /\b(lena|okafor)\b/i.test(t))).toEqual([]);
    expect((await candidate("Jonas Becker")).anonymizedAt).toBeNull();

    const audit = await client.auditEvent.findFirstOrThrow({ where: { action: "candidate.anonymised" } });
    expect(audit).toMatchObject({ actorId: people.admin!.id, entityType: "candidate", entityId: lena.id });
    expect(JSON.stringify(audit.data)).not.toMatch(/lena|okafor/i);
    const { recentAuditEvents } = await import("@/lib/audit/data");
    expect((await recentAuditEvents(1))[0]!.sentence).toBe("Ada Admin anonymised a candidate");
    expect((await listDueCandidates(new Date(), { page: 1, skip: 0, take: 50 })).total).toBe(0);
  });

  test("the period that applies is the shortest of the candidate's positions', else the global one", async () => {
    const { client, people, position, candidate } = await demo();
    const tomas = await candidate("Tomás Ortega");
    await makeDue(tomas.id);
    const { listDueCandidates } = await import("@/lib/retention/data");
    const { setPositionRetentionAction } = await import("@/lib/retention/actions");
    const due = async () => (await listDueCandidates(new Date(), { page: 1, skip: 0, take: 50 })).candidates.map((c) => [c.name, c.days]);
    expect(await due()).toEqual([]);
    as(people.admin!);
    expect(await setPositionRetentionAction({ positionId: position.id, days: "500" })).toMatchObject({ ok: true });
    expect(await due()).toEqual([]);
    const other = await client.position.create({ data: { title: "Intermediate DBA", retentionDays: 90, applications: { create: { candidateId: tomas.id, status: "withdrawn", updatedAt: new Date(Date.now() - 400 * 86_400_000) } } } });
    expect(await due()).toEqual([["Tomás Ortega", 90]]);
    // An active application on an open position holds them back; on a closed one it does not.
    await client.application.update({ where: { candidateId_positionId: { candidateId: tomas.id, positionId: other.id } }, data: { status: "active" } });
    await client.$executeRaw`UPDATE applications SET updated_at = now() - interval '400 days'`;
    expect(await due()).toEqual([]);
    await client.$executeRaw`UPDATE positions SET status = 'closed' WHERE id = ${other.id}::uuid`;
    expect(await due()).toEqual([["Tomás Ortega", 90]]);
    const changes = await client.auditEvent.findFirstOrThrow({ where: { action: "position.retention_changed" } });
    expect(changes.data).toEqual({ changes: { retentionDays: { from: null, to: 500 } } });
    expect(await setPositionRetentionAction({ positionId: position.id, days: "abc" })).toMatchObject({ ok: false, fieldErrors: { days: expect.any(String) } });
  });
});

describe("erasure on request", () => {
  test("removes every row of the candidate, merged-away rows included, after confirming the counts", async () => {
    const { client, people, candidate } = await demo();
    const priya = await candidate("Priya Raman");
    const twin = await client.candidate.create({ data: { name: "P. Raman", email: "p.raman@example.net", mergedIntoId: priya.id } });
    await client.candidateMerge.create({ data: { survivorId: priya.id, mergedId: twin.id, snapshot: { merged: { id: twin.id, name: "P. Raman" } } } });
    const interviewIds = (await client.interview.findMany({ where: { candidateId: priya.id }, select: { id: true } })).map((i) => i.id);
    const { erasureCounts } = await import("@/lib/retention/data");
    const counts = (await erasureCounts([priya.id])).get(priya.id)!;
    expect(counts).toEqual({
      applications: await client.application.count({ where: { candidateId: priya.id } }),
      interviews: interviewIds.length,
      scorecards: await client.scorecard.count({ where: { interviewId: { in: interviewIds } } }),
      ratings: await client.rating.count({ where: { scorecard: { interviewId: { in: interviewIds } } } }),
    });
    expect(counts.ratings).toBeGreaterThan(0);

    const { eraseCandidateAction } = await import("@/lib/retention/actions");
    as(people.admin!);
    expect(await eraseCandidateAction({ candidateId: priya.id, expected: { ...counts, ratings: counts.ratings - 1 } })).toMatchObject({ ok: false });
    expect(await client.candidate.count({ where: { id: priya.id } })).toBe(1);

    expect(await eraseCandidateAction({ candidateId: priya.id, expected: counts })).toMatchObject({ ok: true });
    expect(await client.candidate.count({ where: { id: { in: [priya.id, twin.id] } } })).toBe(0);
    expect(await client.application.count({ where: { candidateId: { in: [priya.id, twin.id] } } })).toBe(0);
    expect(await client.interview.count({ where: { id: { in: interviewIds } } })).toBe(0);
    expect(await client.interviewAssignment.count({ where: { interviewId: { in: interviewIds } } })).toBe(0);
    expect(await client.scorecard.count({ where: { interviewId: { in: interviewIds } } })).toBe(0);
    expect(await client.rating.count({ where: { scorecard: { interviewId: { in: interviewIds } } } })).toBe(0);
    expect(await client.candidateMerge.count()).toBe(0);
    const orphans = await client.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM ratings r LEFT JOIN scorecards s ON s.id = r.scorecard_id WHERE s.id IS NULL`;
    expect(Number(orphans[0]!.n)).toBe(0);

    const audit = await client.auditEvent.findFirstOrThrow({ where: { action: "candidate.deleted" } });
    expect(audit).toMatchObject({ entityId: priya.id, data: { counts, mergedRows: 1, mergeRecords: 1 } });
    expect(JSON.stringify(audit.data)).not.toMatch(/priya|raman/i);
    expect(await eraseCandidateAction({ candidateId: priya.id, expected: counts })).toMatchObject({ ok: false, message: "This candidate no longer exists." });
  });
});

describe("who may", () => {
  test("every retention and audit action is refused to a hiring manager, an interviewer and the signed out, changing nothing", async () => {
    const { client, people, position, candidate } = await demo();
    const lena = await candidate("Lena Okafor");
    await makeDue(lena.id);
    const actions = await import("@/lib/retention/actions");
    const loaders = { ...(await import("@/lib/retention/loaders")), ...(await import("@/lib/audit/loaders")) };
    const { GET } = await import("@/app/(app)/admin/audit/export.csv/route");
    const { erasureCounts } = await import("@/lib/retention/data");
    const counts = (await erasureCounts([lena.id])).get(lena.id)!;
    const digest = async () => JSON.stringify([
      await client.auditEvent.count(), await client.appSetting.findMany(), await client.position.findMany({ select: { retentionDays: true } }),
      await client.candidate.findMany({ orderBy: { id: "asc" } }), await client.rating.count(),
    ]);
    const before = await digest();
    for (const user of [people.manager!, people.alice!, null]) {
      as(user);
      const results = [
        await actions.setGlobalRetentionAction({ days: "1" }),
        await actions.setPositionRetentionAction({ positionId: position.id, days: "1" }),
        await actions.anonymiseCandidatesAction({ candidateIds: [lena.id] }),
        await actions.eraseCandidateAction({ candidateId: lena.id, expected: counts }),
      ];
      for (const r of results) expect(r, String(user?.email)).toMatchObject({ ok: false, message: expect.stringMatching(/permission|session/) });
      expect((await GET(new Request("http://test/admin/audit/export.csv"))).status).toBe(user ? 403 : 401);
      for (const load of [loaders.loadAuditTrail, loaders.loadRetentionOverview, loaders.loadPositionPeriods, loaders.loadErasureSearch]) {
        await expect(load({ q: "Lena" })).rejects.toThrow(user ? /403/ : /login/);
      }
    }
    expect(await digest()).toBe(before);
  });
});
