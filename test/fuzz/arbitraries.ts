/**
 * fast-check generators for the fuzz tests of `lint` and `render` (test/fuzz/*.fuzz.test.ts).
 *
 * - {@link charterData}: a real charter (the base charter of the rule tests or one of the examples)
 *   with random mutations anywhere: hostile strings, values of the wrong type, missing and extra
 *   keys (`x-` keys, `__proto__`, `constructor`), deep random subtrees.
 * - {@link charterText}: such data serialised with yaml's `stringify` (in a random style), then
 *   optionally damaged as text: characters deleted, YAML metacharacters and raw scalars (`yes`,
 *   `~`, `0x1F`, `.inf`, `2024-02-30`...) inserted, lines duplicated or re-indented, tabs, `---`,
 *   CRLF line breaks, a byte order mark.
 * - {@link validCharter}: a schema-valid charter whose free-text fields hold hostile strings, for
 *   the render properties; {@link markedCharter} puts a unique HTML marker in every free-text field.
 *
 * Run counts: {@link runs} scales each property's CI count by the `FUZZ_RUNS` multiplier (see
 * scripts/fuzz.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify, type ToStringOptions } from 'yaml';
import { schemaErrors } from '../../src/schema/validate.js';
import { baseCharter, type Data } from '../helpers/base-charter.js';
import { onboardingCharter } from '../helpers/cross-charters.js';
import { ROOT } from '../helpers/cli.js';

export type { Data };

// ---------------------------------------------------------------------------------------------
// Run counts

/** The `FUZZ_RUNS` multiplier (1 in CI; scripts/fuzz.mjs sets it for long runs). */
export const FUZZ_SCALE = (() => {
  const raw = process.env['FUZZ_RUNS'];
  const n = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`FUZZ_RUNS must be a positive number, got '${raw}'`);
  return n;
})();

/** The number of runs of a property whose CI count is `ci`. */
export function runs(ci: number): number {
  return Math.max(1, Math.round(ci * FUZZ_SCALE));
}

/** A test timeout that grows with the number of runs (generous: it only catches hangs). */
export function timeout(ciMs: number): number {
  return Math.round(ciMs * Math.max(1, FUZZ_SCALE));
}

// ---------------------------------------------------------------------------------------------
// Hostile strings

/** Strings that have broken parsers, escapers and terminals before. */
export const NASTY: readonly string[] = [
  // astral plane, combining, ZWJ sequences
  '😀', '𝕏𝔶𝔷', '𠜎𠜱', '👨‍👩‍👧', '🏳️‍🌈', 'e\u0301', 'Z̤͔ͧ̑̓', '\u{10FFFF}', '\u{1D11E}',
  // right-to-left and bidi controls
  '\u202Eevil', '\u200F', '\u2067x\u2069', 'مرحبا بالعالم', 'שלום', '\u061C',
  // control characters and odd line breaks
  '\u0000', '\u0007', '\u0008', '\u001b[31mred\u001b[0m', '\u007f', '\u0085', '\u009f', '\r', '\n', '\r\n', '\t', '\v', '\f',
  '\u2028', '\u2029', 'a\nb', 'a\r\nb\rc',
  // zero-width and invisible
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00A0', '\u3000', ' ', '  ',
  // lone surrogates
  '\uD800', '\uDFFF', 'a\uDC00b',
  // Markdown and HTML
  '<script>alert(1)</script>', '<b data-x="y">', '<img src=x onerror=alert(1)>', '</td></tr></table>', '<!--', '-->', '<![CDATA[',
  '|', '||', '\\|', '\\', '*', '**', '_', '__', '`', '```', '~~~', '~~', '[x](y)', '![i](x)', '[x]: http://y', '<http://x>',
  '&amp;', '&lt;', '&#60;', '&#x3C;', '&copy;', '&', '# h', '## h', '> q', '- ', '+ ', '1. ', '2) ', '---', '===', '$x$', '$$',
  'http://example.com', 'www.example.com', 'me@example.com', ':smile:',
  // templates and formats
  '{{x}}', '{{{x}}}', '{{> partial}}', '${x}', '%s', '%d', '%0A', '::error::', '%', '\'', '"', '"\'', '=', '@',
  // YAML-looking text
  ': ', ' #', '#', '- x', '? ', '&a', '*a', '!!str', '!<tag>', '%YAML 1.2', '...', 'yes', 'no', '~', 'null', '0x1F', '1e3', '.inf',
  '-.inf', '.nan', '2024-02-30', '12:30:00', '0o17', '+1', '-0', '[a, b]', '{a: b}',
  // placeholders and rule-bait
  '[Your Company Name]', '<Company>', 'TBD', 'TODO', 'lorem ipsum', 'XXX', 'charter-disable', '# charter-disable-next-line',
  // prototype pollution and JS-ish
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'undefined', 'NaN',
  // sizes
  '', 'a'.repeat(200), 'word '.repeat(60), '\u{1F600}'.repeat(50),
];

const nastyPart = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
);

/** A hostile string: a few hostile parts glued together. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 5, arbitrary: fc.array(nastyPart, { minLength: 1, maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** Non-empty hostile text that is not only white space (for fields the schema requires to be non-empty). */
export const nastyText: fc.Arbitrary<string> = fc
  .tuple(nastyString, fc.constantFrom('Acme', 'x', '中文', 'Ö', '😀', 'a_b', '1'), nastyString)
  .map(([a, w, b]) => `${a}${w}${b}`);

// ---------------------------------------------------------------------------------------------
// Random values

// Keys of charters at every level, so that random maps collide with real keys now and then.
const KNOWN_KEYS = [
  'charter', 'meta', 'team', 'statement', 'charter_types', 'scope', 'objectives', 'metrics', 'cost_metric', 'key_activities',
  'swim_lanes', 'handoffs', 'dependencies', 'commitments', 'risks', 'roadmap', 'communications', 'operating_principles',
  'skills_required', 'stakeholders', 'governance', 'approvals', 'signatures', 'id', 'name', 'title', 'version', 'status', 'owner',
  'date', 'role', 'roles', 'people', 'process', 'segment', 'accountable', 'from', 'to', 'trigger', 'value', 'baseline', 'target',
  'unit', 'direction', 'catalog', 'mission', 'expectations', 'limit', 'digest', 'exempt_reason', 'review', 'next_review',
];

/** A mapping key: real keys, extension keys, prototype-polluting keys, hostile text. */
export const anyKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('x-', 'x-note', 'x-<script>', 'X-upper', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '', ' ', '-', '?', '1', '0'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((s) => `x-${s}`) },
  { weight: 2, arbitrary: nastyString },
);

/** An object with exactly these own, enumerable keys (`__proto__` included, as an own key). */
export function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Data {
  const o: Data = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

const IDS = ['csm', 'sales', 'onboarding', 'support', 'grr', 'nrr', 'renewal', 'upsell', 'protect-base', 'cs-ops', 'a', 'x-1'];
const ENUMS = [
  'draft', 'in-review', 'approved', 'active', 'retired', 'retention', 'expansion', 'adoption', 'onboarding', 'support', 'percent',
  'count', 'ratio', 'nps', 'currency', 'increase', 'decrease', 'maintain', 'monthly', 'quarterly', 'annual', 'short', 'medium',
  'long', 'high', 'low', 'very-high', 'approver', 'owner', 'team-member', 'rejected', 'planned', 'done', 'USD',
];

/** A random scalar: hostile text, numbers (NaN, ±Infinity, -0 included), booleans, null, ids, enum values, dates. */
export const anyScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.integer({ min: -200, max: 200 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...IDS, ...ENUMS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);

/** A nest of `depth` lists or maps around a leaf (stresses recursion in the parser and the rules). */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 1, max: 120 }), fc.boolean(), anyScalar)
  .map(([depth, asList, leaf]) => {
    let v: unknown = leaf;
    for (let i = 0; i < depth; i++) v = asList ? [v] : { [i % 2 === 0 ? 'id' : 'metrics']: v };
    return v;
  });

/** Any YAML-serialisable value: scalars, lists and maps nested a few levels, occasionally a deep nest. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; list: unknown[]; map: Data }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: anyScalar },
    { weight: 2, arbitrary: tie('list') },
    { weight: 2, arbitrary: tie('map') },
  ),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.array(fc.tuple(anyKey, tie('value')), { maxLength: 4 }).map(objectOf),
})).value;

const anyValueOrDeep = fc.oneof({ weight: 12, arbitrary: anyValue }, { weight: 1, arbitrary: deepValue });

// ---------------------------------------------------------------------------------------------
// Base charters

function readYaml(file: string): Data {
  return parse(readFileSync(file, 'utf8')) as Data;
}

const EXAMPLES_DIR = join(ROOT, 'examples');

/** The charters mutations start from: the rule tests' base charter, its onboarding partner and the examples. */
export const BASES: ReadonlyArray<{ name: string; data: Data }> = [
  { name: 'base-charter', data: baseCharter() },
  { name: 'onboarding', data: onboardingCharter() },
  ...readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: `examples/${f}`, data: readYaml(join(EXAMPLES_DIR, f)) })),
];

/** The bases that are schema-valid (the render properties start from these). */
export const VALID_BASES = BASES.filter((b) => schemaErrors(b.data).length === 0);

// ---------------------------------------------------------------------------------------------
// Data mutations

type Path = Array<string | number>;

/**
 * Every path in `value` (the root included) down to `maxDepth`. Mutations only pick nodes this
 * shallow, so that nests of deep values stay shallower than yaml's stringify can go.
 */
export function allPaths(value: unknown, maxDepth = 30): Path[] {
  const out: Path[] = [];
  const stack: Array<[unknown, Path]> = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    out.push(path);
    if (path.length >= maxDepth || v === null || typeof v !== 'object' || v instanceof Date) continue;
    const entries: Array<[unknown, string | number]> = Array.isArray(v) ? v.map((x, i) => [x, i]) : Object.keys(v).map((k) => [(v as Data)[k], k]);
    for (const [x, k] of entries.reverse()) stack.push([x, [...path, k]]);
  }
  return out;
}

export function getAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) cur = (cur as Data | undefined)?.[seg as string];
  return cur;
}

function setOwn(target: Data | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function setAt(root: Data, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Data;
  setOwn(parent, path[path.length - 1]!, value);
}

function deleteAt(root: Data, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (parent !== null && typeof parent === 'object') delete (parent as Data)[key];
}

/** One change to charter data; `pick` chooses the node (modulo the number of nodes at that moment). */
export interface DataMutation {
  op: 'set' | 'delete' | 'add' | 'text' | 'duplicate' | 'empty';
  pick: number;
  key: string;
  value: unknown;
  text: string;
}

const dataMutation: fc.Arbitrary<DataMutation> = fc.record({
  op: fc.constantFrom('set', 'set', 'delete', 'delete', 'add', 'text', 'text', 'duplicate', 'empty'),
  pick: fc.nat(),
  key: anyKey,
  value: anyValueOrDeep,
  text: nastyString,
});

/** Applies mutations to a copy of `data`. */
export function mutate(data: Data, mutations: readonly DataMutation[]): Data {
  const root = structuredClone(data);
  for (const m of mutations) {
    // fast-check hands the same generated values to every replay while it shrinks: never put them
    // in the tree itself, or later mutations would change them (and grow them on every replay).
    const value = structuredClone(m.value);
    const paths = allPaths(root);
    const path = paths[m.pick % paths.length]!;
    const node = getAt(root, path);
    if (path.length === 0) {
      // The root: add or replace a top-level key.
      if (m.op === 'delete') {
        const keys = Object.keys(root);
        if (keys.length > 0) delete root[keys[m.pick % keys.length]!];
      } else setOwn(root, m.key, value);
      continue;
    }
    switch (m.op) {
      case 'set':
        setAt(root, path, value);
        break;
      case 'delete':
        deleteAt(root, path);
        break;
      case 'add':
        if (Array.isArray(node)) node.push(value);
        else if (node !== null && typeof node === 'object') setOwn(node as Data, m.key, value);
        else setAt(root, path, objectOf([[m.key, value]]));
        break;
      case 'text':
        setAt(root, path, typeof node === 'string' ? `${node}${m.text}` : m.text);
        break;
      case 'duplicate':
        if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[m.pick % node.length]));
        else setAt(root, path, [node, structuredClone(node)]);
        break;
      case 'empty':
        setAt(root, path, Array.isArray(node) ? [] : node !== null && typeof node === 'object' ? {} : '');
        break;
    }
  }
  return root;
}

/** A base charter; the small ones (5 KB) more often than the examples (20-30 KB), which take longer to lint. */
export const baseIndex: fc.Arbitrary<number> = fc.oneof(
  ...BASES.map((b, i) => ({ weight: stringify(b.data).length < 10_000 ? 5 : 1, arbitrary: fc.constant(i) })),
);

/** A charter base, mutated a few times (occasionally not at all). */
export const charterData: fc.Arbitrary<Data> = fc
  .tuple(baseIndex, fc.array(dataMutation, { maxLength: 8 }))
  .map(([b, ms]) => mutate(BASES[b]!.data, ms));

// ---------------------------------------------------------------------------------------------
// Text

const STRINGIFY_OPTIONS: ToStringOptions[] = [
  {},
  { lineWidth: 0 },
  { lineWidth: 20, minContentWidth: 5 },
  { indent: 4, indentSeq: false },
  { collectionStyle: 'flow' },
  { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
  { defaultStringType: 'QUOTE_SINGLE' },
  { defaultStringType: 'BLOCK_LITERAL' },
  { defaultStringType: 'BLOCK_FOLDED', lineWidth: 30 },
];

/** yaml's stringify in one of several styles. */
export function serialise(data: unknown, style = 0): string {
  return stringify(data, { aliasDuplicateObjects: false, ...STRINGIFY_OPTIONS[style % STRINGIFY_OPTIONS.length] });
}

/** YAML metacharacters and raw scalars that mean something else than they look. */
export const YAML_META = [':', '-', '?', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '#', '%', ',', '@', '`', ': ', '- ', '? ', ' #'];
export const YAML_SCALARS = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'False', '~', 'null', 'Null', '', '0x1F', '0o17', '017', '1e3', '-1e-3', '.inf', '-.Inf',
  '.nan', '2024-02-30', '2026-13-01', '2026-1-1', '2026-06-15T10:00:00Z', '12:30:00', '1_000', '+12', '-0', '0.', '3.0', '"2.0"',
  "'x'", '[]', '{}', '[a, b]', '{a: 1}', '&anchor x', '*anchor', '*undefined', '!!binary aGVsbG8=', '!!int "3"', '!!str 3', '!foo x',
  '|', '>-', '<<: *a', '? x', '- - x', '"\\u0000"', '"\\x"',
];

/** One change to the text of a charter; `pos` chooses the place (modulo the text or line count). */
export interface TextMutation {
  op: 'delete' | 'insert' | 'scalar' | 'duplicateLine' | 'indent' | 'dedent' | 'tab' | 'documentMarker' | 'swapLines' | 'truncate' | 'nasty';
  pos: number;
  n: number;
  text: string;
}

export const textMutation: fc.Arbitrary<TextMutation> = fc.record({
  op: fc.constantFrom('delete', 'insert', 'insert', 'scalar', 'scalar', 'duplicateLine', 'indent', 'dedent', 'tab', 'documentMarker', 'swapLines', 'truncate', 'nasty'),
  pos: fc.nat(),
  n: fc.integer({ min: 1, max: 8 }),
  text: fc.oneof(fc.constantFrom(...YAML_META), fc.constantFrom(...YAML_SCALARS), fc.constantFrom(...NASTY)),
});

/** Applies text mutations. */
export function mutateText(text: string, mutations: readonly TextMutation[]): string {
  let t = text;
  for (const m of mutations) {
    const lines = t.split('\n');
    const li = m.pos % lines.length;
    const at = t.length === 0 ? 0 : m.pos % (t.length + 1);
    switch (m.op) {
      case 'delete':
        t = t.slice(0, at) + t.slice(at + m.n);
        break;
      case 'insert':
      case 'nasty':
        t = t.slice(0, at) + m.text + t.slice(at);
        break;
      case 'scalar': {
        // Replace the value of a `key: value` or `- value` line by a raw scalar.
        const line = lines[li]!;
        const mm = /^(\s*(?:- )*(?:[^:#]+: |- ))/.exec(line);
        lines[li] = mm ? mm[1] + m.text : `${line} ${m.text}`;
        t = lines.join('\n');
        break;
      }
      case 'duplicateLine':
        lines.splice(li, 0, lines[li]!);
        t = lines.join('\n');
        break;
      case 'indent':
        lines[li] = ' '.repeat(m.n) + lines[li];
        t = lines.join('\n');
        break;
      case 'dedent':
        lines[li] = lines[li]!.replace(new RegExp(`^ {1,${m.n}}`), '');
        t = lines.join('\n');
        break;
      case 'tab':
        lines[li] = m.n % 2 === 0 ? `\t${lines[li]}` : lines[li]!.replace(/^( *)(\S)/, '$1\t$2');
        t = lines.join('\n');
        break;
      case 'documentMarker':
        lines.splice(li, 0, m.n % 3 === 0 ? '...' : '---');
        t = lines.join('\n');
        break;
      case 'swapLines': {
        const lj = (li + m.n) % lines.length;
        [lines[li], lines[lj]] = [lines[lj]!, lines[li]!];
        t = lines.join('\n');
        break;
      }
      case 'truncate':
        t = t.slice(0, at);
        break;
    }
  }
  return t;
}

/** Converts LF line breaks to CRLF (lone CRs are left alone). */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * Charter text: mutated data, serialised in a random style, then (often) damaged as text, and
 * sometimes given CRLF line breaks or a byte order mark.
 */
export const charterText: fc.Arbitrary<string> = fc
  .record({
    data: charterData,
    style: fc.nat(STRINGIFY_OPTIONS.length - 1),
    edits: fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(textMutation, { minLength: 1, maxLength: 5 }) }),
    crlf: fc.boolean(),
    bom: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  })
  .map(({ data, style, edits, crlf, bom }) => {
    let t = mutateText(serialise(data, style), edits);
    if (crlf) t = toCrlf(t);
    return bom ? `\uFEFF${t}` : t;
  });

/** Completely random text, YAML-ish or not. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...YAML_META, ...YAML_SCALARS, '\n', '\n  ', '\n- ', 'charter: 1\n', 'meta:\n  '), nastyPart), { maxLength: 40 }).map((p) => p.join('')),
);

// ---------------------------------------------------------------------------------------------
// Schema-valid charters

function isFreeText(data: Data, path: Path): boolean {
  const probe = structuredClone(data);
  setAt(probe, path, '<b data-x="probe">\n| ` * _ [x](y) &amp;');
  return schemaErrors(probe).length === 0;
}

function canDelete(data: Data, path: Path): boolean {
  const probe = structuredClone(data);
  deleteAt(probe, path);
  return schemaErrors(probe).length === 0;
}

function takesExtensions(data: Data, path: Path): boolean {
  const probe = structuredClone(data);
  setOwn(getAt(probe, path) as Data, 'x-fuzz', { a: [1, 'b'] });
  return schemaErrors(probe).length === 0;
}

/** Where a valid base can take hostile text, lose a key, or take an `x-` key and stay schema-valid. */
export interface ValidShape {
  name: string;
  data: Data;
  /** String fields that accept any text (no id, date, enum, e-mail or URL format). */
  text: Path[];
  /** Keys and list items whose removal keeps the charter valid. */
  optional: Path[];
  /** Mappings that accept `x-` keys. */
  extensible: Path[];
}

let shapes: ValidShape[] | undefined;

/** The valid bases with their free-text, optional and extensible paths (computed on first use: ~1 s). */
export function validShapes(): ValidShape[] {
  shapes ??= VALID_BASES.map(shapeOf);
  return shapes;
}

function shapeOf({ name, data }: { name: string; data: Data }): ValidShape {
  const paths = allPaths(data);
  return {
    name,
    data,
    text: paths.filter((p) => p.length > 0 && typeof getAt(data, p) === 'string' && isFreeText(data, p)),
    optional: paths.filter((p) => p.length > 0 && canDelete(data, p)),
    extensible: paths.filter((p) => {
      const v = getAt(data, p);
      return v !== null && typeof v === 'object' && !Array.isArray(v) && takesExtensions(data, p);
    }),
  };
}

/** Deeper paths first, and later list items before earlier ones, so removing one does not move the next. */
function deepestLast(a: Path, b: Path): number {
  if (a.length !== b.length) return b.length - a.length;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return 0;
}

/**
 * A schema-valid charter with hostile text in some free-text fields, some optional keys removed
 * and some `x-` keys added. Combinations that break the schema (rare) are filtered out.
 */
export function validCharter(): fc.Arbitrary<Data> {
  return fc
    .constantFrom(...validShapes())
    .chain((shape) =>
      fc.record({
        shape: fc.constant(shape),
        texts: fc.array(fc.tuple(fc.nat(shape.text.length - 1), nastyText), { maxLength: 12 }),
        drops: fc.uniqueArray(fc.nat(Math.max(0, shape.optional.length - 1)), { maxLength: 4 }),
        extensions: fc.array(fc.tuple(fc.nat(Math.max(0, shape.extensible.length - 1)), fc.string({ maxLength: 6 }), anyValue), {
          maxLength: 2,
        }),
      }),
    )
    .map(({ shape, texts, drops, extensions }) => {
      const d = structuredClone(shape.data);
      for (const [i, s] of texts) setAt(d, shape.text[i]!, s);
      for (const [i, k, v] of extensions) {
        const target = shape.extensible[i];
        if (target) setOwn(getAt(d, target) as Data, `x-${k}`, structuredClone(v));
      }
      const dropped = drops.map((i) => shape.optional[i]).filter((p): p is Path => p !== undefined);
      for (const p of dropped.sort(deepestLast)) if (getAt(d, p.slice(0, -1)) !== undefined) deleteAt(d, p);
      return d;
    })
    .filter((d) => schemaErrors(d).length === 0);
}

/** The marker put in free-text field `i`: an HTML tag that must come out escaped, with a unique id. */
export function marker(i: number): string {
  return `<b data-x="ZQ${i}Q">`;
}

/**
 * A schema-valid charter in which every free-text field `i` holds `prefix + marker(i) + suffix`
 * (hostile prefix and suffix); `shape` says which field is which.
 */
export function markedCharter(): fc.Arbitrary<{ shape: ValidShape; data: Data }> {
  return fc
    .constantFrom(...validShapes())
    .chain((shape) =>
      fc.record({
        shape: fc.constant(shape),
        affixes: fc.array(fc.tuple(nastyString, nastyString), { minLength: shape.text.length, maxLength: shape.text.length }),
      }),
    )
    .map(({ shape, affixes }) => {
      const data = structuredClone(shape.data);
      shape.text.forEach((p, i) => setAt(data, p, `${affixes[i]![0]}${marker(i)}${affixes[i]![1]}`));
      return { shape, data };
    })
    .filter(({ data }) => schemaErrors(data).length === 0);
}
