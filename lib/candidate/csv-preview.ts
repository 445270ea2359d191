/**
 * The CSV import's dry run: a file's text to one line per row with its problems (the row is not imported) and
 * warnings (it is). Pure, so the preview the browser shows and the check the server repeats at import time are the
 * same code, fed with what the database holds (`Lookup`).
 */
import Papa from "papaparse";
import { normaliseEmail, nameKey } from "./normalise";
import { CsvCandidateSchema, IMPORT_MAX_ROWS, type CandidateFields } from "./schema";

export const CSV_COLUMNS = ["name", "email", "phone", "source", "links", "notes"] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** A row as the spreadsheet numbers it (the header is row 1), with its cells by column. */
export type CsvRow = { row: number; values: Record<Column, string>; problems: string[] };
export type ParsedCsv = { ok: true; rows: CsvRow[]; ignoredColumns: string[] } | { ok: false; message: string };

const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, " ");

/** Read the file: a header row naming the columns (any case, spaces around), then one candidate per row. */
export function parseCandidateCsv(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { delimiter: ",", skipEmptyLines: false });
  const records = parsed.data;
  const header = (records[0] ?? []).map(normaliseHeader);
  if (!header.includes("name")) {
    return { ok: false, message: `The first row must name the columns (${CSV_COLUMNS.join(", ")}); "name" is required. Download the template to see the layout.` };
  }
  const repeated = header.filter((h, i) => h && header.indexOf(h) !== i);
  if (repeated.length) return { ok: false, message: `The column "${repeated[0]}" appears twice in the first row.` };
  const index = new Map(header.map((h, i) => [h, i]));
  const brokenRows = new Set(parsed.errors.filter((e) => e.type === "Quotes").map((e) => e.row));

  const rows: CsvRow[] = [];
  for (const [i, cells] of records.entries()) {
    if (i === 0 || cells.every((c) => c.trim() === "")) continue; // blank lines are not rows
    const values = Object.fromEntries(CSV_COLUMNS.map((c) => [c, index.has(c) ? (cells[index.get(c)!] ?? "") : ""])) as Record<Column, string>;
    const problems: string[] = [];
    if (brokenRows.has(i)) problems.push("A quoted value is not closed properly (check its \" characters); the rows after it may have been read into it");
    else if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim())) problems.push("More values than columns (a comma outside quotes?)");
    rows.push({ row: i + 1, values, problems });
    if (rows.length > IMPORT_MAX_ROWS) {
      return { ok: false, message: `The file has more than ${IMPORT_MAX_ROWS} rows: split it into smaller files.` };
    }
  }
  if (rows.length === 0) return { ok: false, message: "The file has a header row but no candidates." };
  const ignoredColumns = header.filter((h) => h && !(CSV_COLUMNS as readonly string[]).includes(h));
  return { ok: true, rows, ignoredColumns };
}

/** A candidate already in the database; `visible` when the person importing may see it. */
export type Existing = { id: string; name: string; visible: boolean };
export type Lookup = { byEmailKey: ReadonlyMap<string, Existing>; byNameKey: ReadonlyMap<string, Existing[]> };

export type PreviewRow = {
  row: number;
  name: string;
  email: string;
  problems: string[];
  warnings: string[];
  /** The existing candidate with this email, when the importer may see it (the preview links to it). */
  duplicateOf?: { id: string; name: string };
};
/** A row the import will create, as stored. */
export type ImportableRow = { row: number; fields: CandidateFields; emailKey: string | null };

const LABELS: Record<string, string> = { name: "Name", email: "Email", phone: "Phone", source: "Source", links: "Links", notes: "Notes" };

function problemOf(field: string, message: string, value: string): string {
  if (field === "name" && value.trim() === "") return "Missing name";
  if (field === "email") return `Bad email address (${message.toLowerCase()})`;
  return `${LABELS[field] ?? field}: ${message}`;
}

const describe = (e: Existing) => (e.visible ? e.name : "a candidate you cannot see");

/** Every row with its problems and warnings, and the rows to import (those without problems). */
export function previewRows(rows: CsvRow[], lookup: Lookup): { preview: PreviewRow[]; importable: ImportableRow[] } {
  const preview: PreviewRow[] = [];
  const importable: ImportableRow[] = [];
  const emailRows = new Map<string, number>();
  const nameRows = new Map<string, number>();
  for (const r of rows) {
    const problems = [...r.problems];
    const warnings: string[] = [];
    let duplicateOf: PreviewRow["duplicateOf"];
    const parsed = CsvCandidateSchema.safeParse(r.values);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (seen.has(field)) continue;
        seen.add(field);
        problems.push(problemOf(field, issue.message, r.values[field as Column] ?? ""));
      }
    }
    const emailKey = parsed.success ? normaliseEmail(parsed.data.email) : null;
    if (emailKey) {
      const earlier = emailRows.get(emailKey);
      const existing = lookup.byEmailKey.get(emailKey);
      if (earlier !== undefined) problems.push(`Same email as row ${earlier} of this file`);
      else emailRows.set(emailKey, r.row);
      if (existing) {
        problems.push(existing.visible ? `A candidate with this email already exists: ${existing.name}` : "A candidate with this email already exists, one you cannot see: ask an admin to add them to the position");
        if (existing.visible) duplicateOf = { id: existing.id, name: existing.name };
      }
    }
    const key = nameKey(r.values.name);
    if (key) {
      const similar = lookup.byNameKey.get(key) ?? [];
      if (similar.length && !duplicateOf) warnings.push(`Similar name to ${similar.map(describe).join(", ")}: check it is not the same person`);
      const earlier = nameRows.get(key);
      if (earlier !== undefined) warnings.push(`Similar name to row ${earlier} of this file`);
      else nameRows.set(key, r.row);
    }
    preview.push({ row: r.row, name: r.values.name.trim(), email: r.values.email.trim(), problems, warnings, duplicateOf });
    if (problems.length === 0 && parsed.success) importable.push({ row: r.row, fields: parsed.data, emailKey });
  }
  return { preview, importable };
}

/** The template offered for download: the header row and one example. */
export function templateCsv(): string {
  return Papa.unparse({
    fields: [...CSV_COLUMNS],
    data: [["Ada Example", "ada@example.com", "+44 20 7946 0000", "Referral", "https://example.com/ada https://github.com/ada-example", "Met at PGConf"]],
  }, { newline: "\r\n" }) + "\r\n";
}
