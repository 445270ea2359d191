import { describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";

freshDatabasePerTest();

async function createPerson(email: string, opts: { disabled?: boolean; password?: string } = {}) {
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  return db().user.create({
    data: { email, name: email, roles: ["interviewer"], disabled: opts.disabled ?? false, passwordHash: await hashPassword(opts.password ?? "right-password") },
  });
}

describe("credentials sign-in", () => {
  test("the right password signs in; a wrong one, an unknown email or bad input do not", async () => {
    const { authorizeCredentials } = await import("@/lib/auth/options");
    const person = await createPerson("dana@example.com");
    expect(await authorizeCredentials({ email: "Dana@Example.com ", password: "right-password" })).toMatchObject({ id: person.id });
    expect(await authorizeCredentials({ email: "dana@example.com", password: "wrong" })).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@example.com", password: "right-password" })).toBeNull();
    expect(await authorizeCredentials({ email: ["x"], password: 42 })).toBeNull();
    expect(await authorizeCredentials(undefined)).toBeNull();
  });

  test("a disabled person cannot sign in, and an existing session resolves to nobody", async () => {
    const { authorizeCredentials } = await import("@/lib/auth/options");
    const { getActiveUser } = await import("@/lib/people/data");
    const { db } = await import("@/lib/db");
    const person = await createPerson("erin@example.com");
    expect(await getActiveUser(person.id, 0)).toMatchObject({ email: "erin@example.com", roles: ["interviewer"] });
    await db().user.update({ where: { id: person.id }, data: { disabled: true } });
    expect(await getActiveUser(person.id, 0)).toBeNull();
    expect(await authorizeCredentials({ email: "erin@example.com", password: "right-password" })).toBeNull();
  });
});

describe("health", () => {
  test("answers 200 with status ok while the database answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "up" });
  });
});
