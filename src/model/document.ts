import { CST, Lexer, LineCounter, parseAllDocuments, isCollection, isMap, isPair, visit, type Document, type Node } from 'yaml';
import { MAX_FILE_BYTES, MAX_STRUCTURE, decodeCharter, stripBom, structureCount } from './decode.js';
import type { Finding, Range } from './types.js';
import { offsetRange } from './locate.js';
import { explainSyntaxErrors, unresolvedAlias } from './syntax.js';
import { isRecord } from './read.js';

/** An alias may be expanded at most this many times when the document is turned into data (stops alias bombs). */
export const MAX_ALIAS_COUNT = 100;

/**
 * A list or mapping used as a mapping key may nest at most this many levels. yaml turns such a key
 * into text (a JavaScript object's keys are strings) whose length grows with the square of its
 * depth: a key 200 levels deep becomes 200,000 characters and takes seconds to make, to compare
 * and to place findings under. A charter's keys are plain names.
 */
export const MAX_KEY_DEPTH = 16;

/** A charter file parsed with positions. */
export interface LoadedCharter {
  /** The path as given by the caller; used in findings. */
  file: string;
  /** The decoded text, without a byte order mark. */
  text: string;
  lineCounter: LineCounter;
  /** The YAML document; undefined when the file could not be parsed. */
  doc: Document.Parsed | undefined;
  /** The document as plain data (dates stay strings); an empty object when `fatal` is not empty. */
  data: Record<string, unknown>;
  /** `yaml-syntax` findings; when there are any, no other rule runs on this file. */
  fatal: Finding[];
}

export { MAX_FILE_BYTES, decodeCharter };

const YAML_SYNTAX = 'yaml-syntax';

/**
 * A `yaml-syntax` finding. yaml's messages quote the source (`Not a YAML token: \r`): control
 * characters are written as escapes, so a message is always one line, as formatters print it.
 */
function syntaxFinding(file: string, message: string, range: Range): Finding {
  const shown = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\r' ? '\\r' : c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return { ruleId: YAML_SYNTAX, messageId: 'syntax', message: shown, severity: 'error', path: [], range, file };
}

/**
 * Parses charter text (already decoded) into a {@link LoadedCharter}. Never throws on bad YAML:
 * syntax errors, duplicate keys, several documents and a top level that is not a mapping become
 * `yaml-syntax` findings at the parser's position. `known.data`, the data the fast path read from
 * this text, saves turning the document into data again.
 */
export function parseCharter(rawText: string, file: string, known?: { data: Record<string, unknown> }): LoadedCharter {
  const text = stripBom(rawText);
  const lineCounter = new LineCounter();
  const result: LoadedCharter = { file, text, lineCounter, doc: undefined, data: {}, fatal: [] };
  const at = (start: number, end: number): Range => offsetRange(text, lineCounter, start, end);
  // The cheap count is an upper bound (it counts `[` `{` `:` inside quoted text too); only a file
  // over it is counted exactly, by the lexer's tokens.
  if (structureCount(text, MAX_STRUCTURE) > MAX_STRUCTURE && nodeCount(text, MAX_STRUCTURE) > MAX_STRUCTURE) {
    result.fatal.push(
      syntaxFinding(
        file,
        `the file holds more than ${MAX_STRUCTURE.toLocaleString('en')} YAML nodes (values, keys, list items); a charter holds a few thousand. Is this really a charter?`,
        at(0, 0),
      ),
    );
    return result;
  }
  let docs: Document.Parsed[];
  try {
    // logLevel 'silent': problems are reported as findings, never printed by the parser itself.
    // merge: `<<: *defaults` merges keys as most YAML users expect (aliases stay limited below).
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'silent', merge: true }) as Document.Parsed[];
  } catch (err) {
    result.fatal.push(syntaxFinding(file, tooDeepMessage(err), at(0, 0)));
    return result;
  }
  if (!Array.isArray(docs) || docs.length === 0) {
    result.fatal.push(
      syntaxFinding(file, 'the file has no YAML content; a charter is a mapping that starts with `charter: 1`', at(0, 0)),
    );
    return result;
  }
  const doc = docs[0]!;
  result.doc = doc;
  const errors = docs.flatMap((d) => d.errors);
  const deep = errors.find((e) => /Maximum call stack/.test(e.message));
  if (deep) {
    result.fatal.push(syntaxFinding(file, tooDeepMessage(new RangeError(deep.message)), at(deep.pos[0], deep.pos[0])));
  } else {
    // One finding per mistake, in plain words, where the fix goes (model/syntax.ts).
    const quoteStart = (pos: number): number | undefined => {
      for (const d of docs) {
        const found = unclosedQuoteAt(d, pos);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    for (const m of explainSyntaxErrors(text, errors, { quoteStart })) {
      result.fatal.push(syntaxFinding(file, m.message, at(m.start, m.end)));
    }
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    const start = second.range?.[0] ?? 0;
    result.fatal.push(
      syntaxFinding(
        file,
        `the file holds ${docs.length} YAML documents; a charter file holds exactly one (remove the extra \`---\` or split the file)`,
        at(start, start),
      ),
    );
  }
  if (result.fatal.length > 0) return result;
  const contents = doc.contents;
  if (!isMap(contents)) {
    const r = contents?.range;
    const kind = contents == null ? 'empty' : Array.isArray((contents as { items?: unknown }).items) ? 'a list' : 'a single value';
    result.fatal.push(
      syntaxFinding(
        file,
        `the top level of a charter must be a mapping of keys (charter, meta, team, ...), but it is ${kind}`,
        r ? at(r[0], r[1]) : at(0, 0),
      ),
    );
    return result;
  }
  const deepKey = tooDeepKey(doc);
  if (deepKey !== undefined) {
    const r = deepKey.range!;
    result.fatal.push(
      syntaxFinding(
        file,
        `a list or mapping used as a key here nests more than ${MAX_KEY_DEPTH} levels deep; charter keys are plain names (\`team\`, \`id\`): write the key as text`,
        at(r[0], r[0]),
      ),
    );
    return result;
  }
  if (known) {
    // The fast path has read the data already (exactly what toJS would give: model/fast.ts).
    result.data = known.data;
    return result;
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    result.data = isRecord(data) ? data : {};
  } catch (err) {
    const alias = err instanceof Error && /^Unresolved alias/.test(err.message) ? unresolvedAliasAt(doc) : undefined;
    if (alias !== undefined) {
      const m = unresolvedAlias(text, alias);
      result.fatal.push(syntaxFinding(file, m.message, at(m.start, m.end)));
      return result;
    }
    const message =
      err instanceof RangeError
        ? tooDeepMessage(err)
        : `cannot read the document: ${err instanceof Error ? err.message : String(err)} (aliases are limited to ${MAX_ALIAS_COUNT} expansions)`;
    const r = contents.range;
    result.fatal.push(syntaxFinding(file, message, at(r[0], r[0])));
  }
  return result;
}

/** Lexer tokens that stand for a node or a structure indicator (not white space, comments or line breaks). */
const NODE_TOKENS = new Set<string>([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'block-scalar-header',
  'alias',
  'seq-item-ind',
  'explicit-key-ind',
  'map-value-ind',
  'flow-map-start',
  'flow-seq-start',
  'comma',
]);

/**
 * The number of nodes and structure indicators in the text, by `yaml`'s lexer (a quoted or block
 * scalar is one token, whatever it holds), stopping once past `limit`. The lexer keeps no
 * nodes, so this costs a fraction of the parse it guards.
 */
export function nodeCount(text: string, limit: number): number {
  let n = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type !== null && NODE_TOKENS.has(type) && ++n > limit) return n;
  }
  return n;
}

/** The number of collection levels of `node`, counted up to `limit + 1` (without recursion: nodes can nest thousands deep). */
function collectionDepth(node: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[node, 1]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop()!;
    if (!isCollection(n)) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const item of n.items) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return deepest;
}

/**
 * The first mapping key (with a position) that is a list or mapping nesting more than
 * {@link MAX_KEY_DEPTH} levels, or undefined. Shared with the language server, whose hovers and
 * completions read keys the same way (model/locate.ts).
 */
export function tooDeepKey(doc: Document): Node | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!isCollection(n)) continue;
    for (const item of n.items) {
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      const key = item.key as Node | null;
      if (isCollection(key) && key.range && collectionDepth(key, MAX_KEY_DEPTH) > MAX_KEY_DEPTH) return key;
      stack.push(key, item.value);
    }
  }
  return undefined;
}

/** The offset of the first alias whose anchor is not set before it, or undefined. */
function unresolvedAliasAt(doc: Document.Parsed): number | undefined {
  const anchors = new Set<string>();
  let found: number | undefined;
  visit(doc, {
    Node(_, node) {
      if (found !== undefined) return visit.BREAK;
      if ('anchor' in node && typeof node.anchor === 'string') anchors.add(node.anchor);
      return undefined;
    },
    Alias(_, node) {
      if (found === undefined && !anchors.has(node.source)) found = node.range?.[0];
    },
  });
  return found;
}

/** The start of the last quoted scalar that begins before `pos` and runs up to it (an unclosed quote). */
function unclosedQuoteAt(doc: Document.Parsed, pos: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const r = node.range;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r && r[0] <= pos && r[1] >= pos) found = r[0];
    },
  });
  return found;
}

function tooDeepMessage(err: unknown): string {
  if (err instanceof RangeError) return 'the document is nested too deeply to read; a charter needs a few levels at most';
  throw err;
}

