// The calendar invite parsed back with ical.js: UID, SEQUENCE, DTSTART with its VTIMEZONE giving the right instant,
// the cancellation, escaping and folding.
import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { buildInvite, foldLine, inviteUid, type InviteInput } from "@/lib/interview/ics";
import { offsetTransitions } from "@/lib/interview/vtimezone";

const ID = "0b7c7f4e-1111-4222-8333-444455556666";

const base: InviteInput = {
  interviewId: ID,
  sequence: 0,
  cancelled: false,
  stamp: new Date("2026-06-01T12:00:00Z"),
  start: new Date("2026-07-15T08:00:00Z"),
  durationMinutes: 60,
  timeZone: "Europe/Berlin",
  summary: "Interview: Priya Raman, HA & DR deep dive",
  description: "Candidate: Priya Raman\nStage: HA & DR deep dive (60 minutes)\nPosition: Senior PostgreSQL Engineer",
  location: "https://meet.example.com/abc",
  organizer: { name: "Quorum", email: "quorum@localhost" },
  attendees: [{ name: "Alice Interviewer", email: "alice@example.com" }, { name: "Bob \"B\" Interviewer", email: "bob@example.com" }],
};

/** Parse as a calendar program does: register the file's own VTIMEZONEs, then read the event. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  const result = {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    startZone: event.startDate.zone?.tzid,
    end: event.endDate.toJSDate().toISOString(),
    status: vevent.getFirstPropertyValue("status"),
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: vevent.getFirstPropertyValue("url"),
    attendees: vevent.getAllProperties("attendee").map((a) => ({ cn: a.getParameter("cn"), value: a.getFirstValue() })),
  };
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.remove(String(tz.getFirstPropertyValue("tzid")));
  return result;
}

describe("buildInvite", () => {
  test("a request: stable UID, SEQUENCE, DTSTART in the scheduled zone giving the right UTC instant, panel as attendees", () => {
    const text = buildInvite(base);
    expect(text).toContain("DTSTART;TZID=Europe/Berlin:20260715T100000\r\n");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(parse(text)).toEqual({
      method: "REQUEST",
      uid: inviteUid(ID),
      sequence: 0,
      start: "2026-07-15T08:00:00.000Z",
      startZone: "Europe/Berlin",
      end: "2026-07-15T09:00:00.000Z",
      status: "CONFIRMED",
      summary: base.summary,
      description: base.description,
      location: base.location,
      url: base.location,
      attendees: [{ cn: "Alice Interviewer", value: "mailto:alice@example.com" }, { cn: "Bob B Interviewer", value: "mailto:bob@example.com" }],
    });
  });

  test("a reschedule across a clock change keeps the UID and raises SEQUENCE; the winter instant is right too", () => {
    const before = parse(buildInvite(base));
    const after = parse(buildInvite({ ...base, sequence: 1, start: new Date("2026-11-02T14:00:00Z"), timeZone: "America/New_York" }));
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(1);
    expect(after.startZone).toBe("America/New_York");
    expect(after.start).toBe("2026-11-02T14:00:00.000Z");
    expect(buildInvite({ ...base, start: new Date("2026-11-02T14:00:00Z"), timeZone: "America/New_York" })).toContain("DTSTART;TZID=America/New_York:20261102T090000");
  });

  test("just after spring forward, and in a half-hour zone", () => {
    expect(parse(buildInvite({ ...base, start: new Date("2026-03-29T01:00:00Z") })).start).toBe("2026-03-29T01:00:00.000Z");
    expect(parse(buildInvite({ ...base, start: new Date("2026-03-08T07:00:00Z"), timeZone: "America/New_York" })).start).toBe("2026-03-08T07:00:00.000Z");
    expect(parse(buildInvite({ ...base, timeZone: "Asia/Kolkata" })).start).toBe("2026-07-15T08:00:00.000Z");
  });

  test("a local time the clocks show twice is written in UTC, so no calendar can read the other occurrence", () => {
    const text = buildInvite({ ...base, start: new Date("2026-10-25T00:30:00Z"), durationMinutes: 90 });
    expect(text).toContain("DTSTART:20261025T003000Z\r\n");
    expect(text).toContain("DTEND;TZID=Europe/Berlin:20261025T030000\r\n");
    const parsed = parse(text);
    expect([parsed.start, parsed.end]).toEqual(["2026-10-25T00:30:00.000Z", "2026-10-25T02:00:00.000Z"]);
  });

  test("UTC needs no VTIMEZONE", () => {
    const text = buildInvite({ ...base, timeZone: "UTC" });
    expect(text).not.toContain("VTIMEZONE");
    expect(text).toContain("DTSTART:20260715T080000Z");
    expect(parse(text).start).toBe("2026-07-15T08:00:00.000Z");
  });

  test("a cancellation: METHOD:CANCEL, STATUS:CANCELLED, same UID, raised SEQUENCE", () => {
    const cancelled = parse(buildInvite({ ...base, sequence: 3, cancelled: true }));
    expect(cancelled).toMatchObject({ method: "CANCEL", status: "CANCELLED", uid: inviteUid(ID), sequence: 3 });
  });

  test("text is escaped, a room is a LOCATION without URL, long lines fold at 75 octets without splitting a character", () => {
    const text = buildInvite({ ...base, summary: "Interview: a, b; c\\d", location: "Room 4, Floor 2", description: `Notes: ${"é".repeat(80)}` });
    expect(text).toContain("SUMMARY:Interview: a\\, b\\; c\\\\d\r\n");
    const parsed = parse(text);
    expect(parsed).toMatchObject({ summary: "Interview: a, b; c\\d", location: "Room 4, Floor 2", url: null, description: `Notes: ${"é".repeat(80)}` });
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(foldLine("x".repeat(80)).split("\r\n").map((l) => l.length)).toEqual([75, 6]);
  });
});

test("offsetTransitions finds Berlin's two changes of 2026 to the minute", () => {
  const changes = offsetTransitions("Europe/Berlin", new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"));
  expect(changes).toEqual([
    { at: new Date("2026-03-29T01:00:00Z"), from: 60, to: 120 },
    { at: new Date("2026-10-25T01:00:00Z"), from: 120, to: 60 },
  ]);
  expect(offsetTransitions("Asia/Tokyo", new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"))).toEqual([]);
});
