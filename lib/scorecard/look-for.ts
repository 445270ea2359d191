// Pure and import-free on purpose: the scorecard's client components use it, and lib/scorecard/view.ts imports the
// matrix schema (zod), which would add ~90 KB gzip to the scoring page's first load (measured by bench:pages).

/**
 * A lookFor cut into its first sentence and the rest: long matrix text (interviewer notes, answer keys) stays one
 * click away instead of pushing the levels down. A sentence ends at ".", "!" or "?" followed by a capital, so
 * "e.g. clock_timestamp()" does not end one.
 */
export function lookForParts(text: string): { first: string; rest: string } {
  const m = /^(.+?[.!?])\s+(?=[A-Z])/s.exec(text.trim());
  return m ? { first: m[1]!, rest: text.trim().slice(m[0].length) } : { first: text.trim(), rest: "" };
}
