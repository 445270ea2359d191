import "server-only";
import { db, type Tx } from "@/lib/db";
import { lockoutOf, THROTTLE, type Lockout } from "@/lib/auth/throttle";

/**
 * Whether this email or this client address is at its failure limit, and until when. The N-th most recent failure
 * within the window exists only at the limit; the count drops below it when that failure ages out. Times are the
 * database's, so every app process agrees.
 */
export async function getSignInLockout(email: string, address: string | null, client: Tx = db()): Promise<Lockout | null> {
  const window = THROTTLE.windowSeconds;
  const [row] = await client.$queryRaw<{ account: number | null; address: number | null }[]>`
    SELECT
      (SELECT ceil(extract(epoch FROM created_at + ${window}::int * interval '1 second' - now()))::int
         FROM sign_in_failures WHERE email = ${email} AND created_at > now() - ${window}::int * interval '1 second'
        ORDER BY created_at DESC OFFSET ${THROTTLE.perAccount - 1} LIMIT 1) AS account,
      (SELECT ceil(extract(epoch FROM created_at + ${window}::int * interval '1 second' - now()))::int
         FROM sign_in_failures WHERE address = ${address} AND created_at > now() - ${window}::int * interval '1 second'
        ORDER BY created_at DESC OFFSET ${THROTTLE.perAddress - 1} LIMIT 1) AS address`;
  return lockoutOf(row?.account ?? null, row?.address ?? null);
}
