// The shared input rules: text PostgreSQL cannot store, and numbers bounded for their columns, in every schema.
import { describe, expect, test } from "vitest";
import { parseRubric } from "@/lib/rubric/load";
import { RatingOpSchema, ReopenSchema, SummaryOpSchema } from "@/lib/scorecard/schema";
import { SignInSchema } from "@/lib/auth/schema";
import { withLines } from "./rubric-fixtures";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("scorecard and sign-in schemas", () => {
  const rating = { opId: crypto.randomUUID(), criterionId: "rep-failover", level: 3, noEvidence: false, note: "", baseRevision: 0 };
  test.each([
    ["a NUL in a note", RatingOpSchema, { ...rating, note: "a\u0000b" }, "note"],
    ["a lone high surrogate at the end of a note", RatingOpSchema, { ...rating, note: "ok \ud83d" }, "note"],
    ["a lone low surrogate in a note", RatingOpSchema, { ...rating, note: "\ude00 ok" }, "note"],
    ["a criterion id that is not an id", RatingOpSchema, { ...rating, criterionId: "rep\u0000" }, "criterionId"],
    ["a base revision past int4", RatingOpSchema, { ...rating, baseRevision: 2 ** 31 }, "baseRevision"],
    ["a NUL in a summary", SummaryOpSchema, { opId: crypto.randomUUID(), recommendation: null, summary: "\u0000", baseRevision: 0 }, "summary"],
    ["a summary base revision past int4", SummaryOpSchema, { opId: crypto.randomUUID(), recommendation: null, summary: "", baseRevision: 2 ** 31 }, "baseRevision"],
    ["a NUL in a reopen reason", ReopenSchema, { reason: "Wrong person\u0000" }, "reason"],
    ["a NUL in an email", SignInSchema, { email: "a\u0000@example.com", password: "x" }, "email"],
  ] as const)("%s is refused, naming the field", (_what, schema, value, field) => {
    const problems = messages(schema.safeParse(value));
    expect(problems.some((m) => m.startsWith(`${field}: `)), problems.join("\n")).toBe(true);
  });

  test("ordinary text is kept as typed: emoji, accents, tabs, line breaks", () => {
    const note = "Fixed it in 5′ — naïve plan 😀\n\tthen measured";
    expect(RatingOpSchema.parse({ ...rating, note }).note).toBe(note);
    expect(RatingOpSchema.parse({ ...rating, baseRevision: 2 ** 31 - 1 }).baseRevision).toBe(2 ** 31 - 1);
  });
});

describe("matrix YAML", () => {
  test("an escaped NUL or lone surrogate inside a double-quoted string is a problem at its line, not a database error", () => {
    for (const name of ['"Fail\\0over"', '"Fail\\uD800over"']) {
      const result = parseRubric(withLines({ 18: `        name: ${name}` }), "tiny.yaml");
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.problems.map((p) => [p.path, p.line]), name).toContainEqual(["competencies[0].criteria[0].name", 18]);
    }
  });
});
