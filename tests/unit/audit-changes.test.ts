import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/audit/changes";
import { nameKey, normaliseEmail } from "@/lib/candidate/normalise";
import { formToObject } from "@/components/forms/form-data";

describe("changedFields", () => {
  it("keeps only the fields whose value changed, with both values", () => {
    const at = new Date("2026-12-01T10:00:00Z");
    expect(changedFields({ title: "DBA", status: "open", at, roles: ["admin"] }, { title: "Senior DBA", status: "open", at: new Date(at), roles: ["admin", "interviewer"] })).toEqual({
      title: { from: "DBA", to: "Senior DBA" },
      roles: { from: ["admin"], to: ["admin", "interviewer"] },
    });
  });
  it("treats a field missing before as null", () => {
    expect(changedFields({}, { location: "Berlin" })).toEqual({ location: { from: null, to: "Berlin" } });
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual({});
  });
});

describe("candidate identity", () => {
  it("normalises emails: case, spaces and +tags", () => {
    expect(normaliseEmail("  Jane.Doe+Jobs@Example.COM ")).toBe("jane.doe@example.com");
    expect(normaliseEmail("")).toBeNull();
    expect(normaliseEmail(null)).toBeNull();
  });
  it("compares names without accents, case, punctuation or word order", () => {
    expect(nameKey("Raman, Priya")).toBe(nameKey("priya  RAMAN"));
    expect(nameKey("José Núñez")).toBe(nameKey("jose nunez"));
    expect(nameKey("Priya Raman")).not.toBe(nameKey("Priya Rao"));
  });
});

describe("formToObject", () => {
  it("makes names ending in [] lists, every other name a string", () => {
    const data = new FormData();
    data.append("name", "Ada");
    data.append("roles[]", "admin");
    data.append("roles[]", "interviewer");
    expect(formToObject(data)).toEqual({ name: "Ada", roles: ["admin", "interviewer"] });
  });
});
