// The people admin actions on a real PostgreSQL, with the session stubbed: only admins may act, and a refused call
// changes nothing; every write is audited with before/after values; the last active admin stays one, even against
// concurrent demotions; disabling ends the person's sessions at once.
import { describe, expect, test, vi } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { auditOf, createPerson, peopleRows, session } from "@/tests/support/people-session";

vi.mock("@/lib/auth/session", async () => (await import("@/tests/support/people-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
process.env.NEXTAUTH_SECRET ??= "people-admin-test-secret-0123456789abcdef";
process.env.NEXTAUTH_URL = "http://quorum.test";

freshDatabasePerTest("quorum_people");

const actions = () => import("@/lib/people/actions");

describe("who may act on people", () => {
  test("an interviewer, a hiring manager and a signed-out caller are refused every action, and nothing changes", async () => {
    await createPerson("Ada", ["admin"]);
    const ivy = await createPerson("Ivy", ["interviewer"], { password: "ivy's own password" });
    const gone = await createPerson("Gus", ["interviewer"], { disabled: true });
    const callers = [null, await createPerson("Ian", ["interviewer"]), await createPerson("Hana", ["hiring_manager"])];
    const a = await actions();
    const before = await peopleRows();
    for (const caller of callers) {
      session.user = caller;
      const results = {
        create: await a.createPersonAction({ name: "Eve", email: "eve@example.com", roles: ["admin"] }),
        update: await a.updatePersonAction(ivy.id, { name: "Ivy", email: "ivy@example.com", roles: ["admin"] }),
        disable: await a.setDisabledAction(ivy.id, true),
        enable: await a.setDisabledAction(gone.id, false),
        link: await a.createPasswordLinkAction(ivy.id),
        temporary: await a.setTemporaryPasswordAction(ivy.id),
      };
      for (const [name, result] of Object.entries(results)) {
        expect({ caller: caller?.name ?? "signed out", name, result }).toEqual({ caller: caller?.name ?? "signed out", name, result: { ok: false, message: expect.stringMatching(/permission|session has ended/) } });
      }
    }
    expect(await peopleRows()).toEqual(before);
  });

  test("an admin adds a person: lower-cased email, roles kept once, audited with the values; no password yet", async () => {
    session.user = await createPerson("Ada", ["admin"]);
    const a = await actions();
    const result = await a.createPersonAction({ name: "  Ivy Ng ", email: " Ivy.Ng@Example.COM ", roles: ["interviewer", "hiring_manager", "interviewer"] });
    expect(result).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const id = result.ok ? result.data.id : "";
    const { db } = await import("@/lib/db");
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Ivy Ng", email: "ivy.ng@example.com", roles: ["interviewer", "hiring_manager"], disabled: false, passwordHash: null });
    expect(await auditOf("person.created")).toEqual([{ actorId: session.user.id, entityId: id, data: { changes: {
      name: { from: null, to: "Ivy Ng" }, email: { from: null, to: "ivy.ng@example.com" }, roles: { from: null, to: ["interviewer", "hiring_manager"] },
    } } }]);
  });

  test("bad input comes back per field and writes nothing; a taken email (in any case) is an email error", async () => {
    session.user = await createPerson("Ada", ["admin"]);
    const a = await actions();
    const before = await peopleRows();
    const bad = await a.createPersonAction({ name: "", email: "not-an-email", roles: [] });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { name: "Give a name", email: "Enter an email address", roles: "Pick at least one role" } });
    expect(await a.createPersonAction({ name: "Other Ada", email: "ADA@example.com", roles: ["interviewer"] })).toMatchObject({ ok: false, fieldErrors: { email: "Someone already has this email." } });
    expect(await a.createPersonAction({ name: "Owner", email: "o@example.com", roles: ["owner"] })).toMatchObject({ ok: false, fieldErrors: { "roles.0": expect.any(String) } });
    expect(await a.updatePersonAction("1 or 1=1", { name: "X", email: "x@example.com", roles: ["admin"] })).toEqual({ ok: false, message: "This person no longer exists." });
    expect(await a.setDisabledAction(crypto.randomUUID(), true)).toEqual({ ok: false, message: "This person no longer exists." });
    expect(await peopleRows()).toEqual(before);
  });

  test("an admin edits details and roles: one audit event each, with before/after; a role change ends sessions", async () => {
    session.user = await createPerson("Ada", ["admin"]);
    const ivy = await createPerson("Ivy", ["interviewer"]);
    await createPerson("Taken", ["interviewer"]);
    const a = await actions();
    const { getActiveUser } = await import("@/lib/people/data");
    expect(await a.updatePersonAction(ivy.id, { name: "Ivy", email: "taken@example.com", roles: ["interviewer"] })).toMatchObject({ ok: false, fieldErrors: { email: "Someone already has this email." } });
    expect(await a.updatePersonAction(ivy.id, { name: "Ivy", email: "ivy@example.com", roles: ["interviewer"] })).toMatchObject({ ok: true });
    expect(await auditOf("person.updated")).toEqual([]); // nothing changed, nothing recorded
    expect(await getActiveUser(ivy.id, 0)).not.toBeNull();

    expect(await a.updatePersonAction(ivy.id, { name: "Ivy Ng", email: "ivy.ng@example.com", roles: ["interviewer"] })).toMatchObject({ ok: true });
    expect(await getActiveUser(ivy.id, 0)).not.toBeNull(); // details alone keep the session
    expect(await a.updatePersonAction(ivy.id, { name: "Ivy Ng", email: "ivy.ng@example.com", roles: ["hiring_manager"] })).toMatchObject({ ok: true });
    expect(await getActiveUser(ivy.id, 0)).toBeNull();
    expect(await getActiveUser(ivy.id, 1)).toMatchObject({ roles: ["hiring_manager"] });
    expect(await auditOf("person.updated")).toEqual([{ actorId: session.user.id, entityId: ivy.id, data: { changes: { name: { from: "Ivy", to: "Ivy Ng" }, email: { from: "ivy@example.com", to: "ivy.ng@example.com" } } } }]);
    expect(await auditOf("person.roles_changed")).toEqual([{ actorId: session.user.id, entityId: ivy.id, data: { changes: { roles: { from: ["interviewer"], to: ["hiring_manager"] } } } }]);
  });

  test("disabling ends the person's sessions at once; re-enabling lets them back; both audited with before/after", async () => {
    session.user = await createPerson("Ada", ["admin"]);
    const ivy = await createPerson("Ivy", ["interviewer"], { password: "ivy's own password" });
    const a = await actions();
    const { getActiveUser } = await import("@/lib/people/data");
    const { authorizeCredentials } = await import("@/lib/auth/options");
    expect(await a.setDisabledAction(ivy.id, true)).toMatchObject({ ok: true });
    expect(await getActiveUser(ivy.id, 0)).toBeNull();
    expect(await authorizeCredentials({ email: ivy.email, password: "ivy's own password" })).toBeNull();
    expect(await a.createPasswordLinkAction(ivy.id)).toMatchObject({ ok: false, message: expect.stringMatching(/disabled/) });
    expect(await a.setDisabledAction(ivy.id, false)).toMatchObject({ ok: true });
    expect(await authorizeCredentials({ email: ivy.email, password: "ivy's own password" })).toMatchObject({ id: ivy.id });
    expect(await auditOf("person.disabled")).toEqual([{ actorId: session.user.id, entityId: ivy.id, data: { changes: { disabled: { from: false, to: true } } } }]);
    expect(await auditOf("person.enabled")).toEqual([{ actorId: session.user.id, entityId: ivy.id, data: { changes: { disabled: { from: true, to: false } } } }]);
  });

  test("a temporary password: shown once, signs in, old sessions end; audited without the password", async () => {
    session.user = await createPerson("Ada", ["admin"]);
    const ivy = await createPerson("Ivy", ["interviewer"]);
    const a = await actions();
    const result = await a.setTemporaryPasswordAction(ivy.id);
    if (!result.ok) throw new Error(result.message);
    expect(result.data.password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const { authorizeCredentials } = await import("@/lib/auth/options");
    expect(await authorizeCredentials({ email: ivy.email, password: result.data.password })).toMatchObject({ id: ivy.id, sessionVersion: 1 });
    const events = await auditOf("person.temporary_password_set");
    expect(events).toEqual([{ actorId: session.user.id, entityId: ivy.id, data: { changes: { password: { from: "none", to: "a temporary password" } } } }]);
    expect(JSON.stringify(events)).not.toContain(result.data.password);
  });
});

describe("the last active admin", () => {
  test("cannot be disabled nor lose the admin role, with a message for the form; a second admin lifts the rule", async () => {
    const ada = await createPerson("Ada", ["admin"]);
    await createPerson("Old", ["admin"], { disabled: true }); // a disabled admin does not count
    session.user = ada;
    const a = await actions();
    const before = await peopleRows();
    expect(await a.setDisabledAction(ada.id, true)).toEqual({ ok: false, message: expect.stringMatching(/last active admin/), fieldErrors: { roles: expect.any(String) } });
    expect(await a.updatePersonAction(ada.id, { name: "Ada", email: ada.email, roles: ["interviewer"] })).toMatchObject({ ok: false, fieldErrors: { roles: expect.stringMatching(/last active admin/) } });
    expect(await peopleRows()).toEqual(before);

    const bo = await createPerson("Bo", ["admin"]);
    expect(await a.updatePersonAction(ada.id, { name: "Ada", email: ada.email, roles: ["hiring_manager"] })).toMatchObject({ ok: true });
    const { disableUser } = await import("@/lib/people/mutations");
    expect(await disableUser(bo.id, bo.id)).toMatchObject({ ok: false, reason: "lastAdmin" });
  });

  test("two concurrent demotions of the last two admins leave one admin, every time", async () => {
    const { db } = await import("@/lib/db");
    const { disableUser, setRoles, updatePerson } = await import("@/lib/people/mutations");
    // Each pair demotes both admins at once, each by the other, in the ways the app can.
    const pairs = [["roles", "details"], ["roles", "disable"], ["disable", "details"], ["disable", "disable"]] as const;
    for (const [first, second] of [...pairs, ...pairs]) {
      await db().user.deleteMany();
      const [ada, bo] = [await createPerson("Ada", ["admin"]), await createPerson("Bo", ["admin", "interviewer"])];
      const demote = (how: (typeof pairs)[number][number], actor: typeof ada, target: typeof ada) =>
        how === "roles" ? setRoles(actor.id, target.id, ["interviewer"])
          : how === "details" ? updatePerson(actor.id, target.id, { name: target.name, email: target.email, roles: ["interviewer"] })
            : disableUser(actor.id, target.id);
      const results = await Promise.all([demote(first, bo, ada), demote(second, ada, bo)]);
      expect(results.map((r) => (r.ok ? "ok" : r.reason)).sort()).toEqual(["lastAdmin", "ok"]);
      expect(await db().user.count({ where: { disabled: false, roles: { has: "admin" } } })).toBe(1);
    }
  });
});
