import "server-only";
import type { Tx } from "@/lib/db";
import { parseStoredDefinition } from "@/lib/rubric/data";
import { criteriaOfStage } from "@/lib/rubric/schema";
import { prng } from "@/lib/demo/prng";
import { assignInterviewer } from "@/lib/interview/mutations";

// Demo scores, so that the report has something to say after `npm start`: two more candidates interviewed last
// week, and submitted scorecards for every interview scheduled before today (Priya's and theirs). Interviews of
// today and later are left alone: interviewers score those themselves. Deterministic: a seeded PRNG, no
// Math.random. Built in: Bob is lenient, Alice and Carol disagree on Priya's partitioning answer, Tomás misses the
// system-optimization must-have (with v2's stages Priya, unluckily rated, misses it too), Bob's last scorecard for
// Priya is still a draft.

const EXTRA_CANDIDATES = [
  { name: "Lena Okafor", email: "lena.okafor@example.net", dayOffset: -9 },
  { name: "Tomás Ortega", email: "tomas.ortega@example.net", dayOffset: -6 },
];

/** What each candidate "really" shows, per competency: the level an unbiased interviewer would give. */
const PROFILES: Record<string, Record<string, number>> = {
  "priya.raman@example.net": { "production-ownership": 3, "incident-management": 3, "high-availability": 3, "tooling-automation": 3, architecture: 3, "system-optimization": 3, "database-leadership": 2, mentoring: 2 },
  "lena.okafor@example.net": { "production-ownership": 4, "incident-management": 3, "high-availability": 4, "tooling-automation": 3, architecture: 3, "system-optimization": 4, "database-leadership": 3, mentoring: 3 },
  "tomas.ortega@example.net": { "production-ownership": 3, "incident-management": 4, "high-availability": 3, "tooling-automation": 4, architecture: 4, "system-optimization": 2, "database-leadership": 3, mentoring: 2 },
};

const LENIENT = "bob@example.com";
/** [candidate email, criterion id, interviewer email] -> level: the disagreement the report must flag. */
const FIXED: Record<string, number> = {
  "priya.raman@example.net|arch-sharding-partitioning|alice@example.com": 2,
  "priya.raman@example.net|arch-sharding-partitioning|carol@example.com": 4,
};

const EVIDENCE: Record<number, string> = {
  1: "Stayed generic even after two follow-ups; could not name a case they handled.",
  2: "Knew the mechanics; needed prompting for trade-offs and failure modes.",
  3: "Concrete case from their own work, trade-offs and abort criteria named unprompted.",
  4: "Went beyond the question: built the practice other teams now follow, with numbers to show for it.",
};

const at = (now: Date, days: number, hour: number) => {
  const d = new Date(now);
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d;
};

function recommendationFor(mean: number) {
  if (mean >= 3.4) return "strong_yes" as const;
  if (mean >= 2.9) return "yes" as const;
  if (mean >= 2.3) return "no" as const;
  return "strong_no" as const;
}

type Person = { id: string; email: string };
type StoredVersion = { id: string; definition: unknown };

export async function seedDemoScores(
  tx: Tx,
  opts: { positionId: string; earlierVersion: StoredVersion; latestVersion: StoredVersion; interviewers: Person[]; now: Date },
): Promise<void> {
  const { positionId, interviewers, now } = opts;
  // Last week's candidates were interviewed on the first version of the matrix, before the current one was
  // published: the report then compares candidates scored on two versions, by criterion id.
  const definitions = new Map([opts.earlierVersion, opts.latestVersion].map((v) => [v.id, parseStoredDefinition(v.definition)]));
  const versionId = opts.earlierVersion.id;
  const definition = definitions.get(versionId)!;
  const byEmail = new Map(interviewers.map((p) => [p.email, p]));
  const [alice, bob, carol] = ["alice@example.com", "bob@example.com", "carol@example.com"].map((e) => byEmail.get(e)!);
  // Three interviewers on the technical stages, two on the others: agreement needs overlapping panels.
  const panels = [[alice!, bob!, carol!], [bob!, carol!], [alice!, bob!, carol!], [alice!, carol!]];
  for (const candidate of EXTRA_CANDIDATES) {
    const { id: candidateId } = await tx.candidate.create({ data: { name: candidate.name, email: candidate.email } });
    for (const [s, stage] of definition.interviewPlan.entries()) {
      const interview = await tx.interview.create({
        data: {
          candidateId,
          positionId,
          rubricVersionId: versionId,
          stageId: stage.id,
          scheduledAt: at(now, candidate.dayOffset + Math.floor(s / 2), s % 2 === 0 ? 10 : 15),
        },
      });
      for (const p of panels[s] ?? panels[0]!) await assignInterviewer(tx, { interviewId: interview.id, interviewerId: p.id });
    }
  }

  const startOfToday = at(now, 0, 0);
  const past = await tx.interview.findMany({
    where: { positionId, scheduledAt: { lt: startOfToday } },
    orderBy: [{ scheduledAt: "asc" }, { stageId: "asc" }],
    select: { id: true, stageId: true, scheduledAt: true, rubricVersionId: true, candidate: { select: { email: true } }, assignments: { select: { interviewer: { select: { id: true, email: true } } } } },
  });
  const random = prng(20250301);
  for (const interview of past) {
    const email = interview.candidate.email ?? "";
    const profile = PROFILES[email];
    const scoredOn = definitions.get(interview.rubricVersionId);
    if (!profile || !scoredOn) continue;
    const lastStage = scoredOn.interviewPlan.at(-1)?.id;
    const criteria = criteriaOfStage(scoredOn, interview.stageId).map(({ competency, criterion }) => ({ competency: competency.id, criterion }));
    const panel = interview.assignments.map((a) => a.interviewer).sort((a, b) => a.email.localeCompare(b.email));
    for (const person of panel) {
      const draft = email === "priya.raman@example.net" && interview.stageId === lastStage && person.email === LENIENT;
      const ratings = criteria.map(({ competency, criterion }) => {
        // Bob reads a level high two times out of three; the others are off by one now and then.
        const r = random();
        const shift = person.email === LENIENT ? (r < 0.65 ? 1 : 0) : r < 0.06 ? -1 : r > 0.9 ? 1 : 0;
        const level = FIXED[`${email}|${criterion.id}|${person.email}`] ?? Math.min(4, Math.max(1, (profile[competency] ?? 3) + shift));
        const noEvidence = criterion.id === "mentor-career-ladders" && random() < 0.5;
        return { criterionId: criterion.id, level: noEvidence ? null : level, noEvidence, note: noEvidence ? "Did not come up: no team of their own yet." : `${criterion.name}: ${EVIDENCE[level]}` };
      });
      const levels = ratings.flatMap((r) => (r.level === null ? [] : [r.level]));
      const mean = levels.reduce((a, b) => a + b, 0) / Math.max(1, levels.length);
      const submittedAt = new Date(interview.scheduledAt.getTime() + 90 * 60_000);
      // The draft card came with the assignment: fill it in.
      await tx.scorecard.update({
        where: { interviewId_interviewerId: { interviewId: interview.id, interviewerId: person.id } },
        data: {
          status: draft ? "draft" : "submitted",
          recommendation: draft ? null : recommendationFor(mean),
          summary: draft ? "" : `Mean ${mean.toFixed(1)} on this stage. ${EVIDENCE[Math.round(mean)] ?? ""}`,
          submittedAt: draft ? null : submittedAt,
          revision: 1,
          ratings: { create: draft ? ratings.slice(0, 2) : ratings },
        },
      });
    }
  }
}
