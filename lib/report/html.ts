/**
 * A minimal escaping HTML template for the report's big, static parts (the matrix rows, the disagreement list).
 * Rendering them as React elements put ~10,000 elements into the RSC payload, which the server then re-rendered
 * to HTML and inlined again: most of the page's time at 200 candidates. As one string they are written once.
 * Every interpolated value is escaped unless it is itself `SafeHtml` built by `html`.
 */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Part = string | number | SafeHtml | null | undefined | false | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += render(parts[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}
