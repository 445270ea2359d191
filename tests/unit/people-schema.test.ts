// The people schemas run in the browser (forms) and on the server: what they accept, normalise and refuse.
import { describe, expect, test } from "vitest";
import { FirstAdminSchema, NewPasswordSchema, PeopleFilterSchema, PersonSchema, SetPasswordWithLinkSchema } from "@/lib/people/schema";
import { fieldErrorsOf } from "@/lib/http/action-result";

describe("PersonSchema", () => {
  test("trims the name, lower-cases the email and keeps each role once", () => {
    expect(PersonSchema.parse({ name: "  Ivy Ng ", email: " Ivy@Example.COM ", roles: ["interviewer", "admin", "interviewer"] }))
      .toEqual({ name: "Ivy Ng", email: "ivy@example.com", roles: ["interviewer", "admin"] });
  });

  test("says what is wrong with each field", () => {
    const result = PersonSchema.safeParse({ name: " ", email: "ivy at example", roles: [] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ name: "Give a name", email: "Enter an email address", roles: "Pick at least one role" });
    expect(PersonSchema.safeParse({ name: "A\u0000", email: "a@example.com", roles: ["admin"] }).success).toBe(false);
  });
});

describe("new passwords", () => {
  test("12 characters at least, 72 bytes at most (counted as UTF-8, as bcrypt reads them)", () => {
    expect(NewPasswordSchema.safeParse("elevenchars").success).toBe(false);
    expect(NewPasswordSchema.safeParse("twelve chars").success).toBe(true);
    expect(NewPasswordSchema.safeParse("é".repeat(36)).success).toBe(true); // 72 bytes
    expect(NewPasswordSchema.safeParse("é".repeat(37)).success).toBe(false); // 74 bytes, 37 characters
  });

  test("the confirmation must match, and its error is on the confirmation field", () => {
    const token = "A".repeat(43);
    const differ = SetPasswordWithLinkSchema.safeParse({ token, password: "a long password", confirm: "a long passw0rd" });
    expect(fieldErrorsOf(differ.error!)).toEqual({ confirm: "The two passwords differ" });
    expect(SetPasswordWithLinkSchema.safeParse({ token, password: "a long password", confirm: "a long password" }).success).toBe(true);
    expect(FirstAdminSchema.safeParse({ token: "../etc", name: "Fran", email: "f@example.com", password: "a long password", confirm: "a long password" }).success).toBe(false);
  });
});

describe("PeopleFilterSchema", () => {
  test("reads the list's search parameters, and falls back to the defaults on anything unexpected", () => {
    expect(PeopleFilterSchema.parse({})).toEqual({ q: "", sort: "newest" });
    expect(PeopleFilterSchema.parse({ q: "  ada ", role: "admin", status: "disabled", sort: "name", page: "2" })).toEqual({ q: "ada", role: "admin", status: "disabled", sort: "name" });
    expect(PeopleFilterSchema.parse({ q: ["a", "b"], role: "owner", status: "", sort: "oldest" })).toEqual({ q: "", role: undefined, status: undefined, sort: "newest" });
  });
});
