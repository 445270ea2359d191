// Positions and interviews on a real database, with the session stubbed: every new action, and the invite route,
// called as an interviewer, as the hiring manager of ANOTHER position and signed out is refused and changes nothing;
// as the position's manager and as an admin it is done, audited with before/after values. A closed position refuses
// writes; a reassignment keeps a started scorecard; double-bookings warn; the invite is a valid iCalendar file, mailed
// to the panel when SMTP_URL is set, and a mail server that is down never undoes the change.
import ICAL from "ical.js";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { freshDatabasePerTest } from "@/tests/support/db";
import { createWorld, digest, scheduleInput, STAGE, type World } from "@/tests/support/positions-fixture";
import { op } from "@/tests/support/scorecard-fixture";

const session = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
  return { user: null as SessionUser | null };
});
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.user, getSessionClaims: async () => (session.user ? { userId: session.user.id, sessionVersion: 0 } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// A real SMTP server: what the app mails lands here.
const mails: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, done) {
    let text = "";
    stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    stream.on("end", () => (mails.push(text), done()));
  },
});
beforeAll(async () => {
  const port = await new Promise<number>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve((smtp.server.address() as { port: number }).port)));
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});
let smtpOpen = true;
const closeSmtp = () => new Promise<void>((resolve) => (smtpOpen ? smtp.close(() => ((smtpOpen = false), resolve())) : resolve()));
afterAll(closeSmtp);

freshDatabasePerTest();

const as = (user: SessionUser | null) => (session.user = user);
const actions = async () => ({ ...(await import("@/lib/position/actions")), ...(await import("@/lib/interview/actions")) });
const db = async () => (await import("@/lib/db")).db();
const auditOf = async (action: string, entityId: string) => (await db()).auditEvent.findMany({ where: { action, entityId }, orderBy: { id: "asc" } });

/** Calls `act` as each of the people who must be refused; each refusal leaves every table as it was. */
async function expectRefusedForOutsiders(w: World, act: () => Promise<{ ok: boolean }>) {
  for (const who of [w.ann, w.hmB, null]) {
    const before = await digest();
    as(who);
    const result = await act();
    expect(result.ok, `as ${who?.name ?? "signed out"}`).toBe(false);
    expect(await digest(), `as ${who?.name ?? "signed out"}`).toEqual(before);
  }
}

async function schedule(w: World, as_: SessionUser, extra: Record<string, unknown> = {}) {
  as(as_);
  const result = await (await actions()).scheduleInterviewAction(scheduleInput(w, extra));
  if (!result.ok || !result.data.done) throw new Error(`scheduling failed: ${JSON.stringify(result)}`);
  return result.data.interviewId;
}

const position = (w: World) => ({ id: w.alpha.id, title: "Alpha", team: "Data", location: "Remote", status: "open" as const, description: "", matrix: `latest:senior-postgresql-engineer` });

describe("positions", () => {
  test("create: admins and hiring managers (who join its team as manager); interviewers and the signed-out are refused", async () => {
    const w = await createWorld();
    const { createPositionAction } = await actions();
    const input = { title: "Gamma", team: "Platform", location: "Berlin", status: "open" as const, description: "", matrix: `version:${w.version.id}` };
    for (const who of [w.ann, null]) {
      const before = await digest();
      as(who);
      expect((await createPositionAction(input)).ok).toBe(false);
      expect(await digest()).toEqual(before);
    }
    as(w.hmB);
    const mine = await createPositionAction(input);
    expect(mine).toMatchObject({ ok: true });
    const created = await (await db()).position.findUniqueOrThrow({ where: { id: mine.ok ? mine.data.id : "" }, include: { managers: true } });
    expect(created).toMatchObject({ title: "Gamma", team: "Platform", rubricId: "senior-postgresql-engineer", rubricVersionId: w.version.id, managers: [{ userId: w.hmB.id }] });
    const [audit] = await auditOf("position.created", created.id);
    expect(audit).toMatchObject({ actorId: w.hmB.id, data: { changes: { title: { from: null, to: "Gamma" }, managers: { from: null, to: [w.hmB.email] } } } });
    as(w.admin);
    const theirs = await createPositionAction({ ...input, title: "Delta" });
    expect(theirs.ok && (await (await db()).positionManager.count({ where: { positionId: theirs.data.id } }))).toBe(0);
    // Bad input: per-field errors, nothing written.
    const before = await digest();
    expect(await createPositionAction({ ...input, title: " ", matrix: "latest:no-such-matrix" })).toMatchObject({ ok: false, fieldErrors: { title: expect.any(String) } });
    expect(await createPositionAction({ ...input, matrix: "latest:no-such-matrix" })).toMatchObject({ ok: false, fieldErrors: { matrix: expect.any(String) } });
    expect(await digest()).toEqual(before);
  });

  test("edit: refused to outsiders; its manager and admins edit it, audited with the changed fields only", async () => {
    const w = await createWorld();
    const { updatePositionAction } = await actions();
    await expectRefusedForOutsiders(w, () => updatePositionAction({ ...position(w), title: "Hacked" }));
    as(w.hmA);
    expect(await updatePositionAction(position(w))).toMatchObject({ ok: true });
    const [audit] = await auditOf("position.updated", w.alpha.id);
    expect(audit!.data).toEqual({ changes: { team: { from: "", to: "Data" }, location: { from: "", to: "Remote" } } });
    as(w.admin);
    expect(await updatePositionAction({ ...position(w), title: "Alpha II" })).toMatchObject({ ok: true });
    expect((await (await db()).position.findUniqueOrThrow({ where: { id: w.alpha.id } })).title).toBe("Alpha II");
  });

  test("team: refused to outsiders; its manager changes it, audited as before/after lists; only role holders may join", async () => {
    const w = await createWorld();
    const { setPositionTeamAction } = await actions();
    const team = { id: w.alpha.id, managers: [w.hmA.id], interviewers: [w.ann.id, w.cat.id] };
    await expectRefusedForOutsiders(w, () => setPositionTeamAction(team));
    as(w.hmA);
    expect(await setPositionTeamAction(team)).toMatchObject({ ok: true });
    const [audit] = await auditOf("position.team_changed", w.alpha.id);
    expect(audit!.data).toEqual({ changes: { interviewers: { from: [w.ann.email, w.ben.email].sort(), to: [w.ann.email, w.cat.email].sort() } } });
    const before = await digest();
    expect(await setPositionTeamAction({ ...team, managers: [w.hmA.id, w.ann.id] })).toMatchObject({ ok: false, fieldErrors: { managers: expect.any(String) } });
    expect(await setPositionTeamAction({ ...team, managers: [] })).toMatchObject({ ok: false, fieldErrors: { managers: expect.stringContaining("yourself") } });
    expect(await digest()).toEqual(before);
    as(w.admin);
    expect(await setPositionTeamAction({ ...team, managers: [w.hmA.id, w.hmB.id] })).toMatchObject({ ok: true });
    expect(await (await db()).positionManager.count({ where: { positionId: w.alpha.id } })).toBe(2);
  });

  test("a closed position refuses every write, its interviews' too, until its manager or an admin reopens it", async () => {
    const w = await createWorld();
    const interviewId = await schedule(w, w.hmA);
    const a = await actions();
    as(w.hmA);
    expect(await a.changePositionStatusAction({ id: w.alpha.id, status: "closed" })).toMatchObject({ ok: true });
    const before = await digest();
    const closed = { ok: false, message: expect.stringContaining("closed") };
    expect(await a.updatePositionAction({ ...position(w), status: "closed" })).toMatchObject(closed);
    expect(await a.setPositionTeamAction({ id: w.alpha.id, managers: [w.hmA.id], interviewers: [] })).toMatchObject(closed);
    expect(await a.scheduleInterviewAction(scheduleInput(w, { time: "15:00" }))).toMatchObject(closed);
    expect(await a.rescheduleInterviewAction({ interviewId, date: "2031-07-16", time: "10:00", timeZone: "UTC", durationMinutes: "45", location: "" })).toMatchObject(closed);
    expect(await a.reassignInterviewAction({ interviewId, interviewers: [w.ben.id] })).toMatchObject(closed);
    expect(await a.cancelInterviewAction({ interviewId })).toMatchObject(closed);
    as(w.admin);
    expect(await a.cancelInterviewAction({ interviewId })).toMatchObject(closed);
    as(w.hmB);
    expect((await a.changePositionStatusAction({ id: w.alpha.id, status: "open" })).ok).toBe(false);
    expect(await digest()).toEqual(before);
    as(w.hmA);
    expect(await a.changePositionStatusAction({ id: w.alpha.id, status: "on_hold" })).toMatchObject({ ok: true });
    expect(await a.updatePositionAction({ ...position(w), status: "on_hold" })).toMatchObject({ ok: true });
  });
});

describe("interviews", () => {
  test("schedule: refused to outsiders; done by its manager and an admin, stored in UTC with its zone, panel with drafts, audited", async () => {
    const w = await createWorld();
    const { scheduleInterviewAction } = await actions();
    await expectRefusedForOutsiders(w, () => scheduleInterviewAction(scheduleInput(w)));
    const id = await schedule(w, w.hmA, { interviewers: [w.ann.id, w.ben.id] });
    const interview = await (await db()).interview.findUniqueOrThrow({ where: { id }, include: { assignments: true, scorecards: true } });
    expect(interview).toMatchObject({ scheduledAt: new Date("2031-07-15T08:00:00Z"), timeZone: "Europe/Berlin", durationMinutes: 45, sequence: 0, rubricVersionId: w.version.id, stageId: STAGE });
    expect(interview.assignments).toHaveLength(2);
    expect(interview.scorecards.map((c) => c.status)).toEqual(["draft", "draft"]);
    const [audit] = await auditOf("interview.scheduled", id);
    expect(audit).toMatchObject({ actorId: w.hmA.id, data: { candidateId: w.priya.id, changes: { scheduledAt: { from: null, to: "2031-07-15T08:00:00.000Z" }, interviewers: { from: null, to: [w.ann.email, w.ben.email].sort() } } } });
    await schedule(w, w.admin, { date: "2031-07-16" });
    // Refused inputs: a panelist outside the pool, a non-applicant, a time the clocks skip; nothing written.
    const stranger = await (await db()).candidate.create({ data: { name: "Not applying" } });
    const before = await digest();
    as(w.hmA);
    expect(await scheduleInterviewAction(scheduleInput(w, { interviewers: [w.cat.id] }))).toMatchObject({ ok: false, fieldErrors: { interviewers: expect.any(String) } });
    expect(await scheduleInterviewAction(scheduleInput(w, { candidateId: stranger.id }))).toMatchObject({ ok: false, fieldErrors: { candidateId: expect.any(String) } });
    expect(await scheduleInterviewAction(scheduleInput(w, { date: "2031-03-30", time: "02:30" }))).toMatchObject({ ok: false, fieldErrors: { time: expect.stringContaining("does not exist") } });
    expect(await scheduleInterviewAction(scheduleInput(w, { interviewers: [] }))).toMatchObject({ ok: false, fieldErrors: { interviewers: expect.any(String) } });
    expect(await digest()).toEqual(before);
  });

  test("double-booking: the first submit warns and writes nothing; confirmed, it is scheduled; cancelled interviews do not count", async () => {
    const w = await createWorld();
    const first = await schedule(w, w.hmA);
    const { scheduleInterviewAction, cancelInterviewAction } = await actions();
    as(w.hmA);
    const before = await digest();
    const overlapping = scheduleInput(w, { time: "10:30", interviewers: [w.ann.id, w.ben.id] });
    expect(await scheduleInterviewAction(overlapping)).toEqual({
      ok: true, message: undefined,
      data: { done: false, conflicts: [{ interviewerId: w.ann.id, interviewer: "Ann", start: "2031-07-15T08:00:00.000Z", end: "2031-07-15T08:45:00.000Z" }] },
    });
    expect(await digest()).toEqual(before);
    // Back to back is no conflict; confirmed, the overlap is scheduled.
    expect(await scheduleInterviewAction(scheduleInput(w, { time: "10:45" }))).toMatchObject({ ok: true, data: { done: true } });
    expect(await scheduleInterviewAction({ ...overlapping, confirmConflicts: "true" })).toMatchObject({ ok: true, data: { done: true } });
    // Cancelled, the first no longer blocks anyone.
    expect(await cancelInterviewAction({ interviewId: first })).toMatchObject({ ok: true });
    const { findDoubleBookings } = await import("@/lib/interview/data");
    expect((await findDoubleBookings([w.ben.id], new Date("2031-07-15T08:00:00Z"), 20)).map((c) => c.interviewer)).toEqual([]);
  });

  test("reschedule: refused to outsiders; done by its manager and an admin, SEQUENCE raised, audited before/after", async () => {
    const w = await createWorld();
    const id = await schedule(w, w.hmA);
    const { rescheduleInterviewAction } = await actions();
    const input = { interviewId: id, date: "2031-11-03", time: "09:00", timeZone: "America/New_York", durationMinutes: "60", location: "Room 4" };
    await expectRefusedForOutsiders(w, () => rescheduleInterviewAction(input));
    as(w.hmA);
    expect(await rescheduleInterviewAction(input)).toMatchObject({ ok: true, data: { done: true } });
    expect(await (await db()).interview.findUniqueOrThrow({ where: { id } })).toMatchObject({ scheduledAt: new Date("2031-11-03T14:00:00Z"), timeZone: "America/New_York", durationMinutes: 60, location: "Room 4", sequence: 1 });
    const [audit] = await auditOf("interview.rescheduled", id);
    expect(audit!.data).toEqual({
      sequence: 1,
      changes: {
        scheduledAt: { from: "2031-07-15T08:00:00.000Z", to: "2031-11-03T14:00:00.000Z" },
        timeZone: { from: "Europe/Berlin", to: "America/New_York" },
        durationMinutes: { from: 45, to: 60 },
        location: { from: "https://meet.example.com/alpha", to: "Room 4" },
      },
    });
    expect(await rescheduleInterviewAction(input)).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was changed") });
    as(w.admin);
    expect(await rescheduleInterviewAction({ ...input, time: "11:00" })).toMatchObject({ ok: true });
    expect((await (await db()).interview.findUniqueOrThrow({ where: { id } })).sequence).toBe(2);
  });

  test("reassign: refused to outsiders; a started scorecard's author stays unless an admin removes their access, and the card always stays", async () => {
    const w = await createWorld();
    const id = await schedule(w, w.hmA, { interviewers: [w.ann.id] });
    const { reassignInterviewAction } = await actions();
    await expectRefusedForOutsiders(w, () => reassignInterviewAction({ interviewId: id, interviewers: [w.ben.id] }));
    const { saveRating } = await import("@/lib/scorecard/mutations");
    const { getVersionDefinition } = await import("@/lib/rubric/data");
    const { criteriaOfStage } = await import("@/lib/rubric/schema");
    const criterion = criteriaOfStage((await getVersionDefinition(w.version.id))!, STAGE)[0]!.criterion.id;
    const annCard = await (await db()).scorecard.findFirstOrThrow({ where: { interviewId: id, interviewerId: w.ann.id } });
    expect(await saveRating(w.ann.id, annCard.id, op(criterion, 3, 0, { note: "kept" }), 0)).toMatchObject({ ok: true });

    as(w.hmA);
    expect(await reassignInterviewAction({ interviewId: id, interviewers: [w.ann.id, w.ben.id] })).toMatchObject({ ok: true, data: { done: true } });
    const before = await digest();
    expect(await reassignInterviewAction({ interviewId: id, interviewers: [w.ben.id], removeStartedAccess: "true" })).toMatchObject({ ok: false, fieldErrors: { interviewers: expect.stringContaining("only an admin") } });
    as(w.admin);
    expect(await reassignInterviewAction({ interviewId: id, interviewers: [w.ben.id] })).toMatchObject({ ok: false, fieldErrors: { interviewers: expect.stringContaining("tick") } });
    expect(await digest()).toEqual(before);
    expect(await reassignInterviewAction({ interviewId: id, interviewers: [w.ben.id], removeStartedAccess: "true" })).toMatchObject({ ok: true, data: { done: true } });

    const after = await (await db()).interview.findUniqueOrThrow({ where: { id }, include: { assignments: true } });
    expect(after.assignments.map((a) => a.interviewerId)).toEqual([w.ben.id]);
    expect(after.sequence).toBe(2);
    const kept = await (await db()).scorecard.findUniqueOrThrow({ where: { id: annCard.id }, include: { ratings: true } });
    expect(kept.ratings.map((r) => r.note)).toEqual(["kept"]);
    // Off the panel, Ann can no longer write to her card.
    expect(await saveRating(w.ann.id, annCard.id, op(criterion, 4, 1), 0)).toEqual({ ok: false, reason: "notFound" });
    const audits = await auditOf("interview.reassigned", id);
    expect(audits.map((a) => a.data)).toEqual([
      { sequence: 1, changes: { interviewers: { from: [w.ann.email], to: [w.ann.email, w.ben.email].sort() } } },
      { sequence: 2, removedStartedAccess: [w.ann.email], changes: { interviewers: { from: [w.ann.email, w.ben.email].sort(), to: [w.ben.email] } } },
    ]);
    // An empty card's author is taken off by the manager without ceremony; the empty card stays too.
    as(w.hmA);
    expect(await reassignInterviewAction({ interviewId: id, interviewers: [w.ann.id] })).toMatchObject({ ok: true });
    expect(await (await db()).scorecard.count({ where: { interviewId: id } })).toBe(2);
  });

  test("cancel: refused to outsiders; done by its manager, audited; the scorecard refuses writes, the report and the upcoming list drop it", async () => {
    const w = await createWorld();
    const id = await schedule(w, w.hmA);
    const { cancelInterviewAction } = await actions();
    await expectRefusedForOutsiders(w, () => cancelInterviewAction({ interviewId: id }));
    as(w.hmA);
    expect(await cancelInterviewAction({ interviewId: id })).toMatchObject({ ok: true, data: { done: true } });
    const cancelled = await (await db()).interview.findUniqueOrThrow({ where: { id } });
    expect(cancelled).toMatchObject({ sequence: 1, cancelledAt: expect.any(Date) });
    const [audit] = await auditOf("interview.cancelled", id);
    expect(audit!.data).toEqual({ sequence: 1, changes: { cancelledAt: { from: null, to: cancelled.cancelledAt!.toISOString() } } });
    expect(await cancelInterviewAction({ interviewId: id })).toMatchObject({ ok: false });

    const card = await (await db()).scorecard.findFirstOrThrow({ where: { interviewId: id } });
    const { saveRating, saveSummary, submitScorecard } = await import("@/lib/scorecard/mutations");
    expect(await saveRating(w.ann.id, card.id, op("anything-else", 3, 0), 0)).toMatchObject({ ok: false });
    const { getVersionDefinition } = await import("@/lib/rubric/data");
    const { criteriaOfStage } = await import("@/lib/rubric/schema");
    const criterion = criteriaOfStage((await getVersionDefinition(w.version.id))!, STAGE)[0]!.criterion.id;
    expect(await saveRating(w.ann.id, card.id, op(criterion, 3, 0), 0)).toEqual({ ok: false, reason: "cancelled" });
    expect(await saveSummary(w.ann.id, card.id, { opId: crypto.randomUUID(), recommendation: "yes", summary: "x", baseRevision: 0 }, 0)).toEqual({ ok: false, reason: "cancelled" });
    expect(await submitScorecard(w.ann.id, card.id)).toEqual({ ok: false, reason: "cancelled" });

    const { listMyInterviews } = await import("@/lib/interview/data");
    expect((await listMyInterviews(w.ann.id)).map((i) => i.cancelled)).toEqual([true]);
    const { getReportInput } = await import("@/lib/report/data");
    const report = await getReportInput(w.hmA, w.alpha.id);
    expect(report.ok && report.value.interviews).toEqual([]);
  });
});

describe("the calendar invite", () => {
  const get = async (id: string) => {
    const { GET } = await import("@/app/api/interviews/[id]/invite.ics/route");
    return GET(new Request(`http://test/api/interviews/${id}/invite.ics`), { params: Promise.resolve({ id }) });
  };
  const parse = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    return { method: calendar.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString(), zone: event.startDate.zone?.tzid, summary: event.summary, description: event.description, attendees: event.attendees.map((a) => a.getFirstValue()) };
  };

  test("for admins, the position's managers and the panel only; stable UID, SEQUENCE raised, then METHOD:CANCEL", async () => {
    const w = await createWorld();
    const id = await schedule(w, w.hmA);
    for (const [who, status] of [[w.hmB, 404], [w.cat, 404], [w.ben, 404], [null, 401]] as const) {
      as(who);
      expect((await get(id)).status, who?.name ?? "signed out").toBe(status);
    }
    as(w.ann);
    expect((await get("not-a-uuid")).status).toBe(404);
    const first = await get(id);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("text/calendar; charset=utf-8; method=REQUEST");
    const invite = parse(await first.text());
    expect(invite).toMatchObject({ method: "REQUEST", sequence: 0, start: "2031-07-15T08:00:00.000Z", zone: "Europe/Berlin", attendees: [`mailto:${w.ann.email}`] });
    expect(invite.summary).toContain("Priya Raman");
    expect(invite.description).toContain("Position: Alpha");

    as(w.hmA);
    expect((await get(id)).status).toBe(200);
    const { rescheduleInterviewAction, cancelInterviewAction } = await actions();
    await rescheduleInterviewAction({ interviewId: id, date: "2031-07-15", time: "11:00", timeZone: "Europe/Berlin", durationMinutes: "45", location: "" });
    const moved = parse(await (await get(id)).text());
    expect(moved).toMatchObject({ uid: invite.uid, sequence: 1, start: "2031-07-15T09:00:00.000Z" });
    as(w.admin);
    expect((await get(id)).status).toBe(200);
    await cancelInterviewAction({ interviewId: id });
    const response = await get(id);
    expect(response.headers.get("content-type")).toContain("method=CANCEL");
    const text = await response.text();
    expect(parse(text)).toMatchObject({ method: "CANCEL", uid: invite.uid, sequence: 2 });
    expect(text).toContain("STATUS:CANCELLED");
  });

  test("mailed to the panel when SMTP_URL is set; a mail server that is down leaves the change made and says so", async () => {
    const w = await createWorld();
    mails.length = 0;
    const id = await schedule(w, w.hmA, { interviewers: [w.ann.id, w.ben.id] });
    await vi.waitFor(() => expect(mails).toHaveLength(1));
    expect(mails[0]).toContain("METHOD:REQUEST");
    expect(mails[0]).toContain(w.ann.email);
    as(w.hmA);
    const { reassignInterviewAction, cancelInterviewAction } = await actions();
    expect(await reassignInterviewAction({ interviewId: id, interviewers: [w.ann.id] })).toMatchObject({ ok: true, data: { mail: { status: "sent" } } });
    // The panel gets the update, Ben (taken off) the cancellation.
    await vi.waitFor(() => expect(mails).toHaveLength(3));
    expect(mails.slice(1).some((m) => m.includes("METHOD:CANCEL") && m.includes(w.ben.email))).toBe(true);

    await closeSmtp();
    const result = await cancelInterviewAction({ interviewId: id });
    expect(result).toMatchObject({ ok: true, data: { done: true, mail: { status: "failed" } } });
    expect((await (await db()).interview.findUniqueOrThrow({ where: { id } })).cancelledAt).not.toBeNull();
  });
});
