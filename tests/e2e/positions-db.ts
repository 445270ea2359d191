// Database steps of the positions e2e test that belong to another part of the app (candidates apply through the
// candidates pages): a demo candidate applies to a position. DATABASE_URL is the e2e database (scripts/test.ts).
import pg from "pg";

let pool: pg.Pool | undefined;
const db = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }));

export async function closePositionsDb() {
  await pool?.end();
  pool = undefined;
}

/** `candidate` (a demo candidate's name) applies to the position titled `title`. */
export async function applyToPosition(candidate: string, title: string) {
  const { rowCount } = await db().query(
    `insert into applications (id, candidate_id, position_id, updated_at)
     select gen_random_uuid(), c.id, p.id, now() from candidates c, positions p where c.name = $1 and p.title = $2`,
    [candidate, title],
  );
  if (rowCount !== 1) throw new Error(`could not add ${candidate} to ${title}`);
}

/** The position's interviews as stored: the UTC start, the zone and the invite's sequence. */
export async function interviewsOf(title: string) {
  const { rows } = await db().query<{ id: string; scheduledAt: Date; timeZone: string; sequence: number }>(
    `select i.id, i.scheduled_at as "scheduledAt", i.time_zone as "timeZone", i.sequence from interviews i join positions p on p.id = i.position_id where p.title = $1 order by i.created_at`,
    [title],
  );
  return rows;
}
