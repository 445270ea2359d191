import "server-only";
import { hkdf } from "node:crypto";
import { promisify } from "node:util";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

/**
 * next-auth's session token, byte for byte (a JWE, "dir" + A256GCM, with the key derived from the secret by HKDF),
 * with one difference: the derived key is kept per secret instead of derived again on every request. HKDF was ~8%
 * of the server's CPU on the autosave path (issue 13's profile). The key is a pure function of the secret, so
 * keeping it cannot go stale, and tokens made by either implementation open with the other (unit test).
 */
const derive = promisify(hkdf);
const keys = new Map<string, Promise<Uint8Array>>();

const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;

function encryptionKey(secret: string | Buffer, salt = ""): Promise<Uint8Array> {
  const id = `${salt}\u0000${typeof secret === "string" ? secret : secret.toString("base64")}`;
  let key = keys.get(id);
  if (!key) {
    // The same derivation as next-auth's getDerivedEncryptionKey (@panva/hkdf calls node's hkdf with these inputs).
    key = derive("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32).then((bits) => new Uint8Array(bits));
    keys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt = "" }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

/** The payload, or a thrown error for a tampered, expired or foreign token (next-auth's own contract). */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
