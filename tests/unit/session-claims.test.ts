import { afterEach, describe, expect, test, vi } from "vitest";

process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1/unused";
process.env.NEXTAUTH_SECRET ??= "unit-test-secret-0123456789-abcdefghijklmnop";

const { claimsFromToken, sessionTokenFromCookieHeader } = await import("@/lib/auth/session-claims");
const { encodeSessionToken } = await import("@/lib/auth/session-token");

const secret = process.env.NEXTAUTH_SECRET!;
const uid = "6f1c1f57-0f7e-4a3a-9d0e-2d7f1d1b9a11";

afterEach(() => vi.useRealTimers());

// Opened tokens are kept (lib/auth/session-claims.ts): a kept one must still expire, and a bad one never open.
describe("what a session cookie claims", () => {
  test("a token opens to its person and session version, and again the same while it is kept", async () => {
    const token = await encodeSessionToken({ token: { uid, sv: 4 }, secret, maxAge: 600 });
    expect(await claimsFromToken(token)).toEqual({ userId: uid, sessionVersion: 4 });
    expect(await claimsFromToken(token)).toEqual({ userId: uid, sessionVersion: 4 });
  });

  test("a kept token stops opening once it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-02T10:00:00Z"));
    const token = await encodeSessionToken({ token: { uid, sv: 1 }, secret, maxAge: 60 });
    expect(await claimsFromToken(token)).not.toBeNull();
    vi.setSystemTime(new Date("2026-12-02T10:01:30Z")); // 60 s of life and next-auth's 15 s of clock tolerance, passed
    expect(await claimsFromToken(token)).toBeNull();
  });

  test("expired, tampered, versionless and foreign tokens are no session", async () => {
    const expired = await encodeSessionToken({ token: { uid, sv: 1 }, secret, maxAge: -60 });
    const versionless = await encodeSessionToken({ token: { uid }, secret });
    const foreign = await encodeSessionToken({ token: { uid, sv: 1 }, secret: `${secret}-elsewhere` });
    const good = await encodeSessionToken({ token: { uid, sv: 1 }, secret });
    const tampered = `${good.slice(0, -4)}${good.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    for (const token of [expired, versionless, foreign, tampered, "not-a-token", undefined]) expect(await claimsFromToken(token)).toBeNull();
  });

  test("the session cookie is found in a Cookie header, on http and https", () => {
    expect(sessionTokenFromCookieHeader("a=1; next-auth.session-token=abc; b=2")).toBe("abc");
    expect(sessionTokenFromCookieHeader("__Secure-next-auth.session-token=xyz")).toBe("xyz");
    expect(sessionTokenFromCookieHeader("next-auth.csrf-token=abc")).toBeUndefined();
    expect(sessionTokenFromCookieHeader(undefined)).toBeUndefined();
  });
});
