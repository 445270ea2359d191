// Synthetic positions for `npm run bench:report`: N candidates x 4 submitted scorecards x every criterion of the
// matrix (24 for the senior one), inserted in bulk with unnest() arrays (one INSERT per table, not per row).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { prng } from "@/lib/demo/prng";

const INTERVIEWERS = 12;
const PANEL = 4;
const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;

/** The interviewer pool, shared by every generated position. */
export async function createInterviewers(client: pg.Client): Promise<string[]> {
  const ids = Array.from({ length: INTERVIEWERS }, () => randomUUID());
  await client.query(
    `insert into users (id, email, name, roles, updated_at)
     select unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]), '{interviewer}'::role[], now()`,
    [ids, ids.map((_, i) => `bench-interviewer-${i}@example.com`), ids.map((_, i) => `Bench Interviewer ${i + 1}`)],
  );
  return ids;
}

export async function createPosition(
  client: pg.Client,
  opts: { candidates: number; rubricId: string; versionId: string; stageId: string; criteria: string[]; interviewers: string[] },
): Promise<{ positionId: string; ratings: number }> {
  const random = prng(opts.candidates);
  const positionId = randomUUID();
  await client.query(`insert into positions (id, title, rubric_id, updated_at) values ($1, $2, $3, now())`, [positionId, `Bench ${opts.candidates} candidates`, opts.rubricId]);

  const candidateIds = Array.from({ length: opts.candidates }, () => randomUUID());
  const interviewIds = candidateIds.map(() => randomUUID());
  await client.query(`insert into candidates (id, name, updated_at) select unnest($1::uuid[]), unnest($2::text[]), now()`, [
    candidateIds,
    candidateIds.map((_, i) => `Candidate ${String(i + 1).padStart(4, "0")}`),
  ]);
  await client.query(
    `insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at)
     select unnest($1::uuid[]), unnest($2::uuid[]), $3, $4, $5, now() - interval '7 days', now()`,
    [interviewIds, candidateIds, positionId, opts.versionId, opts.stageId],
  );

  const card = { id: [] as string[], interview: [] as string[], interviewer: [] as string[], rec: [] as string[] };
  const rating = { card: [] as string[], criterion: [] as string[], level: [] as (number | null)[], noEvidence: [] as boolean[] };
  candidateIds.forEach((_, c) => {
    const ability = 1.5 + random() * 2.5; // the candidate's "true" level
    for (let j = 0; j < PANEL; j++) {
      // Rotating panels overlap, so the interviewer network is connected (offsets are estimable).
      const interviewer = opts.interviewers[(c + j * 3) % opts.interviewers.length]!;
      const leniency = ((c + j * 3) % opts.interviewers.length) / opts.interviewers.length - 0.5;
      const id = randomUUID();
      card.id.push(id);
      card.interview.push(interviewIds[c]!);
      card.interviewer.push(interviewer);
      card.rec.push(RECOMMENDATIONS[Math.min(3, Math.max(0, Math.round(ability + leniency) - 1))]!);
      for (const criterion of opts.criteria) {
        const noEvidence = random() < 0.04;
        rating.card.push(id);
        rating.criterion.push(criterion);
        rating.level.push(noEvidence ? null : Math.min(4, Math.max(1, Math.round(ability + leniency + (random() - 0.5) * 1.5))));
        rating.noEvidence.push(noEvidence);
      }
    }
  });
  await client.query(
    `insert into interview_assignments (interview_id, interviewer_id) select unnest($1::uuid[]), unnest($2::uuid[])`,
    [card.interview, card.interviewer],
  );
  await client.query(
    `insert into scorecards (id, interview_id, interviewer_id, status, recommendation, submitted_at, updated_at)
     select unnest($1::uuid[]), unnest($2::uuid[]), unnest($3::uuid[]), 'submitted', unnest($4::recommendation[]), now(), now()`,
    [card.id, card.interview, card.interviewer, card.rec],
  );
  await client.query(
    `insert into ratings (id, scorecard_id, criterion_id, level, no_evidence, note, updated_at)
     select gen_random_uuid(), unnest($1::uuid[]), unnest($2::text[]), unnest($3::int2[]), unnest($4::bool[]), 'Bench note', now()`,
    [rating.card, rating.criterion, rating.level, rating.noEvidence],
  );
  await client.query("analyze");
  return { positionId, ratings: rating.card.length };
}
