import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { canonicalJson } from '../digest.js';
import { CharterError } from '../errors.js';
import { MAX_ALIAS_COUNT } from '../model/document.js';
import { toPointer } from '../model/pointer.js';
import { keyOrderAt } from './key-order.js';

/** A path into the charter: mapping keys and sequence indices. */
export type EditPath = readonly (string | number)[];

/**
 * One change to a charter. `set` replaces the value at `path` (a mapping key or a sequence
 * index), or creates the key at its format.md position when it is missing; `append` adds an item
 * at the end of the sequence at `path`, creating the sequence when it is missing or empty;
 * `rename` gives the mapping key at `path` another name, leaving its value and place as they are.
 */
export type Edit =
  | { op: 'set'; path: EditPath; value: unknown }
  | { op: 'append'; path: EditPath; value: unknown }
  | { op: 'rename'; path: EditPath; to: string };

type Eol = '\n' | '\r\n';

/** The line ending of the text: that of its first line (LF when it has a single line). */
export function detectEol(text: string): Eol {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Applies `edits` to YAML text (without a byte order mark) and returns the new text. The text is
 * changed only where the edited nodes are: the rest — comments, key order, quoting, folded
 * scalars, blank lines, line endings — stays byte-identical, because each edit splices freshly
 * rendered YAML into the original text at the node's offsets (as the `yaml` Document API reports
 * them) instead of re-serialising the whole document, which would re-fold long scalars and
 * realign comments. New nodes take the style of their siblings (flow or block, quoting of the
 * value they replace, padding inside braces, list indentation).
 *
 * The result is parsed again and compared with the original data plus the edits; if they differ
 * (a layout this module cannot edit safely), an error is thrown and the caller writes nothing.
 */
export function applyEdits(text: string, edits: readonly Edit[], file = '<text>', original?: Record<string, unknown>): string {
  const eol = detectEol(text);
  let out = text;
  // Edits whose paths do not contain one another are computed on one parse and spliced in
  // together; an edit under (or over) an earlier one of the batch starts a new batch.
  let batch: Edit[] = [];
  const flush = (): void => {
    if (batch.length > 0) out = applyBatch(out, batch, eol, file);
    batch = [];
  };
  for (const edit of edits) {
    if (batch.some((e) => related(e.path, edit.path))) flush();
    batch.push(edit);
  }
  flush();
  const expected = structuredClone(original ?? dataOf(text, file));
  for (const edit of edits) applyToData(expected, edit, file);
  const actual = dataOf(out, file);
  if (canonicalJson(actual) !== canonicalJson(expected)) {
    throw new Error(`editing ${file} would change more than intended; the file was left untouched`);
  }
  return out;
}

/** A replacement of text[start, end). */
interface Splice {
  start: number;
  end: number;
  text: string;
}

function related(a: EditPath, b: EditPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function parseForEdit(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) {
    throw new CharterError(`${file}: cannot edit a file with YAML errors (${doc.errors[0]!.message.split('\n')[0]}); run 'charter lint ${file}'`);
  }
  return doc;
}

function applyBatch(text: string, edits: readonly Edit[], eol: Eol, file: string): string {
  const doc = parseForEdit(text, file);
  const s = new Splicer(text, eol);
  const splices = edits.map((edit, order) => ({ ...applyOne(doc, s, edit, file), order }));
  const overlapping = splices.some((a, i) => splices.some((b, j) => i < j && a.start < b.end && b.start < a.end));
  if (overlapping) {
    // Cannot happen for unrelated paths; stay safe by applying them one at a time.
    let out = text;
    for (const edit of edits) out = applyBatch(out, [edit], eol, file);
    return out;
  }
  // From the end of the text backwards, so earlier offsets stay valid; at one offset, the
  // first edit's text goes first.
  splices.sort((a, b) => b.start - a.start || b.order - a.order);
  let out = text;
  for (const sp of splices) out = out.slice(0, sp.start) + sp.text + out.slice(sp.end);
  return out;
}

function dataOf(text: string, file: string): Record<string, unknown> {
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) throw new Error(`editing ${file} produced invalid YAML (${doc.errors[0]!.message.split('\n')[0]})`);
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
}

function describe(path: EditPath): string {
  return toPointer([...path]) || '/';
}

/** The same edit on plain data (what the YAML must read as afterwards). */
export function applyToData(data: Record<string, unknown>, edit: Edit, file = '<text>'): void {
  const parentPath = edit.path.slice(0, -1);
  const last = edit.path[edit.path.length - 1]!;
  let parent: unknown = data;
  for (const k of parentPath) parent = (parent as Record<string | number, unknown> | undefined)?.[k];
  if (parent === null || typeof parent !== 'object') {
    throw new CharterError(`${file}: cannot edit ${describe(edit.path)}: ${describe(parentPath)} is missing or not a mapping`);
  }
  const p = parent as Record<string | number, unknown>;
  if (edit.op === 'rename') {
    if (!(last in p)) throw new CharterError(`${file}: cannot rename ${describe(edit.path)}: there is no such key`);
    const value = p[last];
    delete p[last];
    p[edit.to] = value;
    return;
  }
  const value = structuredClone(edit.value);
  if (edit.op === 'set') p[last] = value;
  else {
    const cur = p[last];
    if (Array.isArray(cur)) cur.push(value);
    else p[last] = [value];
  }
}

function keyName(pair: Pair): string | undefined {
  const k = pair.key as unknown;
  if (isScalar(k)) return String(k.value);
  return typeof k === 'string' ? k : undefined;
}

function isNullScalar(node: unknown): boolean {
  return node == null || (isScalar(node) && node.value === null);
}

class Splicer {
  constructor(
    readonly text: string,
    readonly eol: Eol,
  ) {}

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** The end of a node, before the line breaks and blanks that the `yaml` ranges include. */
  trimEnd(end: number, floor = 0): number {
    let e = end;
    while (e > floor && /[ \t\r\n]/.test(this.text[e - 1]!)) e--;
    return e;
  }

  /** Where a line inserted after the one holding `offset` starts; `atEof` when that line is the last and has no line break. */
  nextLine(offset: number): { at: number; atEof: boolean } {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? { at: this.text.length, atEof: true } : { at: nl + 1, atEof: false };
  }

  /** Inserts whole lines (each written with the file's line ending) after the line holding `offset`. */
  insertLinesAfter(offset: number, lines: string[]): Splice {
    const { at, atEof } = this.nextLine(offset);
    const block = lines.join(this.eol);
    return atEof ? this.splice(at, at, this.eol + block) : this.splice(at, at, block + this.eol);
  }

  splice(start: number, end: number, replacement: string): Splice {
    return { start, end, text: replacement.replace(/\r?\n/g, this.eol) };
  }

  /** Whether a flow collection starting at `offset` writes a space inside its brackets. */
  flowPadding(offset: number): boolean {
    return this.text[offset + 1] === ' ';
  }
}

/** How sequences inside a block mapping are indented in this file (`key:\n  - x` or `key:\n- x`). */
function detectIndentSeq(doc: Document.Parsed, s: Splicer): boolean {
  let found: boolean | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || !isMap(node) || node.flow) return;
    for (const pair of node.items) {
      const v = pair.value as unknown;
      const k = pair.key as unknown;
      if (isSeq(v) && !v.flow && v.items.length > 0 && isScalar(k) && k.range && v.range) {
        found = s.column(v.range[0]) > s.column(k.range[0]);
        return;
      }
      visit(v);
      if (isSeq(v)) for (const item of v.items) visit(item);
    }
  };
  visit(doc.contents);
  return found ?? true;
}

/** Renders a value on one line in flow style (`{name: A, date: 2026-01-02}`). */
function renderFlow(value: unknown, padding: boolean): string {
  const doc = new Document([value]);
  (doc.contents as YAMLSeq).flow = true;
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  const inner = out.slice(1, -1);
  if (!padding || !isCollection((doc.contents as YAMLSeq).items[0])) return inner;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd().slice(1, -1);
}

/** Renders a scalar keeping the quoting style it replaces when that style can hold the value. */
function renderScalar(value: unknown, type: Scalar['type'] | undefined, inFlow: boolean): string {
  const doc = new Document([value]);
  const seq = doc.contents as YAMLSeq;
  seq.flow = true;
  const node = seq.items[0];
  if (isScalar(node) && typeof value === 'string' && (type === 'PLAIN' || type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE')) {
    node.type = type;
  }
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().slice(1, -1);
  if (inFlow) return out;
  // Outside a flow collection, plain scalars may hold `,[]{}`; render again without the flow context.
  const plain = new Document(value);
  if (isScalar(plain.contents) && node && isScalar(node)) plain.contents.type = node.type;
  return plain.toString({ lineWidth: 0 }).trimEnd();
}

/** Renders a value in block style as lines (a mapping or sequence: one line per entry). */
function renderBlock(value: unknown, indentSeq: boolean): string[] {
  const out = new Document(value).toString({ lineWidth: 0, indentSeq }).replace(/\n$/, '');
  return out.split('\n');
}

function applyOne(doc: Document.Parsed, s: Splicer, edit: Edit, file: string): Splice {
  const parentPath = edit.path.slice(0, -1);
  const last = edit.path[edit.path.length - 1];
  if (last === undefined) throw new Error('an edit needs a non-empty path');
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (edit.op === 'rename') {
    const pair = isMap(parent) ? parent.items.find((p) => keyName(p) === String(last)) : undefined;
    const key = pair?.key as Node | undefined;
    if (!isMap(parent) || !pair || !key?.range || !isScalar(key)) throw new CharterError(`${file}: cannot rename ${describe(edit.path)}: there is no such key`);
    if (parent.items.some((p) => keyName(p) === edit.to)) throw new CharterError(`${file}: cannot rename ${describe(edit.path)}: '${edit.to}' is there already`);
    return s.splice(key.range[0], s.trimEnd(key.range[1], key.range[0]), renderScalar(edit.to, key.type, parent.flow === true));
  }
  if (edit.op === 'append') {
    const target = isMap(parent) && typeof last === 'string' ? parent.items.find((p) => keyName(p) === last) : undefined;
    const node = parentPath.length === 0 && !isMap(parent) ? undefined : doc.getIn(edit.path, true);
    if (isSeq(node) && node.items.length > 0) return appendItem(s, node, edit.value, detectIndentSeq(doc, s), file, edit.path);
    if (node !== undefined && !isNullScalar(node) && !(isSeq(node) && node.items.length === 0)) {
      throw new CharterError(`${file}: cannot add to ${describe(edit.path)}: it is not a list; fix it (charter lint ${file}) and run again`);
    }
    if (!isMap(parent)) throw new CharterError(`${file}: cannot edit ${describe(edit.path)}: ${describe(parentPath)} is missing or not a mapping`);
    if (target) return replacePair(s, doc, parent, target, [edit.value], file, edit.path);
    return insertPair(s, doc, parent, parentPath, String(last), [edit.value], file, edit.path);
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    if (!item || !(item as Node).range) throw new CharterError(`${file}: ${describe(edit.path)} does not exist`);
    return replaceNode(s, doc, item as Node, edit.value, parent.flow === true);
  }
  if (isMap(parent) && typeof last === 'string') {
    const pair = parent.items.find((p) => keyName(p) === last);
    if (!pair) return insertPair(s, doc, parent, parentPath, last, edit.value, file, edit.path);
    if (isNullScalar(pair.value) || !(pair.value as Node).range) return replacePair(s, doc, parent, pair, edit.value, file, edit.path);
    return replaceNode(s, doc, pair.value as Node, edit.value, parent.flow === true);
  }
  throw new CharterError(`${file}: cannot edit ${describe(edit.path)}: ${describe(parentPath)} is missing or not a mapping; fix it (charter lint ${file}) and run again`);
}

function isObjectValue(v: unknown): boolean {
  return v !== null && typeof v === 'object';
}

/** Replaces one node in place; a block collection keeps its indentation, a flow one stays on its line. */
function replaceNode(s: Splicer, doc: Document.Parsed, node: Node, value: unknown, inFlow: boolean): Splice {
  const [start, rawEnd] = node.range!;
  const end = s.trimEnd(rawEnd, start);
  if (isScalar(node) && !isObjectValue(value)) {
    return s.splice(start, end, renderScalar(value, node.type, inFlow));
  }
  if (isCollection(node) && !node.flow && isObjectValue(value)) {
    const lines = renderBlock(value, detectIndentSeq(doc, s));
    const pad = ' '.repeat(s.column(start));
    return s.splice(start, end, lines.map((l, i) => (i === 0 ? l : pad + l)).join('\n'));
  }
  const padding = isCollection(node) && node.flow ? s.flowPadding(start) : false;
  return s.splice(start, end, isObjectValue(value) ? renderFlow(value, padding) : renderScalar(value, undefined, inFlow));
}

/** The end of a pair: after its value, or after its `:` when the value is empty. */
function pairEnd(s: Splicer, pair: Pair): number {
  const key = pair.key as Node;
  let end = key.range![1];
  while (s.text[end] === ' ' || s.text[end] === '\t') end++;
  if (s.text[end] === ':') end++;
  const value = pair.value as Node | null;
  if (value?.range && !isNullScalar(value)) end = Math.max(end, s.trimEnd(value.range[1], value.range[0]));
  else if (value?.range && value.range[1] > value.range[0]) end = Math.max(end, value.range[1]);
  return end;
}

function pairLines(key: string, value: unknown, indentSeq: boolean): string[] {
  return renderBlock({ [key]: value }, indentSeq);
}

/** Replaces a whole `key: value` pair (used when the value is empty: `key:`, `key: ~`, `key: []`). */
function replacePair(s: Splicer, doc: Document.Parsed, parent: YAMLMap, pair: Pair, value: unknown, file: string, path: EditPath): Splice {
  const key = pair.key as Node;
  if (!key.range) throw new CharterError(`${file}: cannot edit ${describe(path)}: unusual key layout`);
  const start = key.range[0];
  const end = pairEnd(s, pair);
  if (parent.flow) return s.splice(start, end, `${keyName(pair)}: ${renderFlow(value, false)}`);
  const pad = ' '.repeat(s.column(start));
  const lines = pairLines(keyName(pair)!, value, detectIndentSeq(doc, s));
  return s.splice(start, end, lines.map((l, i) => (i === 0 ? l : pad + l)).join('\n'));
}

/** Adds a missing key at its format.md position: after the last key that comes before it. */
function insertPair(
  s: Splicer,
  doc: Document.Parsed,
  parent: YAMLMap,
  parentPath: EditPath,
  key: string,
  value: unknown,
  file: string,
  path: EditPath,
): Splice {
  const pairs = parent.items.filter((p) => (p.key as Node | null)?.range);
  const order = keyOrderAt(parentPath) ?? [];
  const rank = order.indexOf(key);
  let prev: Pair | undefined;
  let next: Pair | undefined;
  if (rank >= 0) {
    for (const p of pairs) {
      const r = order.indexOf(keyName(p) ?? '');
      if (r >= 0 && r < rank) prev = p;
      if (r > rank && next === undefined) next = p;
    }
  }
  if (!prev && !next) prev = pairs[pairs.length - 1];
  if (!prev && !next) {
    throw new CharterError(`${file}: cannot add ${describe(path)}: ${describe(parentPath)} is empty; add the key by hand`);
  }
  if (parent.flow) {
    const padding = s.flowPadding(parent.range![0]);
    const entry = `${key}: ${isObjectValue(value) ? renderFlow(value, padding) : renderScalar(value, undefined, true)}`;
    if (prev) return s.splice(pairEnd(s, prev), pairEnd(s, prev), `, ${entry}`);
    const at = (next!.key as Node).range![0];
    return s.splice(at, at, `${entry}, `);
  }
  const anchor = (prev ?? next)!;
  const indent = ' '.repeat(s.column((anchor.key as Node).range![0]));
  const lines = pairLines(key, value, detectIndentSeq(doc, s)).map((l) => indent + l);
  const topLevel = parentPath.length === 0;
  if (prev) {
    const prevStart = s.lineStart((prev.key as Node).range![0]);
    // Top-level sections separated by blank lines get one before the new section too.
    const blankBefore = topLevel && prevStart >= 2 && /\r?\n\r?\n$/.test(s.text.slice(0, prevStart));
    return s.insertLinesAfter(pairEnd(s, prev), blankBefore ? ['', ...lines] : lines);
  }
  // Before the next key, above the comment lines that introduce it.
  let at = s.lineStart((next!.key as Node).range![0]);
  while (at > 0) {
    const above = s.lineStart(at - 1);
    if (!/^[ \t]*#/.test(s.text.slice(above, at))) break;
    at = above;
  }
  const blankAfter = topLevel && at >= 2 && /\n\r?\n$/.test(s.text.slice(0, at));
  return s.splice(at, at, [...lines, ...(blankAfter ? [''] : [])].join('\n') + '\n');
}

/** Appends an item to a non-empty sequence, in the style of its last item. */
function appendItem(s: Splicer, seq: YAMLSeq, value: unknown, indentSeq: boolean, file: string, path: EditPath): Splice {
  const lastItem = seq.items[seq.items.length - 1] as Node;
  if (!lastItem?.range) throw new CharterError(`${file}: cannot add to ${describe(path)}: unusual list layout`);
  const end = s.trimEnd(lastItem.range[1], lastItem.range[0]);
  const itemFlow = isCollection(lastItem) && lastItem.flow;
  if (seq.flow) {
    const padding = itemFlow ? s.flowPadding(lastItem.range[0]) : false;
    return s.splice(end, end, `, ${isObjectValue(value) ? renderFlow(value, padding) : renderScalar(value, undefined, true)}`);
  }
  const prefix = s.text.slice(s.lineStart(lastItem.range[0]), lastItem.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) {
    throw new CharterError(`${file}: cannot add to ${describe(path)}: its last item is laid out in a way charter cannot edit safely; put it on the line of its '-'`);
  }
  let lines: string[];
  if (!isObjectValue(value)) lines = [renderScalar(value, isScalar(lastItem) ? lastItem.type : undefined, false)];
  else if (itemFlow) lines = [renderFlow(value, s.flowPadding(lastItem.range[0]))];
  else lines = renderBlock(value, indentSeq);
  const pad = ' '.repeat(prefix.length);
  return s.insertLinesAfter(end, lines.map((l, i) => (i === 0 ? prefix + l : pad + l)));
}
