import { describe, expect, it } from "vitest";
import { isCalendarDay, nextDay, startOfDay } from "@/lib/audit/dates";
import { parseAuditFilter } from "@/lib/audit/schema";
import { auditCsv } from "@/lib/audit/csv";
import Papa from "papaparse";

describe("startOfDay", () => {
  it("is local midnight in the zone, across daylight-saving changes", () => {
    expect(startOfDay("2026-01-15", "Europe/Berlin").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDay("2026-07-15", "Europe/Berlin").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(startOfDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDay("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(startOfDay("2026-11-02", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(startOfDay("2026-05-01", "UTC").toISOString()).toBe("2026-05-01T00:00:00.000Z");
    expect(startOfDay("2026-05-01", "Asia/Kolkata").toISOString()).toBe("2026-04-30T18:30:00.000Z");
  });

  it("is the end of the gap when the zone skips midnight", () => {
    // São Paulo started daylight saving at midnight until 2019: 4 Nov 2018 began at 01:00.
    expect(startOfDay("2018-11-04", "America/Sao_Paulo").toISOString()).toBe("2018-11-04T03:00:00.000Z");
  });
});

describe("days", () => {
  it("accepts only real calendar days and steps across months and years", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-2-1")).toBe(false);
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });
});

describe("parseAuditFilter", () => {
  it("keeps valid filters and drops the rest instead of failing", () => {
    expect(parseAuditFilter({ action: "scorecard.submitted", entity: "scorecard", actor: "system", from: "2026-01-01", to: ["2026-01-31"] }))
      .toEqual({ action: "scorecard.submitted", entity: "scorecard", actor: "system", from: "2026-01-01", to: "2026-01-31" });
    expect(parseAuditFilter({ action: "drop.table", entity: "nope", actor: "1 or 1=1", from: "yesterday", to: "" })).toEqual({});
  });
});

describe("auditCsv", () => {
  it("writes one row per event with its changes, and neutralises formulas", () => {
    const csv = auditCsv([{
      createdAt: new Date("2026-12-01T10:00:00Z"), actor: "=HYPERLINK(\"x\")", action: "position.updated", sentence: "Ada edited the position =1+1",
      entityType: "position", entityId: "p1", changes: { title: { from: "DBA", to: "Senior, DBA" } }, changedFields: [], details: {},
    }]);
    const [header, row] = Papa.parse<string[]>(csv.trim()).data;
    expect(header).toEqual(["time (UTC)", "actor", "action", "description", "entity type", "entity id", "changes", "changed personal fields", "details"]);
    expect(row).toEqual(["2026-12-01T10:00:00.000Z", "'=HYPERLINK(\"x\")", "position.updated", "Ada edited the position =1+1", "position", "p1", '{"title":{"from":"DBA","to":"Senior, DBA"}}', "", ""]);
  });
});
