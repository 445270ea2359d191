import { describe, expect, it } from "vitest";
import { lookForParts } from "@/lib/scorecard/look-for";

describe("lookForParts", () => {
  it("keeps the first sentence in view and the rest for the disclosure", () => {
    expect(lookForParts("Decisions framed by blast radius. Score the decision here. Interviewer note: a default.")).toEqual({
      first: "Decisions framed by blast radius.",
      rest: "Score the decision here. Interviewer note: a default.",
    });
  });

  it("does not cut at an abbreviation followed by lower case", () => {
    expect(lookForParts("A volatile default (e.g. clock_timestamp()) forces a rewrite.")).toEqual({ first: "A volatile default (e.g. clock_timestamp()) forces a rewrite.", rest: "" });
  });

  it("leaves a one-sentence lookFor whole", () => {
    expect(lookForParts("  Plans read from EXPLAIN output  ")).toEqual({ first: "Plans read from EXPLAIN output", rest: "" });
  });
});
