import { isCollection, isMap, isPair, isScalar, isSeq, Pair, YAMLMap, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSegment, Position, Range } from './types.js';

/** Which part of a mapping entry a range should cover. */
export type Target = 'key' | 'value';

/** Converts a 0-based offset to a 1-based position. */
export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

const synced = new WeakSet<LineCounter>();

/**
 * Rebuilds the line starts of `lineCounter` from `text`, once per counter: yaml's parser does not
 * report the line breaks inside a multi-line plain scalar that it meets outside a document (after
 * a syntax error), so every position after one would be on an earlier line than it is.
 */
function syncLines(text: string, lineCounter: LineCounter): void {
  if (synced.has(lineCounter)) return;
  synced.add(lineCounter);
  const starts = lineCounter.lineStarts;
  starts.length = 0;
  starts.push(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
}

/** A range from two offsets; trailing white space and line breaks are left out of the end. */
export function offsetRange(text: string, lineCounter: LineCounter, start: number, end: number): Range {
  syncLines(text, lineCounter);
  // An offset on the line feed of a CRLF stands for the end of the line, like a line feed alone.
  if (text[start] === '\n' && text[start - 1] === '\r') start--;
  let e = Math.max(start, Math.min(end, text.length));
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: positionAt(lineCounter, start), end: positionAt(lineCounter, e) };
}

/** The text of each collection used as a key, once made. */
const collectionKeys = new WeakMap<Node, string>();

/**
 * A mapping key as it appears in the data (yaml's toJS): `null` and empty keys are '', numbers
 * and booleans their text, and a collection used as a key the text yaml makes of it.
 */
function keyText(key: unknown, doc: Document): string {
  if (key === null || key === undefined) return '';
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  if (isCollection(key)) {
    // Made once per key: placing each finding walks the keys before it (the parse refuses keys
    // deep enough to make this slow, model/document.ts).
    const known = collectionKeys.get(key);
    if (known !== undefined) return known;
    const probe = new YAMLMap(doc.schema);
    probe.items.push(new Pair(key, null));
    const text = Object.keys(probe.toJS(doc) as Record<string, unknown>)[0] ?? '';
    collectionKeys.set(key, text);
    return text;
  }
  return String(key);
}

interface Step {
  node: Node | null;
  key: Node | null;
}

/**
 * Walks `path` through the document. Returns every step that exists, so callers can fall back
 * to the closest existing ancestor when the path does not exist.
 */
function walk(doc: Document, path: readonly PathSegment[]): { steps: Step[]; complete: boolean } {
  const steps: Step[] = [{ node: (doc.contents as Node | null) ?? null, key: null }];
  for (const seg of path) {
    const cur = steps[steps.length - 1]!.node;
    if (isMap(cur)) {
      const pair = cur.items.find((p) => keyText(p.key, doc) === String(seg));
      if (!pair) return { steps, complete: false };
      steps.push({ node: (pair.value as Node | null) ?? null, key: (pair.key as Node | null) ?? null });
    } else if (isSeq(cur) && typeof seg === 'number') {
      const item = cur.items[seg] as Node | undefined;
      if (item === undefined) return { steps, complete: false };
      steps.push({ node: item ?? null, key: null });
    } else {
      return { steps, complete: false };
    }
  }
  return { steps, complete: true };
}

function nodeRange(n: Node | null): [number, number] | undefined {
  const r = n?.range;
  return r ? [r[0], r[1]] : undefined;
}

/**
 * The source range of `path`. When the path exists, the range covers its value (or its key when
 * `target` is `key`, or when the value is empty). When it does not, the range points at the key of
 * the closest existing ancestor, or at the first key of the document for the root.
 */
export function locate(
  doc: Document,
  text: string,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  target: Target = 'value',
): Range {
  const { steps, complete } = walk(doc, path);
  const last = steps[steps.length - 1]!;
  let r: [number, number] | undefined;
  if (complete) {
    r = target === 'key' ? (nodeRange(last.key) ?? nodeRange(last.node)) : (nodeRange(last.node) ?? nodeRange(last.key));
    if (r && last.node && isScalar(last.node) && last.node.value === null && last.key) r = nodeRange(last.key);
  } else {
    r = nodeRange(last.key) ?? nodeRange(last.node);
  }
  if (!r || steps.length === 1) {
    const root = doc.contents;
    if (!complete || path.length === 0) {
      if (isMap(root) && root.items.length > 0) r = nodeRange((root.items[0]!.key as Node | null) ?? null) ?? r;
    }
  }
  if (!r) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (r[0] === r[1]) {
    // An empty node (a missing key, as in `  : value`) sits at the start of its line: point past
    // the indentation, at the indicator that follows it.
    let s = r[0];
    while (text[s] === ' ' || text[s] === '\t') s++;
    r = [s, s];
  }
  return offsetRange(text, lineCounter, r[0], r[1]);
}

/**
 * The index of the item whose [start, end) span contains `offset`, by binary search: items of a
 * parsed collection are in document order, so a file with thousands of findings in a long list
 * stays linear overall. -1 when no item contains it.
 */
function findItem<T>(items: readonly T[], offset: number, span: (item: T) => [number, number] | undefined): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = span(items[mid]!);
    if (r === undefined) {
      // An item without a range (never in a parsed document): fall back to a linear scan.
      return items.findIndex((it) => {
        const q = span(it);
        return q !== undefined && offset >= q[0] && offset < q[1];
      });
    }
    if (offset < r[0]) hi = mid - 1;
    else if (offset >= r[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function pairSpan(p: unknown): [number, number] | undefined {
  if (!isPair(p)) return undefined;
  const k = (p.key as Node | null)?.range;
  const v = (p.value as Node | null)?.range;
  const start = k?.[0] ?? v?.[0];
  const end = v?.[2] ?? k?.[2];
  return start !== undefined && end !== undefined ? [start, end] : undefined;
}

function itemSpan(it: unknown): [number, number] | undefined {
  const r = (it as Node | null)?.range;
  return r ? [r[0], r[2]] : undefined;
}

/** The path of the innermost node that contains `offset` (keys and values). */
export function pathAt(doc: Document, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let cur: unknown = doc.contents;
  for (;;) {
    if (isMap(cur)) {
      const i = findItem(cur.items, offset, pairSpan);
      const pair = i < 0 ? undefined : cur.items[i];
      if (!pair || !isPair(pair)) return path;
      path.push(keyText(pair.key, doc));
      const v = pair.value as Node | null;
      if (!v?.range || offset < v.range[0]) return path;
      cur = v;
    } else if (isSeq(cur)) {
      const idx = findItem(cur.items, offset, itemSpan);
      if (idx < 0) return path;
      path.push(idx);
      cur = cur.items[idx];
    } else {
      return path;
    }
  }
}
