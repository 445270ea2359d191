/**
 * YAML text -> a validated competency matrix, or every problem with file:line:col.
 *
 * Pipeline: guards on the raw text (size, binary content, nesting depth, amount of structure) -> YAML parse (syntax problems stop
 * here: a tree the parser could not read is not worth validating) -> our own duplicate-key pass ->
 * toJS with an alias budget -> zod shape AND cross-field rules, both always, so one run lists all
 * problems -> each problem's path mapped back to the line where it is named, and to the range an editor marks
 * (`from`/`to`: offsets in the text as given, the named node clipped to its first line).
 *
 * No I/O here: the CLI and the server read the bytes and call `parseRubricBytes`.
 */
import { LineCounter, parseDocument, type Document } from "yaml";
import { messagesForIssue } from "./messages";
import { createLocator, formatPath, pathAtOffset, scanTree } from "./positions";
import { checkRubricRules, type RuleIssue } from "./rules";
import { lintRubric } from "./lint";
import { RubricShapeSchema, type RubricDefinition } from "./schema";
import {
  MAX_RUBRIC_BYTES,
  TOO_LARGE_MESSAGE,
  decodeUtf8,
  findControlCharacter,
  findExcessiveNesting,
  findExcessiveStructure,
  isTooLarge,
  lineColAt,
} from "./source-guards";

/** `from`/`to`: UTF-16 offsets in the source as given (what an editor counts); the CLI prints only line:col. */
export type RubricProblem = { file: string; line: number; col: number; path: string; message: string; from: number; to: number };
/**
 * A valid matrix comes with its content warnings (./lint.ts: what reviewers found mechanically); they never make a
 * matrix invalid, but the CLI and the editor show them, and the shipped matrices have none.
 */
export type ParseRubricResult = { ok: true; definition: RubricDefinition; warnings: RubricProblem[] } | { ok: false; problems: RubricProblem[] };

/** A problem before it is placed: its path is formatted only if it is among those shown. `end`: where its node ends. */
type Found = { offset: number; end?: number; path: () => string; message: string };

/** yaml's `maxAliasCount`: how far aliases may expand the data. A "billion laughs" file needs millions. */
export const MAX_ALIAS_COUNT = 50;
/** A file this broken gets its first problems and a count of the rest. */
export const MAX_PROBLEMS = 200;

/** `file:line:col  path  message`, two spaces between the parts. */
export function formatProblem(p: RubricProblem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.path}  ${p.message}`;
}

/** For the CLI and uploads: refuses oversized files before decoding, and invalid UTF-8 with its position. */
export function parseRubricBytes(bytes: Uint8Array, fileName: string): ParseRubricResult {
  if (bytes.length > MAX_RUBRIC_BYTES) return fail(fileName, 1, 1, TOO_LARGE_MESSAGE);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, col } = lineColAt(decoded.validPrefix, decoded.validPrefix.length);
    return fail(fileName, line, col, "the file is not valid UTF-8 text (is it a binary file?)", decoded.validPrefix.length);
  }
  return parseRubric(decoded.text, fileName);
}

export function parseRubric(source: string, fileName: string): ParseRubricResult {
  try {
    return parseChecked(source, fileName);
  } catch (error) {
    // Should not happen (every step is guarded); never let a bad file take the caller down.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(fileName, 1, 1, `could not be read: ${reason.split("\n")[0]}`);
  }
}

function parseChecked(rawSource: string, fileName: string): ParseRubricResult {
  if (isTooLarge(rawSource)) return fail(fileName, 1, 1, TOO_LARGE_MESSAGE);
  // Editors do not count a byte-order mark as a column, so neither do we; offsets (from/to) do count it.
  const bom = rawSource.startsWith("\uFEFF") ? 1 : 0;
  const source = bom ? rawSource.slice(1) : rawSource;

  const guard = findControlCharacter(source) ?? findExcessiveNesting(source) ?? findExcessiveStructure(source);
  if (guard) {
    const { line, col } = lineColAt(source, guard.offset);
    return fail(fileName, line, col, guard.message, bom + guard.offset, bom + guard.offset + 1);
  }

  const lineCounter = new LineCounter();
  // uniqueKeys and prettyErrors are off on purpose: both are quadratic in yaml 2.9 on large inputs
  // (every key against every earlier key; the whole line copied into each error). scanTree checks
  // keys in one pass and positions come from the LineCounter.
  // logLevel "error": yaml would otherwise print warnings (e.g. about collection keys) to the console.
  const doc = withoutStackTraces(() => parseDocument(source, { uniqueKeys: false, prettyErrors: false, lineCounter, logLevel: "error" }));
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: Math.max(1, pos.line), col: Math.max(1, pos.col) };
  };
  /** The editor's range: from the offset to the node's end, but no further than its line (a block would mark lines). */
  const span = (offset: number, end = offset) => {
    const nextLine = lineCounter.lineStarts[at(offset).line];
    const to = Math.max(offset, nextLine === undefined ? end : Math.min(end, nextLine - 1));
    return { from: bom + offset, to: bom + Math.min(to, source.length) };
  };
  /** Problems in file order; at most MAX_PROBLEMS, plus one line saying how many were left out. */
  const report = (found: Found[]): ParseRubricResult => {
    const sorted = found.map((f, index) => ({ f, index })).sort((a, b) => a.f.offset - b.f.offset || a.index - b.index);
    // Paths and positions only for what is shown: a broken 1 MB file can have 100,000 parser errors.
    const problems = sorted.slice(0, MAX_PROBLEMS).map(({ f }) => ({ file: fileName, ...at(f.offset), path: f.path(), message: f.message, ...span(f.offset, f.end) }));
    const next = sorted[MAX_PROBLEMS];
    if (next) problems.push({ file: fileName, ...at(next.f.offset), path: "(root)", message: `${sorted.length - MAX_PROBLEMS} more problems not shown`, ...span(next.f.offset) });
    return { ok: false, problems };
  };

  if (doc.errors.length > 0) {
    return report(
      doc.errors.map((e) => ({
        offset: e.pos[0],
        end: e.pos[1],
        path: () => formatPath(pathAtOffset(doc, e.pos[0])),
        message: e.code === "MULTIPLE_DOCS" ? "a second YAML document starts here ('---'); a matrix file holds exactly one" : yamlMessage(e.message),
      })),
    );
  }
  const { duplicates, firstAlias, aliasRanges } = scanTree(doc);
  if (duplicates.length > 0) {
    return report(
      duplicates.map((d) => ({
        offset: d.offset,
        end: d.end,
        path: () => formatPath(d.path),
        message: `duplicate key "${d.key}" (first defined on line ${at(d.firstOffset).line})`,
      })),
    );
  }

  let value: unknown;
  try {
    value = withoutStackTraces(() => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(text)?.[1];
    if (unresolved !== undefined) {
      const message = `alias *${unresolved} refers to no anchor &${unresolved} defined before it`;
      const [offset, end] = aliasRanges.get(unresolved) ?? [0, 0];
      return report([{ offset, end, path: () => "(root)", message }]);
    }
    const message = /alias count/i.test(text)
      ? `aliases would expand to too much data (alias budget ${MAX_ALIAS_COUNT}): refusing a possible "billion laughs" file`
      : `could not be read: ${text.split("\n")[0]}`;
    const [offset, end] = firstAlias ?? [0, 0];
    return report([{ offset, end, path: () => "(root)", message }]);
  }

  const validated = validate(value);
  const locate = createLocator(doc as Document);
  if (validated.ok) {
    const warnings = lintRubric(validated.definition).map((i) => {
      const found = locate(i.path);
      return { file: fileName, ...at(found.offset), path: formatPath(i.path), message: i.message, ...span(found.offset, found.end) };
    });
    return { ok: true, definition: validated.definition, warnings: warnings.sort((a, b) => a.from - b.from) };
  }
  return report(validated.issues.map((i) => ({ ...locate(i.path), path: () => formatPath(i.path), message: i.message })));
}

/** Shape and cross-field rules, always both, without duplicates. */
function validate(value: unknown): { ok: true; definition: RubricDefinition } | { ok: false; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const parsed = RubricShapeSchema.safeParse(value);
  if (!parsed.success) {
    // zod 4 still runs length checks on a value of the wrong type ("followUps: some text" gets both
    // "expected a list" and "too long"); the type problem is the one worth reading.
    const wrongType = new Set(parsed.error.issues.filter((i) => i.code === "invalid_type").map((i) => i.path.map(String).join("\u0000")));
    for (const issue of parsed.error.issues) {
      if (issue.code !== "invalid_type" && wrongType.has(issue.path.map(String).join("\u0000"))) continue;
      issues.push(...messagesForIssue(issue, value));
    }
  }
  issues.push(...checkRubricRules(value));
  if (parsed.success && issues.length === 0) return { ok: true, definition: parsed.data };
  const seen = new Set<string>();
  return {
    ok: false,
    issues: issues.filter((i) => {
      const key = `${formatPath(i.path)}\u0000${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

function fail(file: string, line: number, col: number, message: string, from = 0, to = from): ParseRubricResult {
  return { ok: false, problems: [{ file, line, col, path: "(root)", message, from, to }] };
}

/**
 * The parser creates an Error object for every problem it meets, and capturing a stack trace is most
 * of that cost: a broken file can hold hundreds of thousands of problems (measured 2-4x faster). We
 * only read the messages. Synchronous, so no other code runs while the limit is lowered.
 */
function withoutStackTraces<T>(run: () => T): T {
  const errorClass = Error as unknown as { stackTraceLimit?: number };
  const saved = errorClass.stackTraceLimit;
  errorClass.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    errorClass.stackTraceLimit = saved;
  }
}

/** yaml's messages end with " at line L, column C:" plus a code frame when pretty; keep the sentence. */
function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").replace(/\s+$/, "") || "invalid YAML";
}
