/**
 * Zod issues -> the sentences an admin editing a matrix reads. Zod's defaults ("Invalid input:
 * expected object, received array") talk about JavaScript; these talk about the YAML file.
 */
import type { z } from "zod";
import type { PathSegment, RuleIssue } from "./rules";
import { ID_PATTERN, KNOWN_FIELDS } from "./schema";

/** The raw value at a path (own properties only), or undefined. */
function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How a YAML value reads to a person. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text ${JSON.stringify(clip(value))}`;
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "not-a-number (.nan)";
    if (!Number.isFinite(value)) return "a number too large to represent";
    return `the number ${value}`;
  }
  if (typeof value === "boolean") return `${value} (a yes/no value)`;
  return `a value of type ${typeof value}`;
}

function expectedName(expected: string): string {
  switch (expected) {
    case "string":
      return "text";
    case "number":
      return "a number";
    case "int":
      return "a whole number";
    case "object":
    case "record":
      return "a mapping (key: value)";
    case "array":
      return "a list";
    default:
      return expected;
  }
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, "");
}

/** Levenshtein distance, stopping early: field names are short. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function suggestField(unknown: string): string | undefined {
  const n = normalize(unknown);
  if (n.length > 40) return undefined;
  return KNOWN_FIELDS.find((f) => normalize(f) === n) ?? KNOWN_FIELDS.find((f) => distance(normalize(f), n) <= 2);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** One zod issue may become several problems (one per unknown key). */
export function messagesForIssue(issue: z.core.$ZodIssue, root: unknown): RuleIssue[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
  const value = valueAt(root, path);
  const one = (message: string): RuleIssue[] => [{ path, message }];

  switch (issue.code) {
    case "invalid_type": {
      const parent = valueAt(root, path.slice(0, -1));
      const last = path[path.length - 1];
      const missing =
        value === undefined &&
        last !== undefined &&
        parent !== null &&
        typeof parent === "object" &&
        !Object.prototype.hasOwnProperty.call(parent, last);
      if (path.length === 0 && value === null) return one("the file has no content: expected a matrix (a mapping with id, title, role, ...)");
      if (missing) return one(`required field "${String(last)}" is missing`);
      if (path.length === 0) return one(`expected a mapping (id: ..., title: ...) at the top of the file, found ${describeValue(value)}`);
      return one(`expected ${expectedName(issue.expected)}, found ${describeValue(value)}`);
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return one(min <= 1 ? "must not be empty" : `must be at least ${min} characters`);
      if (issue.origin === "array") return one(min <= 1 ? "must list at least one item" : `must list at least ${plural(min, "item")}`);
      const bound = issue.inclusive ? `at least ${min}` : `greater than ${min}`;
      return one(`must be ${bound} (found ${describeValue(value).replace(/^the number /, "")})`);
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") {
        return one(`is too long: ${typeof value === "string" ? value.trim().length : "?"} characters, the limit is ${max}`);
      }
      if (issue.origin === "array") return one(`lists too many items: ${Array.isArray(value) ? value.length : "?"}, the limit is ${max}`);
      return one(`must be at most ${max} (found ${describeValue(value).replace(/^the number /, "")})`);
    }
    case "invalid_format": {
      if (issue.format === "regex" && issue.pattern === String(ID_PATTERN)) {
        const shown = typeof value === "string" ? JSON.stringify(clip(value)) : "this";
        return one(`${shown} is not a valid id: use kebab-case (lowercase letters, digits, single hyphens), e.g. "high-availability"`);
      }
      return one("has an invalid format");
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        // A typo gets a hint; a mapping with dozens of unknown keys is not a typo (and hints cost time).
        const hint = issue.keys.length <= 20 ? suggestField(key) : undefined;
        return { path: [...path, key], message: `unknown field "${clip(key)}"${hint ? ` (did you mean "${hint}"?)` : ""}` };
      });
    case "invalid_union": {
      // Only anchors are unions (text, or a mapping of core and alsoCounts): report the branch the value meant.
      const branch = typeof value === "string" || value === null || value === undefined ? 0 : value !== null && typeof value === "object" && !Array.isArray(value) ? 1 : -1;
      const inner = branch === -1 ? undefined : issue.errors[branch];
      if (!inner || inner.length === 0) {
        return one(`expected text, or a mapping with "core" (behaviours that must all be shown) and optional "alsoCounts", found ${describeValue(value)}`);
      }
      return inner.flatMap((i) => messagesForIssue({ ...i, path: [...path, ...i.path] } as z.core.$ZodIssue, root));
    }
    default:
      return one(issue.message);
  }
}
