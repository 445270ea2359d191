import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

const secret = "unit-test-secret-0123456789-abcdefghijklmnop";
const claims = { uid: "6f1c1f57-0f7e-4a3a-9d0e-2d7f1d1b9a11", sv: 3, name: "Alice" };

// Sessions signed before this module existed (by next-auth's own encode) must stay valid, and the other way round.
describe("the session token with a kept key", () => {
  it("opens a token next-auth made, and next-auth opens ours", async () => {
    const theirs = await encode({ token: claims, secret });
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject(claims);
    const ours = await encodeSessionToken({ token: claims, secret, maxAge: 60 });
    const opened = await decode({ token: ours, secret });
    expect(opened).toMatchObject(claims);
    expect(Number(opened?.exp) - Number(opened?.iat)).toBe(60);
  });

  it("refuses a token made with another secret, or tampered with", async () => {
    const token = await encodeSessionToken({ token: claims, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    const [h, k, iv, ct, tag] = token.split(".");
    const flipped = `${h}.${k}.${iv}.${ct!.slice(0, -2)}${ct!.endsWith("AA") ? "BB" : "AA"}.${tag}`;
    await expect(decodeSessionToken({ token: flipped, secret })).rejects.toThrow();
  });

  it("refuses an expired token", async () => {
    const token = await encodeSessionToken({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });
});
