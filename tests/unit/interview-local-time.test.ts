// Local date + time + IANA zone -> UTC, across the clock changes of Europe/Berlin and America/New_York. The unit tests
// run under America/Sao_Paulo (vitest.config.ts), so nothing here may lean on the machine's own zone.
import { describe, expect, test } from "vitest";
import { formatDateInZone, formatOffset, formatSpanInZone, isTimeZone, offsetMinutes, utcToZonedTime, zonedTimeToUtc } from "@/lib/interview/local-time";

const utc = (date: string, time: string, zone: string) => {
  const r = zonedTimeToUtc({ date, time }, zone);
  return r.ok ? r.instant.toISOString() : r.reason;
};

describe("zonedTimeToUtc", () => {
  test("Europe/Berlin: winter is UTC+1, summer UTC+2", () => {
    expect(utc("2026-01-15", "10:00", "Europe/Berlin")).toBe("2026-01-15T09:00:00.000Z");
    expect(utc("2026-07-15", "10:00", "Europe/Berlin")).toBe("2026-07-15T08:00:00.000Z");
  });

  test("Europe/Berlin, spring forward (29 March 2026, 02:00 -> 03:00): the skipped times are refused, either side is exact", () => {
    expect(utc("2026-03-29", "01:59", "Europe/Berlin")).toBe("2026-03-29T00:59:00.000Z");
    expect(utc("2026-03-29", "02:00", "Europe/Berlin")).toBe("nonexistent");
    expect(utc("2026-03-29", "02:30", "Europe/Berlin")).toBe("nonexistent");
    expect(utc("2026-03-29", "02:59", "Europe/Berlin")).toBe("nonexistent");
    expect(utc("2026-03-29", "03:00", "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z");
    const refused = zonedTimeToUtc({ date: "2026-03-29", time: "02:30" }, "Europe/Berlin");
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("does not exist in Europe/Berlin") });
  });

  test("Europe/Berlin, fall back (25 October 2026, 03:00 -> 02:00): a repeated time is its first occurrence, marked ambiguous", () => {
    expect(zonedTimeToUtc({ date: "2026-10-25", time: "02:30" }, "Europe/Berlin")).toEqual({ ok: true, instant: new Date("2026-10-25T00:30:00Z"), ambiguous: true });
    expect(utc("2026-10-25", "01:59", "Europe/Berlin")).toBe("2026-10-24T23:59:00.000Z");
    expect(zonedTimeToUtc({ date: "2026-10-25", time: "03:00" }, "Europe/Berlin")).toEqual({ ok: true, instant: new Date("2026-10-25T02:00:00Z"), ambiguous: false });
  });

  test("America/New_York, spring forward (8 March 2026) and fall back (1 November 2026)", () => {
    expect(utc("2026-03-08", "01:59", "America/New_York")).toBe("2026-03-08T06:59:00.000Z");
    expect(utc("2026-03-08", "02:30", "America/New_York")).toBe("nonexistent");
    expect(utc("2026-03-08", "03:00", "America/New_York")).toBe("2026-03-08T07:00:00.000Z");
    expect(zonedTimeToUtc({ date: "2026-11-01", time: "01:30" }, "America/New_York")).toEqual({ ok: true, instant: new Date("2026-11-01T05:30:00Z"), ambiguous: true });
    expect(utc("2026-11-01", "02:00", "America/New_York")).toBe("2026-11-01T07:00:00.000Z");
  });

  test("the weeks when Europe and America have changed their clocks but the other has not", () => {
    // 20 March 2026: New York is on summer time (UTC-4), Berlin still on winter time (UTC+1): 5 hours apart, not 6.
    const ny = zonedTimeToUtc({ date: "2026-03-20", time: "10:00" }, "America/New_York");
    expect(ny).toMatchObject({ ok: true, instant: new Date("2026-03-20T14:00:00Z") });
    expect(utcToZonedTime(new Date("2026-03-20T14:00:00Z"), "Europe/Berlin")).toEqual({ date: "2026-03-20", time: "15:00" });
  });

  test("half-hour zones and UTC; impossible dates, malformed input and unknown zones are refused", () => {
    expect(utc("2026-06-01", "10:00", "Asia/Kolkata")).toBe("2026-06-01T04:30:00.000Z");
    expect(utc("2026-06-01", "10:00", "UTC")).toBe("2026-06-01T10:00:00.000Z");
    expect(utc("2026-02-29", "10:00", "UTC")).toBe("invalid");
    expect(utc("2028-02-29", "10:00", "UTC")).toBe("2028-02-29T10:00:00.000Z");
    expect(utc("2026-06-01", "24:00", "UTC")).toBe("invalid");
    expect(utc("1.6.2026", "10:00", "UTC")).toBe("invalid");
    expect(utc("2026-06-01", "10:00", "Mars/Olympus_Mons")).toBe("invalid");
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("back from UTC, and display", () => {
  test("utcToZonedTime gives what the form shows, and round-trips", () => {
    expect(utcToZonedTime(new Date("2026-07-15T08:00:00Z"), "Europe/Berlin")).toEqual({ date: "2026-07-15", time: "10:00" });
    expect(utcToZonedTime(new Date("2026-11-01T06:30:00Z"), "America/New_York")).toEqual({ date: "2026-11-01", time: "01:30" });
    for (const iso of ["2026-03-29T01:00:00Z", "2026-12-31T23:30:00Z", "2026-03-08T07:00:00Z"]) {
      for (const zone of ["Europe/Berlin", "America/New_York", "Asia/Kolkata"]) {
        const local = utcToZonedTime(new Date(iso), zone);
        expect(zonedTimeToUtc(local, zone)).toMatchObject({ ok: true, instant: new Date(iso) });
      }
    }
  });

  test("offsets and named spans", () => {
    expect(offsetMinutes(new Date("2026-07-01T00:00:00Z"), "Europe/Berlin")).toBe(120);
    expect(offsetMinutes(new Date("2026-01-01T00:00:00Z"), "America/New_York")).toBe(-300);
    expect(formatOffset(330)).toBe("UTC+05:30");
    expect(formatOffset(-240)).toBe("UTC-04:00");
    expect(formatSpanInZone(new Date("2026-07-15T08:00:00Z"), 60, "Europe/Berlin")).toBe("Wed 15 Jul 2026, 10:00–11:00 Europe/Berlin (UTC+02:00)");
  });
});

describe("formatDateInZone", () => {
  test("a date alone is the reader's calendar day: 23:30 UTC is already the next day in Tokyo, still the same in New York", () => {
    const late = new Date("2026-03-02T23:30:00Z");
    expect(formatDateInZone(late, "UTC")).toBe("2 Mar 2026");
    expect(formatDateInZone(late, "Asia/Tokyo")).toBe("3 Mar 2026");
    expect(formatDateInZone(new Date("2026-03-03T02:00:00Z"), "America/New_York")).toBe("2 Mar 2026");
  });
});
