/**
 * An RFC 5545 VTIMEZONE for an IANA zone, computed from the runtime's `Intl` zone data: the offset in force at the
 * start of a window and every offset change inside it, each as its own observance (a DTSTART without RRULE, which
 * the RFC allows). Calendar programs then place a TZID'd DTSTART exactly, without our shipping a zone database or
 * guessing a recurrence rule that the zone may change. Pure.
 */
import { offsetMinutes } from "./local-time";

const DAY = 86_400_000;
const MINUTE = 60_000;

export type Transition = { at: Date; from: number; to: number };

/** Every change of the zone's UTC offset between `from` and `to`, to the minute. */
export function offsetTransitions(zone: string, from: Date, to: Date): Transition[] {
  const out: Transition[] = [];
  let t = from.getTime();
  let before = offsetMinutes(from, zone);
  while (t < to.getTime()) {
    const next = Math.min(t + DAY, to.getTime());
    const after = offsetMinutes(new Date(next), zone);
    if (after !== before) {
      // The change lies in (t, next]: halve the interval down to one minute.
      let [lo, hi] = [t, next];
      while (hi - lo > MINUTE) {
        const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
        if (offsetMinutes(new Date(mid), zone) === before) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: before, to: after });
      before = after;
    }
    t = next;
  }
  return out;
}

/** "+0100", "-0430": a UTC offset as RFC 5545 writes it. */
export function icalOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** A floating local date-time (19700101T000000) of `utcMs` shifted by `offset` minutes. */
const localStamp = (utcMs: number, offset: number) =>
  new Date(utcMs + offset * MINUTE).toISOString().replace(/[-:]/g, "").slice(0, 15);

/**
 * The VTIMEZONE lines covering `start`..`end` with a year's margin either side (so a calendar that shows the event
 * in its month view, or a rescheduled copy, never falls outside the definition).
 */
export function vtimezoneLines(zone: string, start: Date, end: Date): string[] {
  const from = new Date(Date.UTC(start.getUTCFullYear() - 1, 0, 1));
  const to = new Date(Date.UTC(end.getUTCFullYear() + 2, 0, 1));
  const initial = offsetMinutes(from, zone);
  const transitions = offsetTransitions(zone, from, to);
  const observance = (kind: "STANDARD" | "DAYLIGHT", dtstart: string, fromOffset: number, toOffset: number) => [
    `BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${icalOffset(fromOffset)}`, `TZOFFSETTO:${icalOffset(toOffset)}`, `END:${kind}`,
  ];
  // Daylight time is the higher offset of a change; the window's first observance is daylight when the next change
  // lowers the offset (a window that starts in summer, south of the equator).
  const firstKind = transitions[0] && transitions[0].to < initial ? "DAYLIGHT" : "STANDARD";
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${zone}`,
    ...observance(firstKind, localStamp(from.getTime(), initial), initial, initial),
    // An observance's DTSTART is the local time of its onset, read on the clock in force before it (TZOFFSETFROM).
    ...transitions.flatMap((tr) => observance(tr.to > tr.from ? "DAYLIGHT" : "STANDARD", localStamp(tr.at.getTime(), tr.from), tr.from, tr.to)),
    "END:VTIMEZONE",
  ];
}
