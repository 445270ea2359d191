/**
 * The audit filter's dates: a calendar day ("2026-03-29") read in a named time zone, as the instant it starts.
 * Pure (Intl only), so daylight-saving days are unit-tested: a day is not always 24 hours long.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes the zone is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
    .formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The instant the day starts in `timeZone`: local midnight, or the end of the gap when midnight is skipped. */
export function startOfDay(day: string, timeZone: string): Date {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const local = (t: number) => t + offsetMinutes(t, timeZone) * 60_000;
  // The offset before and after a change of offset near midnight: one of the two readings is the day's start.
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  const second = wall - offsetMinutes(first, timeZone) * 60_000;
  const onThatDay = [first, second].filter((t) => local(t) >= wall && local(t) < wall + 86_400_000);
  return new Date(Math.min(...(onThatDay.length ? onThatDay : [first])));
}

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1)).toISOString().slice(0, 10);
}
