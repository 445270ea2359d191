// The profile's time zone action on a real PostgreSQL, with the session stubbed: every signed-in role sets their own
// zone (audited with before and after); another person's row, an unknown zone and a signed-out caller are refused
// with a clear message and nothing written.
import { describe, expect, test, vi } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { auditOf, createPerson, peopleRows, session } from "@/tests/support/people-session";

vi.mock("@/lib/auth/session", async () => (await import("@/tests/support/people-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
process.env.NEXTAUTH_SECRET ??= "profile-tz-test-secret-0123456789abcdef";
process.env.NEXTAUTH_URL = "http://quorum.test";

freshDatabasePerTest("quorum_profile_tz");

const action = async () => (await import("@/lib/people/profile-actions")).setTimeZoneAction;
const zoneOf = async (id: string) => (await (await import("@/lib/db")).db().user.findUniqueOrThrow({ where: { id } })).timeZone;

describe("setting one's time zone", () => {
  test("each role saves its own zone, audited; choosing Automatic again clears it; saving the same zone is no change", async () => {
    const setTimeZone = await action();
    for (const roles of [["interviewer"], ["hiring_manager"], ["admin"]] as const) {
      session.user = await createPerson(`P-${roles[0]}`, [...roles]);
      expect(await setTimeZone({ userId: session.user.id, timeZone: "Asia/Tokyo" })).toMatchObject({ ok: true, message: "Saved. Times are now shown in Asia/Tokyo." });
      expect(await zoneOf(session.user.id)).toBe("Asia/Tokyo");
    }
    const me = session.user!;
    expect(await setTimeZone({ userId: me.id, timeZone: "Asia/Tokyo" })).toMatchObject({ ok: true, message: "No change." });
    expect(await setTimeZone({ userId: me.id, timeZone: "" })).toMatchObject({ ok: true, message: "Saved. Times now follow your browser's time zone." });
    expect(await zoneOf(me.id)).toBeNull();
    const mine = (await auditOf("person.time_zone_changed")).filter((e) => e.entityId === me.id);
    expect(mine).toEqual([
      { actorId: me.id, entityId: me.id, data: { changes: { timeZone: { from: null, to: "Asia/Tokyo" } } } },
      { actorId: me.id, entityId: me.id, data: { changes: { timeZone: { from: "Asia/Tokyo", to: null } } } },
    ]);
  });

  test("another person's row is refused, even for an admin, and nothing is written", async () => {
    const ivy = await createPerson("Ivy", ["interviewer"]);
    session.user = await createPerson("Ada", ["admin"]);
    const before = await peopleRows();
    expect(await (await action())({ userId: ivy.id, timeZone: "Europe/Berlin" })).toEqual({ ok: false, message: "You can only change your own time zone." });
    expect(await peopleRows()).toEqual(before);
  });

  test("an unknown zone is refused next to the field with a clear message, and nothing is written", async () => {
    session.user = await createPerson("Ivy", ["interviewer"]);
    const before = await peopleRows();
    for (const timeZone of ["Mars/Olympus", "EST", "'; drop table users; --"]) {
      expect(await (await action())({ userId: session.user.id, timeZone })).toMatchObject({
        ok: false, fieldErrors: { timeZone: "Choose a time zone from the list: this one is not a time zone Quorum knows." },
      });
    }
    expect(await peopleRows()).toEqual(before);
  });

  test("a signed-out caller is refused", async () => {
    const ivy = await createPerson("Ivy", ["interviewer"]);
    session.user = null;
    expect(await (await action())({ userId: ivy.id, timeZone: "Europe/Berlin" })).toMatchObject({ ok: false, message: expect.stringMatching(/session has ended/) });
    expect(await zoneOf(ivy.id)).toBeNull();
  });
});
