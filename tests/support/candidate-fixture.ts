// Two hiring teams for the candidate integration tests: manager A runs two open positions and a closed one, manager
// B runs another; an admin and an interviewer. Priya applies to A's first position, Jonas to B's.
import { normaliseEmail } from "@/lib/candidate/normalise";
import type { Role, SessionUser } from "@/lib/auth/roles";

export async function createHiringTeams() {
  const { db } = await import("@/lib/db");
  const person = async (name: string, roles: Role[]): Promise<SessionUser> => {
    const u = await db().user.create({ data: { email: `${name.toLowerCase()}@example.com`, name, roles } });
    return { id: u.id, email: u.email, name: u.name, roles: u.roles };
  };
  const admin = await person("Admin", ["admin"]);
  const managerA = await person("Anna", ["hiring_manager"]);
  const managerB = await person("Bert", ["hiring_manager"]);
  const interviewer = await person("Ivy", ["interviewer"]);
  const position = (title: string, managerId: string, status: "open" | "closed" = "open") =>
    db().position.create({ data: { title, status, managers: { create: { userId: managerId } } } });
  const positionA = await position("Platform Engineer", managerA.id);
  const positionA2 = await position("Data Engineer", managerA.id);
  const closedA = await position("Old Role", managerA.id, "closed");
  const positionB = await position("Designer", managerB.id);
  const candidate = (name: string, email: string, positionId: string, extra: { phone?: string; notes?: string; links?: string[] } = {}) =>
    db().candidate.create({ data: { name, email, emailKey: normaliseEmail(email), source: "Referral", ...extra, applications: { create: { positionId } } } });
  const priya = await candidate("Priya Raman", "Priya.Raman+jobs@Example.net", positionA.id, { phone: "+44 20 7946 0101", notes: "Strong on HA", links: ["https://priya.example.net"] });
  const jonas = await candidate("Jonas Becker", "jonas@example.net", positionB.id);
  return { db: db(), admin, managerA, managerB, interviewer, positionA, positionA2, closedA, positionB, priya, jonas };
}

/** An interview of `candidateId` for `positionId` on the shipped senior matrix, with one interviewer's draft card. */
export async function createInterview(candidateId: string, positionId: string, interviewerId: string) {
  const { db } = await import("@/lib/db");
  const { importShippedRubrics } = await import("@/lib/rubric/shipped");
  const { assignInterviewer } = await import("@/lib/interview/mutations");
  if ((await db().rubricVersion.count()) === 0) await importShippedRubrics();
  const version = await db().rubricVersion.findFirstOrThrow({ where: { rubricId: "senior-postgresql-engineer" } });
  return db().$transaction(async (tx) => {
    const interview = await tx.interview.create({ data: { candidateId, positionId, rubricVersionId: version.id, stageId: "production-incidents", scheduledAt: new Date() } });
    await assignInterviewer(tx, { interviewId: interview.id, interviewerId });
    return interview;
  });
}
