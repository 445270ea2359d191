// One-time links on a real PostgreSQL: the set-password link an admin hands out (single use, a week long, replaced
// by a newer one, mailed through a real SMTP server when SMTP_URL is set) and the first-admin setup link `npm start`
// prints (creates the admin once; dead once an admin exists).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { auditOf, createPerson, peopleRows, session } from "@/tests/support/people-session";
import { startMailServer } from "@/tests/support/mail-server";

vi.mock("@/lib/auth/session", async () => (await import("@/tests/support/people-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
process.env.NEXTAUTH_SECRET ??= "people-links-test-secret-0123456789abcdef";
process.env.NEXTAUTH_URL = "http://quorum.test";

freshDatabasePerTest("quorum_links");

const NEW_PASSWORD = "a password of my own";
const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

/** An admin's password link for a new interviewer Ivy (who already has a password and a session). */
async function linkForIvy() {
  session.user = await createPerson("Ada", ["admin"]);
  const ivy = await createPerson("Ivy", ["interviewer"], { password: "ivy's old password" });
  const { createPasswordLinkAction } = await import("@/lib/people/actions");
  const result = await createPasswordLinkAction(ivy.id);
  if (!result.ok) throw new Error(result.message);
  session.user = null; // the person who opens the link is not signed in
  return { ivy, ...result.data, token: tokenOf(result.data.link) };
}

const setWith = async (token: string, password = NEW_PASSWORD, confirm = password) =>
  (await import("@/lib/people/actions")).setPasswordWithLinkAction({ token, password, confirm });

describe("set-password links", () => {
  test("a link sets the password once: only its sha256 is stored, it lasts 7 days, sessions end, audited", async () => {
    const { ivy, link, token, expiresAt, mail } = await linkForIvy();
    expect(link).toMatch(/^http:\/\/quorum\.test\/set-password\/[A-Za-z0-9_-]{43}$/);
    expect(mail).toEqual({ sent: false });
    const { db } = await import("@/lib/db");
    const row = await db().oneTimeToken.findFirstOrThrow({ where: { userId: ivy.id } });
    expect(row).toMatchObject({ purpose: "set_password", tokenHash: createHash("sha256").update(token).digest("hex"), usedAt: null });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(Math.abs(new Date(expiresAt).getTime() - Date.now() - 7 * 86_400_000)).toBeLessThan(60_000);

    const { getPasswordLink, getActiveUser } = await import("@/lib/people/data");
    expect(await getPasswordLink(token)).toEqual({ state: "valid", name: "Ivy", email: ivy.email });
    expect(await setWith(token, NEW_PASSWORD, "something else")).toMatchObject({ ok: false, fieldErrors: { confirm: "The two passwords differ" } });
    expect(await setWith(token, "short")).toMatchObject({ ok: false, fieldErrors: { password: "Use at least 12 characters" } });
    expect(await setWith(token)).toEqual({ ok: true, data: { email: ivy.email } });
    expect(await getActiveUser(ivy.id, 0)).toBeNull();
    const { authorizeCredentials } = await import("@/lib/auth/options");
    expect(await authorizeCredentials({ email: ivy.email, password: NEW_PASSWORD })).toMatchObject({ id: ivy.id });
    expect(await authorizeCredentials({ email: ivy.email, password: "ivy's old password" })).toBeNull();
    expect(await auditOf("person.password_set_by_link")).toEqual([{ actorId: ivy.id, entityId: ivy.id, data: { changes: { password: { from: "a password", to: "their own password" } }, tokenId: row.id } }]);
    expect(await auditOf("person.password_link_created")).toHaveLength(1);

    // Used: the page says so, and a second use is refused without changing anything.
    expect(await getPasswordLink(token)).toEqual({ state: "used" });
    const before = await peopleRows();
    expect(await setWith(token, "yet another password")).toEqual({ ok: false, message: expect.stringMatching(/cannot be used/) });
    expect(await peopleRows()).toEqual(before);
  });

  test("an expired link, a replaced link, a disabled person's link and a made-up token are refused", async () => {
    const first = await linkForIvy();
    const { db } = await import("@/lib/db");
    const { getPasswordLink } = await import("@/lib/people/data");
    const { createPasswordLinkAction, setDisabledAction } = await import("@/lib/people/actions");
    session.user = await db().user.findUniqueOrThrow({ where: { email: "ada@example.com" }, select: { id: true, email: true, name: true, roles: true } });
    const second = await createPasswordLinkAction(first.ivy.id);
    if (!second.ok) throw new Error(second.message);
    session.user = null;
    expect(await getPasswordLink(first.token)).toEqual({ state: "unknown" }); // replaced by the newer link
    expect(await setWith(first.token)).toMatchObject({ ok: false });

    await db().oneTimeToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const secondToken = tokenOf(second.data.link);
    expect(await getPasswordLink(secondToken)).toEqual({ state: "expired" });
    expect(await setWith(secondToken)).toMatchObject({ ok: false });

    for (const token of ["made-up-token-that-is-long-enough-000000000", "short", "../../etc/passwd"]) {
      expect(await setWith(token)).toEqual({ ok: false, message: expect.stringMatching(/cannot be used/) });
    }
    expect(await auditOf("person.password_set_by_link")).toEqual([]);

    session.user = await db().user.findUniqueOrThrow({ where: { email: "ada@example.com" }, select: { id: true, email: true, name: true, roles: true } });
    const third = await createPasswordLinkAction(first.ivy.id);
    if (!third.ok) throw new Error(third.message);
    expect(await setDisabledAction(first.ivy.id, true)).toMatchObject({ ok: true });
    expect(await getPasswordLink(tokenOf(third.data.link))).toEqual({ state: "unknown" });
    expect(await setWith(tokenOf(third.data.link))).toMatchObject({ ok: false });
  });

  describe("with SMTP_URL set", () => {
    let mail: Awaited<ReturnType<typeof startMailServer>>;
    beforeAll(async () => {
      mail = await startMailServer();
      process.env.SMTP_URL = mail.url;
      vi.resetModules(); // lib/env reads the environment once per module instance
    });
    afterAll(async () => {
      delete process.env.SMTP_URL;
      vi.resetModules();
      await mail.stop();
    });

    test("the link is mailed to the person, and the page is told so", async () => {
      const { ivy, link, mail: outcome } = await linkForIvy();
      expect(outcome).toEqual({ sent: true });
      expect(mail.received).toHaveLength(1);
      expect(mail.received[0]!.to).toEqual([ivy.email]);
      // Quoted-printable may wrap long lines with "=\r\n": undo that before looking for the link.
      expect(mail.received[0]!.raw.replace(/=\r?\n/g, "")).toContain(link);
      expect(mail.received[0]!.raw).toMatch(/^Subject: Set your Quorum password/m);
    });
  });
});

describe("the first-admin setup link", () => {
  const firstAdmin = { name: "Fran Founder", email: " Fran@Example.com ", password: "the founder's password", confirm: "the founder's password" };

  test("creates the first admin once: signs in, audited; the link is then used up", async () => {
    const { createSetupLink } = await import("@/lib/setup/mutations");
    const { createFirstAdminAction } = await import("@/lib/setup/actions");
    const { getSetupLink } = await import("@/lib/setup/data");
    const token = (await createSetupLink())!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await getSetupLink(token)).toBe("valid");
    expect(await createFirstAdminAction({ ...firstAdmin, token, confirm: "not the same" })).toMatchObject({ ok: false, fieldErrors: { confirm: expect.any(String) } });
    expect(await createFirstAdminAction({ ...firstAdmin, token })).toEqual({ ok: true, data: { email: "fran@example.com" } });
    const { authorizeCredentials } = await import("@/lib/auth/options");
    const fran = await authorizeCredentials({ email: "fran@example.com", password: firstAdmin.password });
    expect(fran).toMatchObject({ name: "Fran Founder" });
    const { db } = await import("@/lib/db");
    expect((await db().user.findUniqueOrThrow({ where: { email: "fran@example.com" } })).roles).toEqual(["admin"]);
    expect(await auditOf("setup.first_admin_created")).toEqual([{ actorId: fran!.id, entityId: fran!.id, data: { changes: {
      name: { from: null, to: "Fran Founder" }, email: { from: null, to: "fran@example.com" }, roles: { from: null, to: ["admin"] },
    } } }]);
    expect(await auditOf("setup.link_created")).toHaveLength(1);

    expect(await getSetupLink(token)).toBe("used");
    expect(await createFirstAdminAction({ ...firstAdmin, email: "second@example.com", token })).toMatchObject({ ok: false });
    expect(await db().user.count()).toBe(1);
    expect(await createSetupLink()).toBeNull(); // an admin exists: `npm start` prints no link
  });

  test("a newer link replaces an unused one; once an admin exists, an unused link is refused and dies", async () => {
    const { createSetupLink } = await import("@/lib/setup/mutations");
    const { createFirstAdminAction } = await import("@/lib/setup/actions");
    const { getSetupLink } = await import("@/lib/setup/data");
    const older = (await createSetupLink())!;
    const newer = (await createSetupLink())!;
    expect(await getSetupLink(older)).toBe("unknown");
    expect(await createFirstAdminAction({ ...firstAdmin, token: older })).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be used/) });

    await createPerson("Ada", ["admin"]); // e.g. made with `npm run admin:create` meanwhile
    expect(await getSetupLink(newer)).toBe("adminExists");
    expect(await createFirstAdminAction({ ...firstAdmin, token: newer })).toMatchObject({ ok: false, message: expect.stringMatching(/already has an admin/) });
    const { db } = await import("@/lib/db");
    expect(await db().oneTimeToken.count({ where: { purpose: "first_admin", usedAt: null } })).toBe(0);
    expect(await db().user.count()).toBe(1);
  });

  test("a taken email is refused before the link is used, so the person can try another", async () => {
    await createPerson("Fran", ["interviewer"], { disabled: true });
    const { createSetupLink } = await import("@/lib/setup/mutations");
    const { createFirstAdminAction } = await import("@/lib/setup/actions");
    const token = (await createSetupLink())!;
    expect(await createFirstAdminAction({ ...firstAdmin, token })).toMatchObject({ ok: false, fieldErrors: { email: expect.stringMatching(/already has this email/) } });
    expect(await createFirstAdminAction({ ...firstAdmin, email: "founder@example.com", token })).toMatchObject({ ok: true });
  });
});
