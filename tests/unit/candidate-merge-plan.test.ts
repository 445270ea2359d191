// What a merge keeps of two candidates, and the link rule both the form and the import use.
import { describe, expect, test } from "vitest";
import { differingFields, mergedFields, type CandidateSnapshot } from "@/lib/candidate/merge-plan";
import { parseLinks } from "@/lib/candidate/links";

const keep: CandidateSnapshot = { name: "Priya Raman", email: "priya@example.net", emailKey: "priya@example.net", phone: "", source: "Referral", links: ["https://a.example.net"], notes: "First" };
const merge: CandidateSnapshot = { name: "Raman, Priya", email: "P.Raman+cv@Example.org", emailKey: "p.raman@example.org", phone: "+1 555", source: "Referral", links: ["https://b.example.net", "https://a.example.net"], notes: "Second" };

describe("mergedFields", () => {
  test("only differing fields are offered; same values stay whatever is chosen", () => {
    expect(differingFields(keep, merge)).toEqual(["name", "email", "phone", "links", "notes"]);
    expect(mergedFields(keep, merge, { name: "keep", email: "keep", phone: "keep", source: "merge", links: "keep", notes: "keep" })).toEqual(keep);
  });

  test("the merged candidate's values, or both for links and notes; the email key follows the email kept", () => {
    expect(mergedFields(keep, merge, { name: "merge", email: "merge", phone: "merge", source: "keep", links: "combine", notes: "combine" })).toEqual({
      name: "Raman, Priya", email: "P.Raman+cv@Example.org", emailKey: "p.raman@example.org", phone: "+1 555", source: "Referral",
      links: ["https://a.example.net", "https://b.example.net"], notes: "First\n\nSecond",
    });
    expect(mergedFields({ ...keep, notes: "" }, merge, { name: "keep", email: "keep", phone: "keep", source: "keep", links: "merge", notes: "combine" })).toMatchObject({ links: merge.links, notes: "Second" });
  });
});

describe("parseLinks", () => {
  test("one http(s) address per line, blanks and repeats dropped", () => {
    expect(parseLinks(" https://a.example.net \n\nhttp://b.example.net/x?y=1\r\nhttps://a.example.net")).toEqual({ ok: true, links: ["https://a.example.net", "http://b.example.net/x?y=1"] });
  });
  test.each(["javascript:alert(1)", "ftp://files.example.net", "example.net", "https://", "file:///etc/passwd"])("refuses %s, naming the line", (bad) => {
    expect(parseLinks(`https://ok.example.net\n${bad}`)).toEqual({ ok: false, message: "Line 2 is not a web address starting with http:// or https://" });
  });
  test("at most 20", () => {
    expect(parseLinks(Array.from({ length: 21 }, (_, i) => `https://e${i}.example.net`).join("\n"))).toEqual({ ok: false, message: "Give at most 20 links" });
  });
});
