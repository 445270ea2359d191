/**
 * Zod builders for input that must survive the trip into PostgreSQL. Shared by every schema (client and server: no
 * I/O here), so the rules cannot drift between domains.
 *
 * - Text: PostgreSQL `text` and `jsonb` cannot hold U+0000 (the statement fails: a 500, and a half-done request),
 *   and a lone UTF-16 surrogate is not a character at all (the driver silently writes U+FFFD instead). Both are
 *   refused with a message; every other character, tabs and line breaks included, is kept as typed.
 * - Numbers: a JSON number is a double; the column is a 32-bit `integer`. Without a bound, 2^31 reaches the SQL cast
 *   and fails there.
 */
import { z } from "./zod";

const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, or undefined when it can. */
export function unstorableText(value: string): string | undefined {
  if (NUL.test(value)) return "must not contain NUL (U+0000) characters";
  if (LONE_SURROGATE.test(value)) return "must not contain unpaired UTF-16 surrogates (broken characters)";
  return undefined;
}

/** A string PostgreSQL stores as written. Chain `.max()`, `.trim()`, `.min()` as on any z.string(). */
export function safeText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).check((ctx) => {
    const problem = unstorableText(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
  });
}

/** PostgreSQL `integer` (int4). */
export const INT4_MAX = 2_147_483_647;

/** A whole number that fits an `integer` column, from `min` (default 0). */
export function int4(min = 0) {
  return z.number().int().min(min).max(INT4_MAX, { error: `must be at most ${INT4_MAX}` });
}
