// Two positions for the positions and interviews tests: Alpha (managed by `hmA`, pool Ann and Ben, one applicant)
// and Beta (managed by `hmB`, pool Cat), an admin, and the session the mocked lib/auth/session hands out.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/roles";

export const RUBRIC = "senior-postgresql-engineer";
export const STAGE = "production-incidents";

export async function createWorld() {
  const { db } = await import("@/lib/db");
  const { importShippedRubrics } = await import("@/lib/rubric/shipped");
  await importShippedRubrics();
  const person = async (name: string, roles: SessionUser["roles"]): Promise<SessionUser> => {
    const u = await db().user.create({ data: { email: `${name}-${randomUUID().slice(0, 8)}@example.com`, name, roles } });
    return { id: u.id, email: u.email, name: u.name, roles: u.roles };
  };
  const admin = await person("Admin", ["admin"]);
  const hmA = await person("Hana Alpha", ["hiring_manager"]);
  const hmB = await person("Hugo Beta", ["hiring_manager"]);
  const ann = await person("Ann", ["interviewer"]);
  const ben = await person("Ben", ["interviewer"]);
  const cat = await person("Cat", ["interviewer"]);
  const alpha = await db().position.create({
    data: { title: "Alpha", rubricId: RUBRIC, managers: { create: { userId: hmA.id } }, interviewers: { create: [{ userId: ann.id }, { userId: ben.id }] } },
  });
  const beta = await db().position.create({
    data: { title: "Beta", rubricId: RUBRIC, managers: { create: { userId: hmB.id } }, interviewers: { create: [{ userId: cat.id }] } },
  });
  const priya = await db().candidate.create({ data: { name: "Priya Raman", links: ["https://example.net/priya"], applications: { create: { positionId: alpha.id } } } });
  const version = await db().rubricVersion.findFirstOrThrow({ where: { rubricId: RUBRIC }, orderBy: { version: "desc" } });
  return { admin, hmA, hmB, ann, ben, cat, alpha, beta, priya, version };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** A digest of every table these actions write: equal before and after means nothing was changed. */
export async function digest(): Promise<Record<string, string>> {
  const { db } = await import("@/lib/db");
  const tables = ["positions", "position_managers", "position_interviewers", "interviews", "interview_assignments", "scorecards", "ratings", "audit_events"];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await db().$queryRawUnsafe<{ d: string | null }[]>(`select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as d from ${t} t`);
    out[t] = row!.d ?? "";
  }
  return out;
}

/** The schedule form's input for Priya at Alpha's first stage, 10:00 Berlin time on a summer day. */
export const scheduleInput = (w: World, extra: Record<string, unknown> = {}) => ({
  positionId: w.alpha.id,
  candidateId: w.priya.id,
  stageId: STAGE,
  date: "2031-07-15",
  time: "10:00",
  timeZone: "Europe/Berlin",
  durationMinutes: "45",
  location: "https://meet.example.com/alpha",
  interviewers: [w.ann.id],
  ...extra,
});
