import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/mutations";
import { parseStoredDefinition } from "@/lib/rubric/data";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { seedDemoScores } from "@/lib/demo/seed-scores";
import { assignInterviewer } from "@/lib/interview/mutations";
import { normaliseEmail } from "@/lib/candidate/normalise";

export const DEMO_RUBRIC_ID = "senior-postgresql-engineer";
const POSITION_TITLE = "Senior PostgreSQL Engineer";
const CANDIDATES = [
  { name: "Priya Raman", email: "priya.raman@example.net", dayOffset: -3 },
  { name: "Jonas Becker", email: "jonas.becker@example.net", dayOffset: 0 },
  { name: "Mei Tanaka", email: "mei.tanaka@example.net", dayOffset: 2 },
];

const at = (now: Date, days: number, hour: number) => {
  const d = new Date(now);
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d;
};

/**
 * Create the demo people, position, candidates and interviews, once: a database that already has the demo admin
 * is left alone. Requires the shipped senior matrix to be imported first (the start script does that).
 */
export async function seedDemo(now = new Date()): Promise<{ created: boolean }> {
  const client = db();
  if (await client.user.findUnique({ where: { email: DEMO_ACCOUNTS[0]!.email }, select: { id: true } })) return { created: false };
  const version = await client.rubricVersion.findFirst({ where: { rubricId: DEMO_RUBRIC_ID }, orderBy: { version: "desc" } });
  const earliest = await client.rubricVersion.findFirst({ where: { rubricId: DEMO_RUBRIC_ID }, orderBy: { version: "asc" } });
  if (!version || !earliest) throw new Error(`the ${DEMO_RUBRIC_ID} matrix must be imported before the demo is seeded`);
  const stages = parseStoredDefinition(version.definition).interviewPlan;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));

  await client.$transaction(async (tx) => {
    const users = [];
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      users.push(await tx.user.create({ data: { email: a.email, name: a.name, roles: a.roles, passwordHash: hashes[i] } }));
    }
    const admin = users.find((u) => u.roles.includes("admin"))!;
    const manager = users.find((u) => u.roles.includes("hiring_manager"))!;
    const interviewers = users.filter((u) => u.roles.includes("interviewer"));
    const position = await tx.position.create({
      data: {
        title: POSITION_TITLE,
        description: "Owns the availability, performance and evolution of our PostgreSQL fleet.",
        rubricId: DEMO_RUBRIC_ID,
        team: "Data platform",
        location: "Remote (Europe)",
        managers: { create: { userId: manager.id } },
        interviewers: { create: interviewers.map((u) => ({ userId: u.id })) },
      },
    });
    for (const [c, candidate] of CANDIDATES.entries()) {
      const { id: candidateId } = await tx.candidate.create({
        data: { name: candidate.name, email: candidate.email, emailKey: normaliseEmail(candidate.email), source: "Referral", applications: { create: { positionId: position.id } } },
      });
      for (const [s, stage] of stages.entries()) {
        // Two interviewers per stage, rotating, so every interviewer meets every candidate at some stage.
        const panel = [interviewers[(c + s) % interviewers.length]!, interviewers[(c + s + 1) % interviewers.length]!];
        const interview = await tx.interview.create({
          data: {
            candidateId,
            positionId: position.id,
            rubricVersionId: version.id,
            stageId: stage.id,
            scheduledAt: at(now, candidate.dayOffset + Math.floor(s / 2), s % 2 === 0 ? 10 : 15),
            durationMinutes: stage.minutes,
            timeZone: "Europe/Berlin",
            location: "https://meet.example.com/quorum-demo",
          },
        });
        for (const p of panel) await assignInterviewer(tx, { interviewId: interview.id, interviewerId: p.id });
      }
    }
    await seedDemoScores(tx, { positionId: position.id, earlierVersion: earliest, latestVersion: version, interviewers, now });
    await recordAudit(tx, { actorId: admin.id, action: "demo.seeded", entityType: "position", entityId: position.id });
    // Some hundred statements in one transaction: Prisma's default 5 s limit is too short on a loaded 2-core machine
    // (seen in e2e start-up), and a half-seeded demo is worse than a slow one.
  }, { timeout: 60_000, maxWait: 10_000 });
  return { created: true };
}
