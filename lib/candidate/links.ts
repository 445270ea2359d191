/**
 * A candidate's links: web addresses only (http or https), so that a link on a candidate's page can never run
 * script (javascript:) or open a local file. Pure: the form, the server and the CSV import share the rule.
 */
export const MAX_LINKS = 20;
export const MAX_LINK_LENGTH = 2000;

/** Whether `value` is an absolute http(s) address. */
export function isWebAddress(value: string): boolean {
  if (value.length > MAX_LINK_LENGTH) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export type LinksResult = { ok: true; links: string[] } | { ok: false; message: string };

/** Links typed one per line (the form) or separated by spaces or semicolons (a CSV cell); blanks are dropped. */
export function parseLinks(text: string, separator: "line" | "cell" = "line"): LinksResult {
  const parts = (separator === "line" ? text.split(/\r?\n/) : text.split(/[\s;]+/)).map((l) => l.trim());
  const links: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (!part) continue;
    if (!isWebAddress(part)) {
      const where = separator === "line" ? `Line ${i + 1}` : `"${part.length > 60 ? `${part.slice(0, 60)}…` : part}"`;
      return { ok: false, message: `${where} is not a web address starting with http:// or https://` };
    }
    if (!links.includes(part)) links.push(part);
  }
  if (links.length > MAX_LINKS) return { ok: false, message: `Give at most ${MAX_LINKS} links` };
  return { ok: true, links };
}
