/**
 * Wall-clock time in an IANA time zone <-> UTC instants. Pure (browser and server), on the time-zone database that
 * Node and every browser already carry in `Intl`, so no zone data is shipped or kept up to date by us.
 *
 * A local time that does not exist (the hour skipped when clocks go forward) is refused rather than moved: the person
 * scheduling meant a time that will not happen. A local time that happens twice (the hour repeated when clocks go
 * back) is its first occurrence, as RFC 5545 reads a DTSTART with a TZID, so the invite and the stored instant agree.
 */

export type LocalDateTime = { date: string; time: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function fieldsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether `zone` is a time zone this runtime knows (an IANA name such as "Europe/Berlin", or "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    fieldsFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The name of `zone` in Intl's list of supported zones (plus "UTC"), or null when it is not one. An alias a browser
 * may report (Asia/Kolkata, where Node lists Asia/Calcutta) maps to its listed name; an abbreviation ("EST") or an
 * offset does not count as a zone.
 */
export function supportedTimeZone(zone: string): string | null {
  if (zone === "UTC") return zone;
  const listed = Intl.supportedValuesOf("timeZone");
  if (listed.includes(zone)) return zone;
  if (!zone.includes("/") || !isTimeZone(zone)) return null;
  const canonical = fieldsFormatter(zone).resolvedOptions().timeZone;
  return listed.includes(canonical) ? canonical : null;
}

/** The wall clock in `zone` at `instant`, as milliseconds of a UTC date with the same fields (seconds kept). */
function wallClock(instant: Date, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of fieldsFormatter(zone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The zone's offset from UTC at `instant`, in minutes (Berlin in summer: 120; New York in winter: -300). */
export function offsetMinutes(instant: Date, zone: string): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClock(new Date(whole), zone) - whole) / MINUTE);
}

function parseLocal({ date, time }: LocalDateTime): number | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const wall = Date.UTC(y, m - 1, day, Number(t[1]), Number(t[2]));
  const check = new Date(wall);
  // 2026-02-30 rolls over to March in Date.UTC: refuse it instead.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== day) return null;
  return wall;
}

export type ZonedResult =
  | { ok: true; instant: Date; ambiguous: boolean }
  | { ok: false; reason: "invalid" | "nonexistent"; message: string };

/** The UTC instant of a local date and time in `zone`. */
export function zonedTimeToUtc(local: LocalDateTime, zone: string): ZonedResult {
  if (!isTimeZone(zone)) return { ok: false, reason: "invalid", message: "Choose a known time zone." };
  const wall = parseLocal(local);
  if (wall === null) return { ok: false, reason: "invalid", message: "Enter a real date (YYYY-MM-DD) and time (HH:MM)." };
  // The offsets in force a day and a half either side cover any transition near this wall time; each candidate
  // instant is kept only if that zone's clock really shows this wall time then.
  const offsets = new Set([-36 * 60, 0, 36 * 60].map((h) => offsetMinutes(new Date(wall + h * MINUTE), zone)));
  const instants = [...offsets]
    .map((o) => wall - o * MINUTE)
    .filter((t) => wallClock(new Date(t), zone) === wall)
    .sort((a, b) => a - b);
  if (instants.length === 0) {
    return { ok: false, reason: "nonexistent", message: `${local.date} ${local.time} does not exist in ${zone}: the clocks skip it. Choose another time.` };
  }
  return { ok: true, instant: new Date(instants[0]!), ambiguous: instants.length > 1 };
}

/** The local date (YYYY-MM-DD) and time (HH:MM) in `zone` at `instant`: what a form shows for a stored start. */
export function utcToZonedTime(instant: Date, zone: string): LocalDateTime {
  const iso = new Date(wallClock(instant, zone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** "UTC+01:00", "UTC-04:00", "UTC+05:30". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "Tue 3 Mar 2026, 10:00" in `zone`. Written from the clock's fields rather than by Intl's formatter, whose
 * punctuation differs between ICU versions: the server's text and the browser's must match exactly on hydration.
 */
export function formatInZone(instant: Date, zone: string, withDate = true): string {
  const wall = new Date(wallClock(instant, zone));
  const time = wall.toISOString().slice(11, 16);
  if (!withDate) return time;
  return `${WEEKDAYS[wall.getUTCDay()]} ${wall.getUTCDate()} ${MONTHS[wall.getUTCMonth()]} ${wall.getUTCFullYear()}, ${time}`;
}

/** "3 Mar 2026": the calendar day in `zone` (a date alone, such as "added on", still falls on the reader's day). */
export function formatDateInZone(instant: Date, zone: string): string {
  const wall = new Date(wallClock(instant, zone));
  return `${wall.getUTCDate()} ${MONTHS[wall.getUTCMonth()]} ${wall.getUTCFullYear()}`;
}

const abbreviations = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's short name at `instant`, as Intl's English (US) data gives it: "EST", "EDT", "UTC", or the offset itself
 * ("GMT+9", "GMT+5:30") where CLDR has no abbreviation that is unambiguous in English. Since CLDR lists a lettered
 * short name only where it is commonly understood, a letters-only name never needs its offset added.
 */
export function zoneAbbreviation(instant: Date, zone: string): string {
  let f = abbreviations.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" });
    abbreviations.set(zone, f);
  }
  return f.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? formatOffset(offsetMinutes(instant, zone));
}

/** "Tue 3 Mar 2026, 10:00 EST" (with `seconds`, "10:00:07 EST"): a moment a person reads, in their zone, named. */
export function formatZoned(instant: Date, zone: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const text = formatInZone(instant, zone);
  const withSeconds = seconds ? `${text}:${new Date(wallClock(instant, zone)).toISOString().slice(17, 19)}` : text;
  return `${withSeconds} ${zoneAbbreviation(instant, zone)}`;
}

/** "Tue 3 Mar 2026, 10:00–11:00 EST" (the end's date too when it falls on another day). */
export function formatZonedSpan(start: Date, minutes: number, zone: string): string {
  const end = new Date(start.getTime() + minutes * MINUTE);
  const sameDay = utcToZonedTime(start, zone).date === utcToZonedTime(end, zone).date;
  return `${formatInZone(start, zone)}–${formatInZone(end, zone, !sameDay)} ${zoneAbbreviation(start, zone)}`;
}

/** A time span in one zone, named: "Tue 3 Mar 2026, 10:00–11:00 Europe/Berlin (UTC+01:00)". */
export function formatSpanInZone(start: Date, minutes: number, zone: string): string {
  const end = new Date(start.getTime() + minutes * MINUTE);
  const sameDay = utcToZonedTime(start, zone).date === utcToZonedTime(end, zone).date;
  return `${formatInZone(start, zone)}–${formatInZone(end, zone, !sameDay)} ${zone} (${formatOffset(offsetMinutes(start, zone))})`;
}
