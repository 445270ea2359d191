// The sign-in throttle's counting, on a real PostgreSQL: per account (normalised email, existing or not) and per
// client address, over a sliding 15-minute window, exact under parallel attempts. HTTP: auth-http.test.ts.
import { describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";

freshDatabasePerTest("quorum_throttle");

const PASSWORD = "correct horse battery staple";
const fromAddress = (address: string) => ({ headers: { "x-forwarded-for": address } });

async function person(email: string) {
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  return db().user.create({ data: { email, name: email, roles: ["interviewer"], passwordHash: await hashPassword(PASSWORD) } });
}

describe("per account", () => {
  test("ten failures lock the account, whatever the address and however the email is written; the right password is refused too", async () => {
    const { authorizeCredentials } = await import("@/lib/auth/options");
    const { getSignInLockout } = await import("@/lib/auth/data");
    await person("dana@example.com");
    for (let i = 0; i < 10; i++) {
      expect(await authorizeCredentials({ email: i % 2 ? " DANA@example.com" : "dana@example.com", password: "wrong" }, fromAddress(`192.0.2.${i}`))).toBeNull();
    }
    expect(await authorizeCredentials({ email: "dana@example.com", password: PASSWORD }, fromAddress("198.51.100.1"))).toBeNull();
    const lockout = await getSignInLockout("dana@example.com", "198.51.100.1");
    expect(lockout?.scope).toBe("account");
    expect(lockout!.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(lockout!.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  test("nine failures do not lock, and a right password is not counted as a failure", async () => {
    const { authorizeCredentials } = await import("@/lib/auth/options");
    await person("erin@example.com");
    for (let i = 0; i < 9; i++) await authorizeCredentials({ email: "erin@example.com", password: "wrong" });
    for (let i = 0; i < 3; i++) expect(await authorizeCredentials({ email: "erin@example.com", password: PASSWORD })).toMatchObject({ email: "erin@example.com" });
  });

  test("failures older than 15 minutes no longer count; Retry-After is when the tenth most recent one ages out", async () => {
    const { getSignInLockout } = await import("@/lib/auth/data");
    const { db } = await import("@/lib/db");
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await db().signInFailure.createMany({ data: Array.from({ length: 10 }, () => ({ email: "old@example.com", createdAt: ago(16) })) });
    expect(await getSignInLockout("old@example.com", null)).toBeNull();
    await db().signInFailure.createMany({ data: Array.from({ length: 10 }, (_, i) => ({ email: "recent@example.com", createdAt: ago(14 - i * 0.1) })) });
    const lockout = await getSignInLockout("recent@example.com", null);
    expect(lockout?.scope).toBe("account");
    expect(lockout!.retryAfterSeconds).toBeGreaterThan(55);
    expect(lockout!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  test("parallel attempts count as they start: of fifteen at once, ten get to check a password", async () => {
    const { reserveSignInAttempt } = await import("@/lib/auth/mutations");
    const results = await Promise.all(Array.from({ length: 15 }, () => reserveSignInAttempt("fay@example.com", null)));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
  });
});

describe("per address", () => {
  test("fifty failures from one address lock it for every account, others are not affected", async () => {
    const { reserveSignInAttempt } = await import("@/lib/auth/mutations");
    const { getSignInLockout } = await import("@/lib/auth/data");
    for (let i = 0; i < 50; i++) expect((await reserveSignInAttempt(`guess-${i}@example.com`, "203.0.113.9")).ok).toBe(true);
    expect(await getSignInLockout("someone-else@example.com", "203.0.113.9")).toMatchObject({ scope: "address" });
    expect(await getSignInLockout("someone-else@example.com", "203.0.113.10")).toBeNull();
    expect(await reserveSignInAttempt("someone-else@example.com", "203.0.113.9")).toMatchObject({ ok: false, lockout: { scope: "address" } });
  });

  test("refused attempts are audited, with the scope and the address, and do not extend the lockout", async () => {
    const { authorizeCredentials } = await import("@/lib/auth/options");
    const { db } = await import("@/lib/db");
    for (let i = 0; i < 12; i++) await authorizeCredentials({ email: "gus@example.com", password: "wrong" }, fromAddress("198.51.100.7"));
    expect(await db().signInFailure.count({ where: { email: "gus@example.com" } })).toBe(10);
    const events = await db().auditEvent.findMany({ where: { action: "auth.sign_in_throttled" } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ actorId: null, entityType: "sign_in", entityId: "gus@example.com", data: { scope: "account", address: "198.51.100.7" } });
  });
});
