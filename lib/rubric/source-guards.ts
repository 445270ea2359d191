/**
 * Cheap, linear checks on the raw text BEFORE the YAML parser sees it.
 *
 * They exist because the parser itself is not safe on every input: measured with yaml 2.9.1 on a
 * 1 MB file, `[` repeated takes ~15 s, `- ` repeated runs the process out of memory (not catchable).
 * A matrix needs a handful of nesting levels, so anything deeper is refused up front.
 */

export const MAX_RUBRIC_BYTES = 1024 * 1024;
export const TOO_LARGE_MESSAGE = "file is larger than the 1 MB limit";

/**
 * YAML indicator characters and line breaks in the whole file. The parser's cost grows with them,
 * slowly: on degenerate input it manages only ~20-50k per second on a busy 2-core machine (measured:
 * 64 KB of "[]" took 1.7 s), so 1 MB of them would take minutes. The senior matrix has ~4,600.
 */
export const MAX_STRUCTURE = 30_000;
/** Flow brackets open at once; the format needs 3 at most. */
const MAX_FLOW_DEPTH = 64;
/** Characters of indentation and block indicators (`- `, `? `, `: `, anchors, tags) before a line's content. */
const MAX_BLOCK_PREFIX = 200;

export type SourceProblem = { offset: number; message: string };

/** Whether the UTF-8 encoding of `source` is over the limit, without encoding when the answer is plain. */
export function isTooLarge(source: string): boolean {
  // Each UTF-16 unit encodes to 1-3 bytes (a surrogate pair is 2 units, 4 bytes).
  if (source.length > MAX_RUBRIC_BYTES) return true;
  if (source.length * 3 <= MAX_RUBRIC_BYTES) return false;
  return new TextEncoder().encode(source).length > MAX_RUBRIC_BYTES;
}

// YAML allows tab, LF and CR among the C0 controls; anything else means this is not a text file.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function findControlCharacter(source: string): SourceProblem | undefined {
  const match = CONTROL.exec(source);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return {
    offset: match.index,
    message: `the file contains the control character U+${code}: it looks like a binary file, not YAML text`,
  };
}

/**
 * Finds the first place where the nesting is deeper than any matrix needs. Deliberately naive: it
 * does not try to recognise quotes or comments (a `#` or a quote can be crafted to hide brackets
 * from a smarter scanner while the parser still nests them). The cost is a false alarm on a file
 * with 64 unclosed brackets in its prose, which no matrix has.
 */
export function findExcessiveNesting(source: string): SourceProblem | undefined {
  let flow = 0;
  let prefix = 0;
  let inPrefix = true;
  let inProperty = false; // inside an `&anchor` or `!tag` that is part of the line prefix
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 /* \n */) {
      prefix = 0;
      inPrefix = true;
      inProperty = false;
      continue;
    }
    if (inPrefix) {
      const isSpace = c === 32 || c === 9 || c === 13;
      if (inProperty && !isSpace) {
        prefix++;
      } else if (isSpace || c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */) {
        inProperty = false;
        prefix++;
      } else if (c === 38 /* & */ || c === 33 /* ! */) {
        inProperty = true;
        prefix++;
      } else {
        inPrefix = false;
      }
      if (prefix > MAX_BLOCK_PREFIX) {
        return { offset: i, message: `the file is indented or nested more than ${MAX_BLOCK_PREFIX} columns deep; a matrix needs far less` };
      }
      if (inPrefix) continue;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      flow++;
      if (flow > MAX_FLOW_DEPTH) {
        return { offset: i, message: `more than ${MAX_FLOW_DEPTH} nested '[' or '{' brackets; a matrix needs far fewer` };
      }
    } else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) {
      flow--;
    }
  }
  return undefined;
}

// Line breaks plus every character YAML can read as an indicator.
const STRUCTURE = new Uint8Array(128);
for (const c of "\n-?:,[]{}#&*!|>'\"%@`") STRUCTURE[c.charCodeAt(0)] = 1;

/** Refuses a file with more YAML structure than any matrix needs, before the parser spends minutes on it. */
export function findExcessiveStructure(source: string): SourceProblem | undefined {
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 128 && STRUCTURE[c] === 1 && ++count > MAX_STRUCTURE) {
      return {
        offset: i,
        message: `too much YAML structure for a matrix: more than ${MAX_STRUCTURE.toLocaleString("en-US")} line breaks and indicator characters (- : , [ ] { } ...)`,
      };
    }
  }
  return undefined;
}

/**
 * Decodes UTF-8 strictly. On invalid bytes, also returns the text before the first bad sequence (so
 * the caller can give a line and column). The bad sequence is found by bisection with a streaming
 * decoder: a truncated sequence at the end of a prefix is not an error in streaming mode, so
 * "this prefix contains an invalid sequence" only turns from false to true once.
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; validPrefix: string } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const decodePrefix = (end: number): string | undefined => {
      try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      } catch {
        return undefined;
      }
    };
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (decodePrefix(mid + 1) === undefined) high = mid;
      else low = mid + 1;
    }
    // Complete characters before the failing byte; a partial sequence held back is where the error starts.
    return { ok: false, validPrefix: decodePrefix(low) ?? "" };
  }
}

/** 1-based line and column of an offset in a string, counted without the parser. */
export function lineColAt(source: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}
