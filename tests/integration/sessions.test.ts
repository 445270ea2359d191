// Revocable sessions at the data layer: the session version in a token must be the person's current one. What
// bumps it (sign-out, disabling, roles, password) does so in one transaction with its audit event. HTTP:
// auth-http.test.ts.
import { describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createPanel, op } from "@/tests/support/scorecard-fixture";

freshDatabasePerTest("quorum_sessions");

async function person() {
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  return db().user.create({ data: { email: "ivy@example.com", name: "Ivy", roles: ["interviewer"], passwordHash: await hashPassword("old password 123") } });
}

const audits = async (action: string) => {
  const { db } = await import("@/lib/db");
  return db().auditEvent.findMany({ where: { action }, select: { actorId: true, entityId: true, data: true } });
};

describe("what ends a person's sessions", () => {
  test("disabling: the current session is no session; audited", async () => {
    const { getActiveUser } = await import("@/lib/people/data");
    const { disableUser } = await import("@/lib/people/mutations");
    const ivy = await person();
    const admin = await (await import("@/lib/db")).db().user.create({ data: { email: "root@example.com", name: "Root", roles: ["admin"] } });
    expect(await getActiveUser(ivy.id, 0)).toMatchObject({ email: "ivy@example.com" });
    expect(await disableUser(admin.id, ivy.id)).toEqual({ ok: true });
    expect(await getActiveUser(ivy.id, 0)).toBeNull();
    expect(await getActiveUser(ivy.id, 1)).toBeNull();
    expect(await audits("person.disabled")).toEqual([{ actorId: admin.id, entityId: ivy.id, data: { changes: { disabled: { from: false, to: true } } } }]);
    expect(await disableUser(admin.id, crypto.randomUUID())).toEqual({ ok: false, reason: "notFound" });
  });

  test("a role change: old sessions end, a new one sees the new roles; bad roles change nothing", async () => {
    const { getActiveUser } = await import("@/lib/people/data");
    const { setRoles } = await import("@/lib/people/mutations");
    const ivy = await person();
    expect(await setRoles(null, ivy.id, ["hiring_manager", "interviewer", "hiring_manager"])).toEqual({ ok: true });
    expect(await getActiveUser(ivy.id, 0)).toBeNull();
    expect(await getActiveUser(ivy.id, 1)).toMatchObject({ roles: ["hiring_manager", "interviewer"] });
    expect(await setRoles(null, ivy.id, ["owner"])).toMatchObject({ ok: false, reason: "invalid" });
    expect(await getActiveUser(ivy.id, 1)).toMatchObject({ roles: ["hiring_manager", "interviewer"] });
    expect(await audits("person.roles_changed")).toEqual([{ actorId: null, entityId: ivy.id, data: { changes: { roles: { from: ["interviewer"], to: ["hiring_manager", "interviewer"] } } } }]);
  });

  test("a password change: old sessions end, only the new password signs in, and the new token carries the new version", async () => {
    const { getActiveUser } = await import("@/lib/people/data");
    const { setPassword } = await import("@/lib/people/mutations");
    const { authorizeCredentials } = await import("@/lib/auth/options");
    const ivy = await person();
    expect(await setPassword(ivy.id, ivy.id, "short")).toMatchObject({ ok: false, reason: "invalid" });
    expect(await getActiveUser(ivy.id, 0)).not.toBeNull();
    expect(await setPassword(ivy.id, ivy.id, "a much longer new password")).toEqual({ ok: true });
    expect(await getActiveUser(ivy.id, 0)).toBeNull();
    expect(await authorizeCredentials({ email: "ivy@example.com", password: "old password 123" })).toBeNull();
    expect(await authorizeCredentials({ email: "ivy@example.com", password: "a much longer new password" })).toMatchObject({ id: ivy.id, sessionVersion: 1 });
    expect(await audits("person.password_changed")).toHaveLength(1);
  });

  test("sign-out ends every session once; a stale token cannot sign the person out of a newer session", async () => {
    const { getActiveUser } = await import("@/lib/people/data");
    const { endSessions } = await import("@/lib/people/mutations");
    const ivy = await person();
    expect(await endSessions(ivy.id, 0)).toBe(true);
    expect(await getActiveUser(ivy.id, 0)).toBeNull();
    expect(await getActiveUser(ivy.id, 1)).not.toBeNull(); // signed in again since
    expect(await endSessions(ivy.id, 0)).toBe(false); // an old copy of the first token
    expect(await getActiveUser(ivy.id, 1)).not.toBeNull();
    expect(await audits("auth.signed_out")).toEqual([{ actorId: ivy.id, entityId: ivy.id, data: {} }]);
  });
});

describe("the autosave path checks the version in its own query", () => {
  test("a save with an ended session writes nothing; with the current version it saves", async () => {
    const panel = await createPanel();
    const { db } = await import("@/lib/db");
    const { saveRating, saveSummary } = await import("@/lib/scorecard/mutations");
    const { endSessions } = await import("@/lib/people/mutations");
    const card = await db().scorecard.findFirstOrThrow({ where: { interviewerId: panel.ann.id } });
    await endSessions(panel.ann.id, 0);
    const summary = { opId: crypto.randomUUID(), recommendation: "yes" as const, summary: "stale", baseRevision: 0 };
    expect(await saveRating(panel.ann.id, card.id, op(panel.criteria[0]!, 3, 0), 0)).toEqual({ ok: false, reason: "notFound" });
    expect(await saveSummary(panel.ann.id, card.id, summary, 0)).toEqual({ ok: false, reason: "notFound" });
    expect(await db().rating.count()).toBe(0);
    expect((await db().scorecard.findUniqueOrThrow({ where: { id: card.id } })).summary).toBe("");
    expect(await saveRating(panel.ann.id, card.id, op(panel.criteria[0]!, 3, 0), 1)).toMatchObject({ ok: true, revision: 1 });
    expect(await saveSummary(panel.ann.id, card.id, summary, 1)).toMatchObject({ ok: true, revision: 1 });
  });
});
