/**
 * Removing a candidate's name from free text (evidence notes, scorecard summaries) when they are anonymised. Pure.
 *
 * Matched: the full name and each part of it with three letters or more, as whole words, ignoring case and accents
 * ("Zoe" finds "Zoë", "ÉLODIE" finds "Élodie"). Parts of one or two letters ("Li", "Al", "de") are left alone: they
 * are common words too often ("Al" in "Al Gore", "de" in a Spanish note) and hardly identify anyone on their own.
 * Words are delimited by anything that is not a letter or digit, in any script, so "Priya's" loses "Priya".
 */
export const NAME_REPLACEMENT = "[candidate]";

const WORD_CHAR = "[\\p{L}\\p{N}]";
const foldChar = (c: string) => c.normalize("NFD").toLowerCase().replace(/\p{M}/gu, "");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text folded (lower case, no accents), with where each folded unit came from in the original. */
function fold(text: string): { folded: string; start: number[]; end: number[] } {
  let folded = "";
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    if (f === "" && end.length) end[end.length - 1] = i + c.length; // a combining mark belongs to the letter before it
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + c.length);
    }
    folded += f;
    i += c.length;
  }
  return { folded, start, end };
}

const foldText = (s: string) => fold(s).folded;
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/** The patterns a name is found by, longest first so that the full name wins over its parts. */
export function namePatterns(names: string[]): string[] {
  const terms = new Set<string>();
  for (const name of names) {
    const words = foldText(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) continue;
    terms.add(words.map(escape).join("[\\s\\-'’.]+"));
    for (const token of foldText(name).split(/\s+/).filter((t) => letters(t) >= 3)) terms.add(escape(token));
    for (const w of words) if (letters(w) >= 3) terms.add(escape(w));
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/** `text` with every mention of any of `names` replaced by "[candidate]". */
export function scrubNames(text: string, names: string[]): string {
  const patterns = namePatterns(names);
  if (!text || patterns.length === 0) return text;
  const { folded, start, end } = fold(text);
  const re = new RegExp(`(?<!${WORD_CHAR})(?:${patterns.join("|")})(?!${WORD_CHAR})`, "gu");
  let out = "";
  let last = 0;
  for (const m of folded.matchAll(re)) {
    if (m[0].length === 0) continue;
    const from = start[m.index]!;
    const to = end[m.index + m[0].length - 1]!;
    out += text.slice(last, from) + NAME_REPLACEMENT;
    last = to;
  }
  return out + text.slice(last);
}
