// Sign-in throttling rules, no I/O. Failures are counted in PostgreSQL (lib/auth/data.ts, mutations.ts) so the
// limits hold across every app process.

export const THROTTLE = {
  /** Failures count for this long. */
  windowSeconds: 15 * 60,
  /** Failures of one account (the normalised email, whether or not it exists) within the window. */
  perAccount: 10,
  /** Failures from one client address (lib/auth/client-address.ts) within the window, over all accounts. */
  perAddress: 50,
} as const;

export type Lockout = { scope: "account" | "address"; retryAfterSeconds: number };

/**
 * The lockout, from the seconds until each count drops below its limit (null: not at the limit). When both are
 * locked the later one decides, so the Retry-After a client gets is never too early.
 */
export function lockoutOf(accountSeconds: number | null, addressSeconds: number | null): Lockout | null {
  const account = accountSeconds === null ? null : Math.max(1, accountSeconds);
  const address = addressSeconds === null ? null : Math.max(1, addressSeconds);
  if (account === null && address === null) return null;
  if (address === null || (account !== null && account >= address)) return { scope: "account", retryAfterSeconds: account! };
  return { scope: "address", retryAfterSeconds: address };
}
