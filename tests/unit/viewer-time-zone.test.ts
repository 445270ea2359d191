// The times a person reads, in their own zone with its short name, and My interviews' days by that zone. The unit
// tests run under America/Sao_Paulo (vitest.config.ts): every expectation names its zone, none leans on the machine's.
import { describe, expect, test } from "vitest";
import { formatZoned, formatZonedSpan, supportedTimeZone, zoneAbbreviation } from "@/lib/interview/local-time";
import { groupByDay, relativeTime } from "@/lib/interview/status";
import { ProfileTimeZoneSchema } from "@/lib/people/schema";

const at = (iso: string) => new Date(iso);

describe("formatZoned: the viewer's wall clock and the zone's short name", () => {
  test("behind UTC: 15:00 UTC is 10:00 EST in New York in winter, 11:00 EDT in summer", () => {
    expect(formatZoned(at("2026-12-01T15:00:00Z"), "America/New_York")).toBe("Tue 1 Dec 2026, 10:00 EST");
    expect(formatZoned(at("2026-07-01T15:00:00Z"), "America/New_York")).toBe("Wed 1 Jul 2026, 11:00 EDT");
  });

  test("ahead of UTC, with no English abbreviation: the offset is the name (and the date moves forward)", () => {
    expect(formatZoned(at("2026-12-01T15:00:00Z"), "Asia/Tokyo")).toBe("Wed 2 Dec 2026, 00:00 GMT+9");
    expect(formatZoned(at("2026-12-01T15:00:00Z"), "Asia/Kolkata")).toBe("Tue 1 Dec 2026, 20:30 GMT+5:30");
  });

  test("the DST change in New York (1 Nov 2026, 02:00 EDT -> 01:00 EST): the repeated hour reads apart by its name", () => {
    expect(formatZoned(at("2026-11-01T05:30:00Z"), "America/New_York")).toBe("Sun 1 Nov 2026, 01:30 EDT");
    expect(formatZoned(at("2026-11-01T06:30:00Z"), "America/New_York")).toBe("Sun 1 Nov 2026, 01:30 EST");
    expect(zoneAbbreviation(at("2026-11-01T06:30:00Z"), "UTC")).toBe("UTC");
  });

  test("seconds for the audit trail; a span names the zone once and the end's date only on another day", () => {
    expect(formatZoned(at("2026-03-29T00:59:07Z"), "Europe/Berlin", { seconds: true })).toBe("Sun 29 Mar 2026, 01:59:07 GMT+1");
    expect(formatZonedSpan(at("2026-12-01T15:00:00Z"), 60, "America/New_York")).toBe("Tue 1 Dec 2026, 10:00–11:00 EST");
    expect(formatZonedSpan(at("2026-12-01T14:30:00Z"), 60, "Asia/Tokyo")).toBe("Tue 1 Dec 2026, 23:30–Wed 2 Dec 2026, 00:30 GMT+9");
  });
});

describe("groupByDay: today, upcoming and recent by the viewer's calendar day", () => {
  const items = ["2026-12-01T03:00:00Z", "2026-12-01T16:00:00Z", "2026-12-02T02:00:00Z"].map((iso) => ({ id: iso, scheduledAt: at(iso) }));
  const ids = (g: { id: string }[]) => g.map((i) => i.id);
  const now = at("2026-12-01T12:00:00Z");

  test("in UTC all three split by the UTC day", () => {
    const g = groupByDay(items, now, "UTC");
    expect(ids(g.today)).toEqual(["2026-12-01T03:00:00Z", "2026-12-01T16:00:00Z"]);
    expect(ids(g.upcoming)).toEqual(["2026-12-02T02:00:00Z"]);
  });

  test("behind UTC (New York, 07:00 on 1 Dec): 03:00Z was yesterday evening, 02:00Z tomorrow is still tonight", () => {
    const g = groupByDay(items, now, "America/New_York");
    expect(ids(g.recent)).toEqual(["2026-12-01T03:00:00Z"]);
    expect(ids(g.today)).toEqual(["2026-12-01T16:00:00Z", "2026-12-02T02:00:00Z"]);
    expect(g.upcoming).toEqual([]);
  });

  test("ahead of UTC (Tokyo, 21:00 on 1 Dec): 16:00Z and 02:00Z are tomorrow", () => {
    const g = groupByDay(items, now, "Asia/Tokyo");
    expect(ids(g.today)).toEqual(["2026-12-01T03:00:00Z"]);
    expect(ids(g.upcoming)).toEqual(["2026-12-01T16:00:00Z", "2026-12-02T02:00:00Z"]);
  });

  test("on the day the clocks go back (25 h long in New York) the whole local day is today", () => {
    const day = [at("2026-11-01T04:30:00Z"), at("2026-11-02T04:30:00Z")].map((scheduledAt, n) => ({ id: String(n), scheduledAt }));
    const g = groupByDay(day, at("2026-11-01T12:00:00Z"), "America/New_York");
    expect(ids(g.today)).toEqual(["0", "1"]); // 00:30 EDT and 23:30 EST, both on Sun 1 Nov
  });
});

describe("relativeTime", () => {
  const now = at("2026-12-01T15:00:00Z");
  test.each([
    ["2026-12-01T15:03:00Z", "now"],
    ["2026-12-01T15:40:00Z", "in 40 min"],
    ["2026-12-01T21:00:00Z", "in 6 h"],
    ["2026-12-01T13:00:00Z", "2 h ago"],
    ["2026-12-02T16:00:00Z", "tomorrow"],
    ["2026-11-30T16:00:00Z", "yesterday"],
    ["2026-12-05T15:00:00Z", "in 4 days"],
  ])("%s from 10:00 EST reads %s", (iso, text) => expect(relativeTime(at(iso), now, "America/New_York")).toBe(text));

  test("by the viewer's day: an hour ago is still today in New York (09:00) but yesterday in Tokyo (23:00)", () => {
    expect(relativeTime(at("2026-12-01T14:00:00Z"), now, "America/New_York")).toBe("1 h ago");
    expect(relativeTime(at("2026-12-01T14:00:00Z"), now, "Asia/Tokyo")).toBe("yesterday");
  });
});

describe("the profile's zone", () => {
  const userId = "00000000-0000-4000-8000-000000000001";
  test("a listed zone is kept, an alias a browser reports is stored by its listed name, empty means automatic", () => {
    expect(ProfileTimeZoneSchema.parse({ userId, timeZone: "Europe/Berlin" }).timeZone).toBe("Europe/Berlin");
    expect(ProfileTimeZoneSchema.parse({ userId, timeZone: "UTC" }).timeZone).toBe("UTC");
    expect(ProfileTimeZoneSchema.parse({ userId, timeZone: "" }).timeZone).toBeNull();
    expect(supportedTimeZone("Asia/Kolkata")).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
  });

  test.each(["Mars/Olympus", "EST", "+05:00", "x".repeat(80)])("%s is refused with a clear message", (timeZone) => {
    const r = ProfileTimeZoneSchema.safeParse({ userId, timeZone });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Choose a time zone from the list/);
  });
});
