import { describe, expect, it } from "vitest";
import { namePatterns, scrubNames } from "@/lib/retention/scrub";
import { anonymiseCopy, anonymiseMergeSnapshot, anonymisedName } from "@/lib/retention/anonymise";

describe("scrubNames", () => {
  it("replaces the full name and each part, as whole words only", () => {
    expect(scrubNames("Priya Raman explained failover. Priya then drew it; Raman's design held.", ["Priya Raman"]))
      .toBe("[candidate] explained failover. [candidate] then drew it; [candidate]'s design held.");
    expect(scrubNames("Priyanka and Ramanujan are other people; PriyaRaman is one word.", ["Priya Raman"]))
      .toBe("Priyanka and Ramanujan are other people; PriyaRaman is one word.");
  });

  it("ignores case and accents, both ways", () => {
    expect(scrubNames("ÉLODIE, élodie, Elodie and elodie-like", ["Élodie Durand"])).toBe("[candidate], [candidate], [candidate] and [candidate]-like");
    expect(scrubNames("Zoë said, zoe agreed, ZOË left", ["Zoe Smith"])).toBe("[candidate] said, [candidate] agreed, [candidate] left");
    expect(scrubNames("Jose\u0301 came", ["José Núñez"])).toBe("[candidate] came");
    expect(scrubNames("NÚÑEZ wrote", ["Jose Nunez"])).toBe("[candidate] wrote");
  });

  it("treats letters of any script as word characters", () => {
    expect(scrubNames("Mei: 美 Meiling", ["Mei Tanaka"])).toBe("[candidate]: 美 Meiling");
    expect(scrubNames("Сергей сказал", ["Сергей Иванов"])).toBe("[candidate] сказал");
  });

  it("leaves alone name parts of fewer than three letters, which are common words", () => {
    expect(scrubNames("Li Wei answered. Li said the lie was a lag; Wei agreed.", ["Li Wei"])).toBe("[candidate] answered. Li said the lie was a lag; [candidate] agreed.");
    expect(scrubNames("An answer: An Nguyen's index was an idea", ["An Nguyen"])).toBe("An answer: [candidate]'s index was an idea");
    expect(scrubNames("de la Cruz spoke de facto", ["Ana de la Cruz"])).toBe("de la [candidate] spoke de facto");
  });

  it("finds hyphenated names whole and by part, the full name across line breaks", () => {
    expect(scrubNames("Jean-Luc wrote; Luc later; Jean too", ["Jean-Luc Picard"])).toBe("[candidate] wrote; [candidate] later; [candidate] too");
    expect(scrubNames("Priya\nRaman", ["Priya Raman"])).toBe("[candidate]");
  });

  it("keeps text without the name as it is, and does nothing for an empty name", () => {
    expect(scrubNames("Solid answer on WAL; no name here.", ["Priya Raman"])).toBe("Solid answer on WAL; no name here.");
    expect(scrubNames("Priya", [""])).toBe("Priya");
    expect(namePatterns(["  "])).toEqual([]);
  });

  it("treats regular-expression characters in a name as plain text", () => {
    expect(scrubNames("A.J. (Ann) wrote", ["Ann (A.J.) Smith"])).toBe("A.J. ([candidate]) wrote");
  });
});

describe("anonymiseCopy", () => {
  const id = "3f2a9c1e-0000-4000-8000-000000000001";
  const other = "3f2a9c1e-0000-4000-8000-000000000002";
  it("anonymises the candidate's own objects, removes their name elsewhere, keeps ids and the other candidate", () => {
    const snapshot = {
      survivor: { id: other, name: "Priya R.", email: "p@example.net", notes: "Same person as Priya Raman" },
      merged: { id, name: "Priya Raman", email: "priya@example.net", phone: "+49 1", links: ["https://x"], notes: "n" },
      moved: { interviews: [id, other] },
    };
    expect(anonymiseCopy(snapshot, new Set([id]), ["Priya Raman"])).toEqual({
      survivor: { id: other, name: "[candidate] R.", email: "p@example.net", notes: "Same person as [candidate]" },
      merged: { id, name: anonymisedName(id), email: null, phone: "", links: [], notes: "" },
      moved: { interviews: [id, other] },
    });
    expect(anonymisedName(id)).toBe("Anonymised candidate 3f2a9c1e");
  });
});

describe("anonymiseMergeSnapshot", () => {
  const survivorId = "3f2a9c1e-0000-4000-8000-00000000000a";
  const mergedId = "3f2a9c1e-0000-4000-8000-00000000000b";
  const copy = (name: string, email: string) => ({ name, email, emailKey: email, phone: "+49 1", source: "Referral", links: ["https://x.example"], notes: `About ${name}` });
  // The shape lib/candidate/merge-plan.ts stores: candidate copies without ids of their own.
  const snapshot = { survivor: copy("Priya Raman", "p@example.net"), survivorAfter: copy("Priya Raman", "p@example.net"), merged: copy("Lena Okafor", "l@example.net"), movedApplicationIds: [], removedApplications: [], movedInterviewIds: [mergedId] };

  it("blanks the copies of the anonymised survivor (before and after), keeps the other person's copy and adds no ids", () => {
    const out = anonymiseMergeSnapshot(snapshot, { survivorId, mergedId }, new Set([survivorId]), ["Priya Raman"]) as typeof snapshot;
    const blank = { name: anonymisedName(survivorId), email: null, emailKey: null, phone: "", source: "", links: [], notes: "" };
    expect(out.survivor).toEqual(blank);
    expect(out.survivorAfter).toEqual(blank);
    expect(out.merged).toEqual(copy("Lena Okafor", "l@example.net"));
    expect(out.movedInterviewIds).toEqual([mergedId]);
  });

  it("blanks the merged copy when the merged-away candidate is the one anonymised", () => {
    const out = anonymiseMergeSnapshot(snapshot, { survivorId, mergedId }, new Set([mergedId]), ["Lena Okafor"]) as typeof snapshot;
    expect(out.merged).toMatchObject({ email: null, phone: "", links: [] });
    expect(out.survivor).toEqual(copy("Priya Raman", "p@example.net"));
  });
});
