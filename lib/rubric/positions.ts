/**
 * Between paths in the data (`competencies[2].criteria[0].anchors`) and places in the YAML text.
 *
 * A problem at a path points where that path is NAMED in the file: the key of a mapping entry
 * (`anchors:`), or the start of a list item. When the path does not exist (a missing key), it points
 * at the closest ancestor that does. All walks are loops, not recursion, so no input can overflow the
 * stack (the nesting depth is also bounded before parsing, see ./source-guards.ts).
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";
import type { PathSegment } from "./rules";

/** `["competencies", 2, "criteria", 0, "anchors"]` -> `competencies[2].criteria[0].anchors`; `[]` -> `(root)`. */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment.length > 40 ? `${segment.slice(0, 39)}…` : segment)}]`;
  }
  return out;
}

/** The string a scalar key becomes in the parsed JS object (YAML `1:` and `"1":` are the same key). */
function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return key.value === null ? "" : String(key.value);
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (node && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return [range[0], range[1]];
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  return rangeOf(node)?.[0];
}

function deref(doc: Document, node: unknown): unknown {
  // An alias stands for its anchored node; follow it so paths through aliases still resolve.
  return isAlias(node) ? node.resolve(doc) : node;
}

/** Where a path is named in the source: `offset` as before, `end` where the named node's value ends. */
export type Located = { offset: number; end: number };

/**
 * Returns a function giving the offset in the source where a path is named, or where its closest
 * existing ancestor is, and the end of that node (a mapping entry: its key through its value; a list
 * item: the item), for an editor to mark. Each mapping's keys are indexed on first use, so locating
 * thousands of problems in one large mapping stays linear.
 */
export function createLocator(doc: Document): (path: readonly PathSegment[]) => Located {
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: { items: unknown[] }, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items as Pair[]) {
        const text = keyText(pair.key);
        if (text !== undefined && !index.has(text)) index.set(text, pair);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  return (path) => {
    let node: unknown = doc.contents;
    let [offset, end] = rangeOf(node) ?? [0, 0];
    for (const segment of path) {
      node = deref(doc, node);
      if (isMap(node)) {
        const pair = pairOf(node, String(segment));
        if (!pair) break;
        const key = rangeOf(pair.key);
        const value = rangeOf(pair.value);
        offset = key?.[0] ?? value?.[0] ?? offset;
        end = Math.max(value?.[1] ?? offset, key?.[1] ?? offset);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (item === undefined) break;
        [offset, end] = rangeOf(item) ?? [offset, offset];
        node = item;
      } else {
        break;
      }
    }
    return { offset, end: Math.max(offset, end) };
  };
}

function contains(node: unknown, offset: number): boolean {
  if (!node || typeof node !== "object" || !("range" in node)) return false;
  const range = (node as { range?: [number, number, number] | null }).range;
  return !!range && range[0] <= offset && offset < Math.max(range[2], range[0] + 1);
}

/** The path of the innermost node at `offset` (used to give YAML syntax errors a path too). */
export function pathAtOffset(doc: Document, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = (node.items as Pair[]).find((p) => contains(p.key, offset) || contains(p.value, offset));
      const key = pair ? keyText(pair.key) : undefined;
      if (!pair || key === undefined) return path;
      path.push(key);
      if (contains(pair.key, offset)) return path;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}

export type DuplicateKey = { path: PathSegment[]; key: string; offset: number; end: number; firstOffset: number };

/**
 * Duplicate keys in every mapping, and the first alias (for pointing at an alias bomb).
 * We do this ourselves in one linear pass instead of `uniqueKeys: true`: the parser's check compares
 * every key with every earlier key, which takes minutes on a 1 MB mapping of distinct keys.
 */
export function scanTree(doc: Document): {
  duplicates: DuplicateKey[];
  /** The first alias in the file, as [start, end]. */
  firstAlias: [number, number] | undefined;
  /** Anchor name -> [start, end] of the first alias that refers to it. */
  aliasRanges: Map<string, [number, number]>;
} {
  const duplicates: DuplicateKey[] = [];
  const aliasRanges = new Map<string, [number, number]>();
  let firstAlias: [number, number] | undefined;
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isAlias(node)) {
      const at = rangeOf(node);
      if (at !== undefined && (firstAlias === undefined || at[0] < firstAlias[0])) firstAlias = at;
      const known = aliasRanges.get(node.source);
      if (at !== undefined && (known === undefined || at[0] < known[0])) aliasRanges.set(node.source, at);
    } else if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items as Pair<Node | null, Node | null>[]) {
        const key = keyText(pair.key);
        const at = startOf(pair.key) ?? startOf(node) ?? 0;
        if (key !== undefined) {
          const first = seen.get(key);
          if (first !== undefined) duplicates.push({ path: [...path, key], key, offset: at, end: rangeOf(pair.key)?.[1] ?? at, firstOffset: first });
          else seen.set(key, at);
        }
        stack.push({ node: pair.value, path: [...path, key ?? "?"] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  duplicates.sort((a, b) => a.offset - b.offset);
  return { duplicates, firstAlias, aliasRanges };
}
