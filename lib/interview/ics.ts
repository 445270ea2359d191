/**
 * The calendar invite of one interview, as RFC 5545 text with iTIP methods (RFC 5546): METHOD:REQUEST while it stands,
 * METHOD:CANCEL with STATUS:CANCELLED once cancelled. The UID comes from the interview id, so every version of the
 * invite updates the same calendar entry; SEQUENCE is the interview's, raised by each change the invite shows.
 * Written by hand in one pure module (no I/O): the properties are few, and the time zone part (./vtimezone.ts) is
 * what libraries get wrong or leave to a separate zone-data provider. Checked by parsing it with ical.js in tests.
 */
import { utcToZonedTime, zonedTimeToUtc } from "./local-time";
import { vtimezoneLines } from "./vtimezone";

export type InvitePerson = { name: string; email: string };

export type InviteInput = {
  interviewId: string;
  sequence: number;
  cancelled: boolean;
  /** When this version of the interview was last changed (DTSTAMP). */
  stamp: Date;
  start: Date;
  durationMinutes: number;
  /** The IANA zone it was scheduled in. */
  timeZone: string;
  summary: string;
  description: string;
  /** A room or a meeting link. */
  location: string;
  organizer: InvitePerson;
  attendees: InvitePerson[];
};

const MINUTE = 60_000;
const UTC_ZONES = new Set(["UTC", "Etc/UTC", "Etc/GMT", "GMT"]);

export const inviteUid = (interviewId: string) => `interview-${interviewId}@quorum`;

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value (CN) is quoted; a double quote cannot appear inside one, and neither can a control character. */
const paramValue = (value: string) => `"${value.replace(/["\u0000-\u001f\u007f]/g, "")}"`;

const utcStamp = (d: Date) => `${d.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;

/**
 * A DATE-TIME in the zone (`;TZID=zone:19970714T133000`) when that local time names this instant and no other; in
 * UTC inside an hour repeated when clocks go back: the RFC reads such a local time as its first occurrence, but
 * calendar programs differ (ical.js takes the second), and an instant in UTC means the same to all of them.
 */
function dateTime(name: string, instant: Date, zone: string): string {
  if (UTC_ZONES.has(zone)) return `${name}:${utcStamp(instant)}`;
  const local = utcToZonedTime(instant, zone);
  const back = zonedTimeToUtc(local, zone);
  const seconds = instant.getUTCSeconds() === 0 && instant.getUTCMilliseconds() === 0;
  if (!back.ok || back.ambiguous || back.instant.getTime() !== instant.getTime() || !seconds) return `${name}:${utcStamp(instant)}`;
  return `${name};TZID=${zone}:${local.date.replace(/-/g, "")}T${local.time.replace(":", "")}00`;
}

/** Lines longer than 75 octets are folded: CRLF and one space, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    // A continuation line starts with the space, which counts towards its 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

const mailto = (p: InvitePerson) => `mailto:${p.email}`;
const isLink = (s: string) => /^https?:\/\/\S+$/i.test(s.trim());

export function buildInvite(input: InviteInput): string {
  const end = new Date(input.start.getTime() + input.durationMinutes * MINUTE);
  const method = input.cancelled ? "CANCEL" : "REQUEST";
  const zoned = !UTC_ZONES.has(input.timeZone);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Quorum//Structured interviews//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    ...(zoned ? vtimezoneLines(input.timeZone, input.start, end) : []),
    "BEGIN:VEVENT",
    `UID:${inviteUid(input.interviewId)}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${utcStamp(input.stamp)}`,
    dateTime("DTSTART", input.start, input.timeZone),
    dateTime("DTEND", end, input.timeZone),
    `SUMMARY:${escapeText(input.summary)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.location.trim() ? [`LOCATION:${escapeText(input.location.trim())}`] : []),
    ...(isLink(input.location) ? [`URL:${input.location.trim()}`] : []),
    `ORGANIZER;CN=${paramValue(input.organizer.name)}:${mailto(input.organizer)}`,
    ...input.attendees.map((a) => `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(a)}`),
    `STATUS:${input.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
