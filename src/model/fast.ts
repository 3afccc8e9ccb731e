import jsYaml from 'js-yaml';
import { MAX_STRUCTURE, structureCount } from './decode.js';

/*
 * The fast path of `lint`. Parsing with `yaml` (which keeps every node's position) costs about
 * 10 ms for an 18 KiB charter; js-yaml reads the same data in under 1 ms but keeps no
 * positions. Positions are only needed to report findings, so `lint` first reads the data with
 * js-yaml and runs the rules; only a file that has a finding (or that this module declines) is
 * parsed again with `yaml`, and its findings come from that parse alone. The fast path can
 * therefore only ever say "clean", and it must say so exactly when the `yaml` path would:
 * same data, and no `yaml` error that js-yaml lets through. The schema below resolves plain
 * scalars with `yaml`'s own YAML 1.2 core-schema patterns, and {@link needsFullParse} sends
 * every construct where the two parsers are known to differ (or that a charter has no use for)
 * to the full parse. test/model/fast.test.ts checks the agreement differentially on the
 * fixtures and on generated near-charters.
 */

const { Type, FAILSAFE_SCHEMA, load } = jsYaml;

/** A cheap first test (most plain scalars are words): numbers start with a digit, a sign or a dot. */
function mayBeNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

// YAML 1.2 core schema, as `yaml` (eemeli/yaml 2.x, schema/core) resolves it.
const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL',
  construct: () => null,
});
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => s.length >= 4 && s.length <= 5 && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => mayBeNumber(s) && /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) =>
    s.startsWith('0o') ? parseInt(s.substring(2), 8) : s.startsWith('0x') ? parseInt(s.substring(2), 16) : parseInt(s, 10),
});
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) =>
    mayBeNumber(s) &&
    (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)),
  construct: (s: string) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)
      ? s.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : s[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY
      : parseFloat(s),
});

const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/** Whether the text from `lineStart` up to `end` (exclusive) holds only spaces, tabs and dashes. */
function onlyIndentAndDashes(text: string, lineStart: number, end: number): boolean {
  for (let k = lineStart; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x2d) return false;
  }
  return true;
}

/** Whether the character at `i` can start a node: at the start of a line (after indentation and `- `), after `: `, `? `, `[`, `{` or `,`. */
function startsNode(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0 || text[j] === '\n') return true;
  const c = text[j]!;
  if (c === '[' || c === '{' || c === ',') return true;
  if (j === i - 1) return false; // `key:*x` or `a-*x`: part of a plain scalar
  if (c === ':' || c === '?') return true;
  if (c === '-') return onlyIndentAndDashes(text, text.lastIndexOf('\n', j) + 1, j);
  return false;
}

const NODE_PROPERTY = /[&*!?]/g;
const FLOW_END = /[\]}]/g;
/** `"key":# x`: js-yaml reads a comment where `yaml` wants white space before the `#`. */
const COMMENT_NOT_SEPARATED = /[:,[\]{}"']#/;
/** An empty sequence entry (a line that ends in a bare `-`): js-yaml may fold a less indented entry into it. */
const EMPTY_ENTRY = /\n *(?:- +)*-[ ]*(?:\n|$)/;
const EMPTY_ENTRY_FIRST = /^ *(?:- +)*-[ ]*(?:\n|$)/;
/** A collection right after `{` or `,`: in a flow mapping it is a key, which the parsers stringify differently. */
const COLLECTION_IN_FLOW = /[{,][ \n]*[[{]/;
/** A block scalar header with an explicit indentation indicator (`|2`, `>-1`): the parsers read lines of spaces in it differently. */
const INDENT_INDICATOR = /[|>](?:[1-9][+-]?|[+-][1-9])[ ]*(?:#.*)?(?:\n|$)/;
/** A merge key (`<<:`): the full parse merges it, js-yaml's core schema reads a plain key. */
const MERGE_KEY = /<<[ ]*:/;
// Each pattern that may match at the start of a line has a form that starts with the line feed
// (fast to search for) and one anchored at the start of the text.
const MARKER_WITH_CONTENT = /\n(?:---|\.\.\.)[ \t]+[^ \t\n]/;
const MARKER_WITH_CONTENT_FIRST = /^(?:---|\.\.\.)[ \t]+[^ \t\n]/;

/**
 * Whether the text uses a construct the fast path does not take, so that the full `yaml` parse
 * reads it (and reports on it):
 * - directives, anchors, aliases and tags (alias limits and tag resolution differ), merge keys;
 * - explicit (`?`) keys, collections used as keys or inside a flow mapping (stringified differently);
 * - content after a document marker on its line, block scalars with an indentation indicator,
 *   empty sequence entries, a `#` right after a flow indicator, `:` or a quote;
 * - tabs and carriage returns anywhere (the parsers disagree on some tab layouts);
 * - more structure than a charter has ({@link MAX_STRUCTURE}: the full parse refuses it).
 * The test over-approximates: a `*` that starts a line of a block scalar also sends the file to
 * the full parse, which is slower but never wrong.
 */
export function needsFullParse(text: string): boolean {
  if (text.includes('\t') || text.includes('\r') || text[0] === '%' || text.includes('\n%')) return true;
  // A text shorter than the structure limit cannot exceed it.
  if (text.length > MAX_STRUCTURE && structureCount(text, MAX_STRUCTURE) > MAX_STRUCTURE) return true;
  if (text.includes('<<') && MERGE_KEY.test(text)) return true;
  if (MARKER_WITH_CONTENT_FIRST.test(text) || MARKER_WITH_CONTENT.test(text)) return true;
  if (EMPTY_ENTRY_FIRST.test(text) || EMPTY_ENTRY.test(text)) return true;
  if (COMMENT_NOT_SEPARATED.test(text) || INDENT_INDICATOR.test(text)) return true;
  // A collection can only be a key inside a flow mapping if there is one.
  if (text.includes('{') && COLLECTION_IN_FLOW.test(text)) return true;
  NODE_PROPERTY.lastIndex = 0;
  for (let m = NODE_PROPERTY.exec(text); m; m = NODE_PROPERTY.exec(text)) {
    if (!startsNode(text, m.index)) continue;
    // `?` is an explicit key only when followed by white space; `&`, `*` and `!` always count.
    if (m[0] !== '?') return true;
    const next = text[m.index + 1];
    if (next === undefined || next === ' ' || next === '\n') return true;
  }
  FLOW_END.lastIndex = 0;
  for (let m = FLOW_END.exec(text); m; m = FLOW_END.exec(text)) {
    let k = m.index + 1;
    while (text[k] === ' ') k++;
    if (text[k] === ':' && (k + 1 >= text.length || text[k + 1] === ' ' || text[k + 1] === '\n')) return true;
  }
  return false;
}

function hasNewline(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  return nl >= 0 && nl < to;
}

/** The offset of the first character of a node whose reading began at `from`: white space, line breaks and comments are skipped. */
function nodeStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === ' ' || c === '\n') i++;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? to : nl;
    } else break;
  }
  return i;
}

/**
 * Whether a node read from `from` to `to` that spans lines is a flow node (a plain or quoted
 * scalar, or a `[...]`/`{...}` collection) laid out in a way the two parsers may read
 * differently: js-yaml accepts continuation lines that are not indented more than the line the
 * node starts on, and multi-line implicit keys, which `yaml` refuses. Block collections and
 * block scalars are not flow nodes. Over-approximates: the continuation lines must be indented
 * further than the content of the node's first line (after any `- `).
 */
function flowNodeIsDoubtful(text: string, from: number, to: number): boolean {
  const start = nodeStart(text, from, to);
  if (start >= to) return false;
  const c = text[start];
  if (c === '|' || c === '>') return false;
  let end = to;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
  if (!hasNewline(text, start, end)) return false;
  const isFlow = c === '[' || c === '{' || c === '"' || c === "'";
  if (!isFlow) {
    // A block collection starts a line of its own (after indentation and dashes) and holds a key
    // or an entry; a plain scalar is anything else. Block collections are left to js-yaml.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const line = text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start));
    if (c === '-' && (line[1] === ' ' || line.length === 1)) return false;
    if (/:(?: |$)/.test(line) && onlyIndentAndDashes(text, lineStart, start)) return false;
  }
  // The content column of the node's first line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let k = lineStart;
  for (;;) {
    while (text[k] === ' ') k++;
    if (text[k] === '-' && (text[k + 1] === ' ' || text[k + 1] === '\n')) k++;
    else break;
  }
  const column = k - lineStart;
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    let j = nl + 1;
    while (text[j] === ' ') j++;
    if (text[j] === '\n' || j >= text.length) continue; // blank line
    if (j - (nl + 1) <= column) return true;
  }
  // A multi-line node followed by `:` would be a multi-line implicit key.
  let after = end;
  while (text[after] === ' ') after++;
  return text[after] === ':';
}

/** Whether any mapping in the data has a key that a null or empty key could have produced. */
function hasAmbiguousKey(value: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (Array.isArray(value)) {
    for (const v of value) if (v !== null && typeof v === 'object' && hasAmbiguousKey(v, depth + 1)) return true;
    return false;
  }
  if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      if (k === '' || k === 'null' || k === '[object Object]') return true;
      const v = (value as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object' && hasAmbiguousKey(v, depth + 1)) return true;
    }
  }
  return false;
}

/**
 * Reads a charter's data with js-yaml when that gives exactly what the full `yaml` parse would
 * (see the module comment). Returns undefined when the file must take the full parse: a
 * construct of {@link needsFullParse}, any js-yaml error (duplicate keys, several documents,
 * syntax errors, too deep nesting), a top level that is not a mapping, or an ambiguous key.
 * `text` has no byte order mark.
 */
export function fastData(text: string): Record<string, unknown> | undefined {
  if (needsFullParse(text)) return undefined;
  let data: unknown;
  const opened: number[] = [];
  let doubtful = false;
  // js-yaml reports each node as it opens and closes; a node that spans lines is checked for the
  // indentation `yaml` insists on (see flowNodeIsDoubtful).
  const listener = (event: 'open' | 'close', state: { position: number }): void => {
    if (event === 'open') opened.push(state.position);
    else {
      const from = opened.pop()!;
      if (!doubtful && hasNewline(text, from, state.position)) doubtful = flowNodeIsDoubtful(text, from, state.position);
    }
  };
  try {
    data = load(text, { schema: SCHEMA, listener } as jsYaml.LoadOptions);
  } catch {
    return undefined;
  }
  if (doubtful) return undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (hasAmbiguousKey(data)) return undefined;
  return data as Record<string, unknown>;
}
