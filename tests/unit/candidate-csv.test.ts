// The CSV import's dry run as a pure function: a file's text to rows and their problems.
import { describe, expect, test } from "vitest";
import { parseCandidateCsv, previewRows, templateCsv, type Existing, type Lookup } from "@/lib/candidate/csv-preview";
import { nameKey } from "@/lib/candidate/normalise";

const noLookup: Lookup = { byEmailKey: new Map(), byNameKey: new Map() };

function preview(text: string, lookup: Lookup = noLookup) {
  const parsed = parseCandidateCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...previewRows(parsed.rows, lookup), ignoredColumns: parsed.ignoredColumns };
}

describe("reading the file", () => {
  test("a BOM, CRLF line ends, blank lines and a header in any case with spaces", () => {
    const { preview: rows, importable } = preview("\uFEFF Name , EMAIL ,Phone\r\nAda Lovelace,ada@example.com,+44 1\r\n\r\n   ,  ,\r\nGrace Hopper,grace@example.com,\r\n");
    expect(rows.map((r) => [r.row, r.name, r.email, r.problems])).toEqual([
      [2, "Ada Lovelace", "ada@example.com", []],
      [5, "Grace Hopper", "grace@example.com", []],
    ]);
    expect(importable[0]!.fields).toMatchObject({ name: "Ada Lovelace", email: "ada@example.com", phone: "+44 1", links: [], notes: "" });
  });

  test("quoted fields keep their commas, doubled quotes and line breaks; row numbers count records, as a spreadsheet does", () => {
    const { preview: rows, importable } = preview('name,notes,links\n"Raman, Priya","said ""hi""\nthen left","https://a.example.net; https://b.example.net"\nMei Tanaka,,\n');
    expect(rows.map((r) => [r.row, r.name])).toEqual([[2, "Raman, Priya"], [3, "Mei Tanaka"]]);
    expect(importable[0]!.fields).toMatchObject({ notes: 'said "hi"\nthen left', links: ["https://a.example.net", "https://b.example.net"] });
  });

  test("unknown columns are named as ignored; columns may come in any order", () => {
    const out = preview("email,Shoe size,name\nada@example.com,38,Ada\n");
    expect(out.ignoredColumns).toEqual(["shoe size"]);
    expect(out.importable[0]!.fields).toMatchObject({ name: "Ada", email: "ada@example.com" });
  });

  test.each([
    ["no name column", "email\nada@example.com\n", /"name" is required/],
    ["an empty file", "", /"name" is required/],
    ["a header only", "name,email\r\n\r\n", /no candidates/],
    ["a column twice", "name,email,Email\nAda,a@example.com,b@example.com\n", /"email" appears twice/],
    ["more than 2000 rows", `name\n${Array.from({ length: 2001 }, (_, i) => `P${i}`).join("\n")}\n`, /more than 2000 rows/],
  ])("refuses %s with a message", (_what, text, message) => {
    const parsed = parseCandidateCsv(text);
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  test("2000 rows are fine", () => {
    expect(preview(`name\n${Array.from({ length: 2000 }, (_, i) => `P${i}`).join("\n")}\n`).importable).toHaveLength(2000);
  });

  test("a quote left open and values past the last column are the row's problems", () => {
    const { preview: rows } = preview('name,email\nAda,a@example.com,extra\n"Grace,g@example.com\nLinus,l@example.com\n');
    expect(rows[0]!.problems).toEqual([expect.stringMatching(/More values than columns/)]);
    expect(rows[1]!.problems).toEqual([expect.stringMatching(/quoted value is not closed/)]);
  });
});

describe("each row's problems and warnings", () => {
  test("missing name, bad email, bad link, too long: not importable", () => {
    const { preview: rows, importable } = preview(`name,email,links,phone\n,a@example.com,,\nBob,bob@,,\nCy,,javascript:alert(1),\nDee,,,${"9".repeat(51)}\n`);
    expect(rows.map((r) => r.problems)).toEqual([
      ["Missing name"],
      [expect.stringMatching(/^Bad email address/)],
      [expect.stringMatching(/^Links: "javascript:alert\(1\)" is not a web address/)],
      ["Phone: Use at most 50 characters"],
    ]);
    expect(importable).toEqual([]);
  });

  test("the same normalised email twice in the file: the later row is not importable", () => {
    const { preview: rows, importable } = preview("name,email\nAda,ada@example.com\nAda L,ADA+cv@Example.com\n");
    expect(rows[1]!.problems).toEqual(["Same email as row 2 of this file"]);
    expect(importable.map((r) => r.row)).toEqual([2]);
  });

  test("an email in the database: named when the importer sees that candidate, not otherwise", () => {
    const seen: Existing = { id: "c1", name: "Priya Raman", visible: true };
    const unseen: Existing = { id: "c2", name: "", visible: false };
    const lookup: Lookup = { byEmailKey: new Map([["priya@example.net", seen], ["jonas@example.net", unseen]]), byNameKey: new Map() };
    const { preview: rows, importable } = preview("name,email\nP R,Priya@example.net\nJ B,jonas+x@example.net\n", lookup);
    expect(rows[0]).toMatchObject({ problems: ["A candidate with this email already exists: Priya Raman"], duplicateOf: { id: "c1", name: "Priya Raman" } });
    expect(rows[1]!.problems).toEqual([expect.stringMatching(/one you cannot see: ask an admin/)]);
    expect(rows[1]!.duplicateOf).toBeUndefined();
    expect(importable).toEqual([]);
  });

  test("a similar name in the database or earlier in the file is a warning; the row is imported", () => {
    const lookup: Lookup = { byEmailKey: new Map(), byNameKey: new Map([[nameKey("Priya Raman"), [{ id: "c1", name: "Priya Raman", visible: true }, { id: "c9", name: "", visible: false }]]]) };
    const { preview: rows, importable } = preview('name,email\n"Raman, Priya",p2@example.org\nPRIYA  RAMAN,p3@example.org\n', lookup);
    expect(rows[0]!.warnings).toEqual(["Similar name to Priya Raman, a candidate you cannot see: check it is not the same person"]);
    expect(rows[1]!.warnings).toEqual([expect.stringMatching(/Similar name to Priya Raman/), "Similar name to row 2 of this file"]);
    expect(importable.map((r) => [r.row, r.emailKey])).toEqual([[2, "p2@example.org"], [3, "p3@example.org"]]);
  });
});

test("the template reads back as one valid row", () => {
  const out = preview(templateCsv());
  expect(out.preview).toEqual([expect.objectContaining({ row: 2, problems: [], warnings: [] })]);
  expect(out.importable[0]!.fields.links).toHaveLength(2);
});
