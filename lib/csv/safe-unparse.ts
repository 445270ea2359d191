// CSV for spreadsheets (pure): papaparse quotes fields with commas, quotes and line breaks, and every cell is made
// safe from formula injection. Shared by every CSV export (the report's, the audit trail's).
import Papa from "papaparse";

/*
 * CSV injection (OWASP): a cell that starts with = + - @ is run as a formula by Excel, LibreOffice and Sheets. Where a
 * cell starts is not only the field's first character: Excel splits on ";" in locales whose list separator it is,
 * LibreOffice's import dialog on tab, "|" or any character, and tools that ignore quotes split a field at every
 * separator and line break. So a trigger after any of those (spaces and tabs between allowed: they do not make it
 * text everywhere) gets the apostrophe too, and fields holding ";", tab or "|" are quoted like those holding commas.
 * Text where no trigger follows a separator ("e-mail", "x = y", "3-4 years", "C++") is untouched; plain numbers stay
 * numbers. The cost: a note line starting "- " or "+1" exports as "'- " / "'+1".
 */
const FORMULA_AT_CELL_START = /(^|[,;|\t\r\n])([ \t]*)(?=[=+\-@])/g;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const safe = (value: string) => (PLAIN_NUMBER.test(value) ? value : value.replace(FORMULA_AT_CELL_START, "$1$2'"));

/** Every cell and header through `safe`, and quoted wherever another separator could split it. */
export function safeUnparse(fields: string[], rows: string[][]): string {
  return Papa.unparse({ fields: fields.map(safe), data: rows.map((r) => r.map(safe)) }, { quotes: (value: unknown) => typeof value === "string" && /[;\t|]/.test(value) });
}
