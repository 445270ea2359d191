// The position report on the real demo data (seeded the way `npm start` seeds it), read through lib/report/data.ts:
// who may read it, and what a hiring manager sees. Expected figures come from SQL over the same rows.
import pg from "pg";
import { beforeAll, describe, expect, test } from "vitest";
import { migratedDatabase } from "@/tests/support/db";
import type { SessionUser } from "@/lib/auth/roles";

let url: string;
let positionId: string;
const people: Record<string, SessionUser> = {};

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  url = await migratedDatabase();
  const { bootstrapData } = await import("@/scripts/lib/bootstrap");
  await bootstrapData({ demo: true });
  const { db } = await import("@/lib/db");
  const other = await db().position.create({ data: { title: "Another opening", rubricId: "senior-postgresql-engineer" } });
  await db().user.create({ data: { email: "other.manager@example.com", name: "Other Manager", roles: ["hiring_manager"], managedPositions: { create: { positionId: other.id } } } });
  for (const u of await db().user.findMany({ select: { id: true, email: true, name: true, roles: true } })) people[u.email] = u;
  positionId = (await db().position.findFirstOrThrow({ where: { title: "Senior PostgreSQL Engineer" } })).id;
});

describe("who may read a position's report", () => {
  test("its hiring manager and admins read it; a manager of another position and an interviewer are refused", async () => {
    const { getReportInput, reportPosition } = await import("@/lib/report/data");
    expect((await getReportInput(people["manager@example.com"]!, positionId)).ok).toBe(true);
    expect((await getReportInput(people["admin@example.com"]!, positionId)).ok).toBe(true);
    expect(await getReportInput(people["other.manager@example.com"]!, positionId)).toEqual({ ok: false, reason: "forbidden" });
    expect(await reportPosition(people["alice@example.com"]!, positionId)).toEqual({ ok: false, reason: "forbidden" });
    expect(await getReportInput(people["admin@example.com"]!, "00000000-0000-4000-8000-000000000000")).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("the demo report", () => {
  const load = async () => {
    const { getReportInput } = await import("@/lib/report/data");
    const { assembleReport } = await import("@/lib/report/assemble");
    const input = await getReportInput(people["manager@example.com"]!, positionId);
    if (!input.ok) throw new Error("the manager must read the demo report");
    return assembleReport(input.value);
  };

  test("has at least three scored candidates, pending drafts and untouched interviews of today", async () => {
    const report = await load();
    const withSubmitted = report.candidates.filter((c) => c.scorecards.submitted > 0);
    expect(withSubmitted.length).toBeGreaterThanOrEqual(3);
    expect(report.totals.drafts).toBeGreaterThanOrEqual(1);
    const [{ n }] = (await sql<{ n: string }>(
      // Their cards exist (every assignment comes with an empty draft) but hold nothing yet.
      `select count(*) as n from scorecards s join interviews i on i.id = s.interview_id where i.scheduled_at >= date_trunc('day', now())
          and (s.status <> 'draft' or s.summary <> '' or exists (select 1 from ratings r where r.scorecard_id = s.id))`,
    )) as [{ n: string }];
    expect(Number(n)).toBe(0);
  });

  test("competency scores match the mean of per-criterion averages computed in SQL", async () => {
    const report = await load();
    const rows = await sql<{ candidate: string; criterion: string; avg: string }>(
      `select c.name as candidate, r.criterion_id as criterion, avg(r.level) as avg
       from ratings r join scorecards s on s.id = r.scorecard_id join interviews i on i.id = s.interview_id join candidates c on c.id = i.candidate_id
       where i.position_id = $1 and s.status = 'submitted' and r.level is not null group by 1, 2`,
      [positionId],
    );
    const avg = new Map(rows.map((r) => [`${r.candidate}|${r.criterion}`, Number(r.avg)]));
    for (const candidate of report.candidates.filter((c) => c.scorecards.submitted > 0)) {
      report.competencies.forEach((comp, i) => {
        const means = comp.criteria.map((k) => avg.get(`${candidate.name}|${k.id}`)).filter((v) => v !== undefined);
        const expected = means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
        if (expected === null) expect(candidate.cells[i]!.score).toBeNull();
        else expect(candidate.cells[i]!.score).toBeCloseTo(expected, 10);
      });
    }
  });

  test("shows the lenient interviewer, the disagreement and the must-have failure built into the demo", async () => {
    const report = await load();
    const bob = report.interviewers.find((i) => i.name === "Bob Interviewer")!;
    expect(bob.offset!).toBeGreaterThan(bob.offsetHalfWidth!);
    expect(report.disagreements).toContainEqual(expect.objectContaining({ candidateName: "Priya Raman", criterionId: "arch-sharding-partitioning", spread: 2 }));
    const tomas = report.candidates.find((c) => c.name === "Tomás Ortega")!;
    expect(tomas.gateFailed).toBe(true);
    expect(Number.isFinite(report.agreement.find((a) => a.competencyId === "high-availability")!.alpha)).toBe(true);
  });

  test("the ratings export has a row per submitted rating with its note and version", async () => {
    const { getRatingRows } = await import("@/lib/report/data");
    const { ratingsCsv } = await import("@/lib/report/csv");
    const { rows, versions } = await getRatingRows(positionId);
    const [{ n }] = (await sql<{ n: string }>(
      `select count(*) as n from ratings r join scorecards s on s.id = r.scorecard_id join interviews i on i.id = s.interview_id where i.position_id = $1 and s.status = 'submitted'`,
      [positionId],
    )) as [{ n: string }];
    expect(rows.length).toBe(Number(n));
    const lines = ratingsCsv(rows, versions).split("\r\n");
    expect(lines[0]).toBe("candidate,interviewer,stage,competency,criterion,level,note,rubric version,submitted at");
    expect(lines.length).toBe(rows.length + 1);
    // The demo scored last week's candidates on v1 and Priya on v2: each row names the version it was scored on.
    expect(lines.some((l) => l.startsWith("Priya Raman,Alice Interviewer,") && l.includes(",v2,"))).toBe(true);
    expect(lines.some((l) => l.startsWith("Lena Okafor,Alice Interviewer,") && l.includes(",v1,"))).toBe(true);
    expect(lines.some((l) => l.startsWith("Priya Raman,") && l.includes(",v1,"))).toBe(false);
  });
});
