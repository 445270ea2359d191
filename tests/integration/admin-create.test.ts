// The first admin of an empty database, made from the shell: `npm run admin:create -- <email>`.
import { spawn } from "node:child_process";
import { describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";

const databaseUrl = freshDatabasePerTest("quorum_admin");

function adminCreate(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/admin-create.ts", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    child.stderr.on("data", (c: Buffer) => (out += c));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

const passwordIn = (out: string) => /Temporary password[^:]*: (\S+)/.exec(out)?.[1];

describe("npm run admin:create", () => {
  test("on an empty database: creates an admin whose printed password signs in, audited", async () => {
    const { code, out } = await adminCreate("  Founder@Example.com ", "--name", "Fran Founder");
    expect(code, out).toBe(0);
    const password = passwordIn(out);
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const { authorizeCredentials } = await import("@/lib/auth/options");
    expect(await authorizeCredentials({ email: "founder@example.com", password })).toMatchObject({ email: "founder@example.com", name: "Fran Founder" });
    const { db } = await import("@/lib/db");
    expect(await db().user.findUniqueOrThrow({ where: { email: "founder@example.com" }, select: { roles: true, passwordHash: true } })).toMatchObject({ roles: ["admin"] });
    expect((await db().user.findUniqueOrThrow({ where: { email: "founder@example.com" } })).passwordHash).not.toContain(password!);
    expect(await db().auditEvent.count({ where: { action: "person.created" } })).toBe(1);
  });

  test("an existing, locked-out person gains the admin role and keeps theirs; old password, sessions and lockout end", async () => {
    const { db } = await import("@/lib/db");
    const { hashPassword } = await import("@/lib/auth/password");
    await db().user.create({ data: { email: "mia@example.com", name: "Mia", roles: ["interviewer"], disabled: true, passwordHash: await hashPassword("old-password-123") } });
    // Locked out by someone guessing: ten failures in the last minutes.
    await db().signInFailure.createMany({ data: Array.from({ length: 10 }, () => ({ email: "mia@example.com", address: "203.0.113.9" })) });
    const { code, out } = await adminCreate("mia@example.com");
    expect(code, out).toBe(0);
    expect(await db().signInFailure.count({ where: { email: "mia@example.com" } })).toBe(0);
    const mia = await db().user.findUniqueOrThrow({ where: { email: "mia@example.com" } });
    expect(mia).toMatchObject({ name: "Mia", roles: ["interviewer", "admin"], disabled: false, sessionVersion: 1 });
    const { authorizeCredentials } = await import("@/lib/auth/options");
    expect(await authorizeCredentials({ email: "mia@example.com", password: "old-password-123" })).toBeNull();
    expect(await authorizeCredentials({ email: "mia@example.com", password: passwordIn(out) })).toMatchObject({ email: "mia@example.com" });
  });

  test("a bad email or no email says why, exits 2 and writes nothing", async () => {
    for (const args of [["not-an-email"], [], ["a@example.com", "b@example.com"], ["blank@example.com", "--name", "   "]]) {
      const { code, out } = await adminCreate(...args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(out).toMatch(/Enter an email address|usage: npm run admin:create|Give a name|cannot|name/i);
    }
    const { db } = await import("@/lib/db");
    expect(await db().user.count()).toBe(0);
  });
});
