import type { YAMLError } from 'yaml';

/*
 * YAML syntax errors in plain words. The `yaml` parser reports what its grammar expected
 * ("Implicit keys need to be on a single line"), often on the line before the mistake and
 * several times for one mistake. This module reads each error's code together with the source
 * lines around it, names the mistake a person made (an over-indented key, a tab, `key:value`
 * without a space, an unquoted `: ` in a value, ...), says how to fix it, and places it where the
 * fix goes. Errors that land on the same line are one mistake: the first explanation is kept.
 */

/** One explained syntax mistake: the message and the offsets it covers in the text. */
export interface SyntaxMistake {
  message: string;
  start: number;
  end: number;
}

/** What the caller knows about the parsed document, for the cases the source lines cannot settle. */
export interface SyntaxContext {
  /** The start of the quoted scalar that runs up to `pos` (where an unclosed quote opens). */
  quoteStart?: (pos: number) => number | undefined;
}

/** The source lines of a text, by offset; a line's text excludes its line break (and a CR before it). */
class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  get count(): number {
    return this.starts.length;
  }
  /** The 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  start(line: number): number {
    return this.starts[line]!;
  }
  line(line: number): string {
    const s = this.starts[line]!;
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    return this.text.slice(s, next).replace(/\r$/, '');
  }
  /** Whether a line holds nothing but white space or a comment. */
  blank(line: number): boolean {
    return /^[ \t]*(?:#.*)?$/.test(this.line(line));
  }
  /** The next line after `line` that holds content, or -1. */
  nextContent(line: number): number {
    for (let l = line + 1; l < this.count; l++) if (!this.blank(l)) return l;
    return -1;
  }
  /** The closest line before `line` that holds content, or -1. */
  prevContent(line: number): number {
    for (let l = line - 1; l >= 0; l--) if (!this.blank(l)) return l;
    return -1;
  }
}

const indentOf = (s: string): number => /^ */.exec(s)![0].length;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Text shown inside a message: one line, shortened. */
function shown(s: string, max = 60): string {
  // (document.ts writes control characters in a message as escapes.)
  const t = s.replace(/^ +| +$/g, '');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A `key: value` line (after indentation and list dashes): where its key and value start. */
interface KeyLine {
  indent: number;
  key: string;
  keyAt: number;
  value: string;
  valueAt: number;
}

const KEY_LINE = /^((?: *- +)* *)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:,[\]{}][^#]*?|-[^\s][^#]*?)[ \t]*:(?:[ \t]+|$)(.*)$/;

function keyLine(line: string): KeyLine | undefined {
  const m = KEY_LINE.exec(line);
  if (!m) return undefined;
  const lead = m[1]!;
  const key = m[2]!;
  const value = m[3]!.replace(/[ \t]+#.*$/, '').trimEnd();
  return { indent: indentOf(line), key, keyAt: lead.length, value, valueAt: line.length - m[3]!.length };
}

/** A value written so that YAML reads it as one piece of text: in double quotes, or in single quotes if it holds a `"` or a backslash. */
function quoted(value: string): string {
  if (!/["\\]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

/** The indentations of the lines `line` could belong to: the closest content line above, then each less indented one before it. */
function ancestorIndents(lines: Lines, line: number): number[] {
  const out: number[] = [];
  let min = Number.POSITIVE_INFINITY;
  for (let l = line - 1; l >= 0 && min > 0; l--) {
    if (lines.blank(l)) continue;
    const s = lines.line(l);
    const i = indentOf(s);
    if (i < min) {
      // A line that continues a value (no key, no list item) is not a place a key can line up with.
      if (keyLine(s) || /^ *-(?: |$)/.test(s)) out.push(i);
      min = i;
    }
  }
  return [...new Set(out)];
}

function listOf(ns: readonly number[]): string {
  const words = ns.map((n) => String(n));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]!}`;
}

/** Offsets of the unmatched `open` bracket closest before `pos` (quoted text is skipped), or undefined. */
function unmatchedOpener(text: string, pos: number, open: string, close: string): number | undefined {
  const stack: number[] = [];
  let quote = '';
  let lineStart = true;
  for (let i = 0; i < Math.min(pos, text.length); i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      else if (c === '\n' && quote === '') lineStart = true;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl - 1;
      continue;
    }
    if ((c === '"' || c === "'") && (lineStart || /[\s[{,:]/.test(text[i - 1] ?? ' '))) quote = c;
    else if (c === open) stack.push(i);
    else if (c === close) stack.pop();
    lineStart = c === '\n';
  }
  return stack.length > 0 ? stack[stack.length - 1] : undefined;
}

/** Whether the bracket at `opener` is closed somewhere after it (nesting counted, quoted text skipped roughly). */
function closedLater(text: string, opener: number, open: string, close: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = opener; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return true;
  }
  return false;
}

/** How a character is named in a message (a backtick cannot sit inside backticks). */
const charName = (c: string): string => (c === '`' ? 'a backtick (`)' : `\`${c}\``);

/** Explains `yaml`'s errors for `text` (already without a byte order mark), one mistake per line. */
export function explainSyntaxErrors(text: string, errors: readonly YAMLError[], context: SyntaxContext = {}): SyntaxMistake[] {
  const lines = new Lines(text);
  const byLine = new Map<number, SyntaxMistake>();
  for (const e of errors) {
    const m = explain(lines, e, context);
    const line = lines.lineOf(m.start);
    if (!byLine.has(line)) byLine.set(line, m);
  }
  return [...byLine.values()].sort((a, b) => a.start - b.start);
}

/** The first line of a parser message, without its own position suffix. */
function phrase(e: YAMLError): string {
  return (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
}

function explain(lines: Lines, e: YAMLError, context: SyntaxContext): SyntaxMistake {
  const text = lines.text;
  let pos = Math.min(Math.max(e.pos[0], 0), text.length);
  // An offset on the line feed of a CRLF is the end of the line, as a line feed alone is.
  if (text[pos] === '\n' && text[pos - 1] === '\r') pos--;
  const line = lines.lineOf(pos);
  const lineText = lines.line(line);
  const lineStart = lines.start(line);
  const at = (offset: number, length = 1, message: string): SyntaxMistake => ({ message, start: offset, end: offset + length });
  const atLine = (l: number, message: string): SyntaxMistake => {
    const s = lines.line(l);
    const i = indentOf(s);
    return at(lines.start(l) + i, Math.max(s.trimEnd().length - i, 0), message);
  };
  const said = phrase(e);

  switch (e.code) {
    case 'TAB_AS_INDENT': {
      const tab = lineText.indexOf('\t');
      return at(lineStart + Math.max(tab, 0), 1, 'a tab indents this line, and YAML indents with spaces only: replace the tab with spaces (set your editor to insert spaces for YAML)');
    }
    case 'BAD_DQ_ESCAPE': {
      const esc = text.slice(pos, pos + 2);
      const open = lineText.lastIndexOf('"', pos - lineStart);
      const close = lineText.indexOf('"', pos - lineStart + 1);
      const inner = open >= 0 && close > open ? lineText.slice(open + 1, close) : '';
      const single = inner && !inner.includes("'") ? ` '${shown(inner)}'` : '';
      return at(
        pos,
        2,
        `\`${esc}\` is not a valid escape: inside double quotes a backslash starts an escape such as \\n; for a Windows path or any other backslash, use single quotes${single} or write each backslash twice (\\\\)`,
      );
    }
    case 'BAD_SCALAR_START': {
      const c = text[pos] ?? '';
      const k = keyLine(lineText);
      const fix = k && k.valueAt === pos - lineStart ? `: ${k.key}: ${quoted(k.value)}` : '';
      return at(pos, 1, `a value cannot start with ${charName(c)} unless it is quoted; put the value in quotes${fix}`);
    }
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS': {
      const c = text[pos] === '*' ? '*' : '&';
      const k = keyLine(lineText);
      const fix = k && k.value ? `: ${k.key}: ${quoted(k.value)}` : '';
      return at(pos, 1, `a value that starts with \`${c}\` is read as a YAML ${c === '*' ? 'alias' : 'anchor'}; put the value in quotes${fix}`);
    }
    case 'DUPLICATE_KEY':
      return duplicateKey(lines, line, pos, at);
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
      break;
    default:
      return at(pos, 1, plainFallback(said));
  }

  // Quotes and brackets that are never closed.
  if (/Missing closing .?quote/.test(said)) {
    const q = said.includes("'") ? "'" : '"';
    const open = context.quoteStart?.(pos) ?? pos;
    return at(
      open,
      1,
      q === '"'
        ? 'this double quote is never closed: add the closing " at the end of the value (a " inside the value is written \\")'
        : "this single quote is never closed: add the closing ' at the end of the value (an apostrophe inside the value is written '')",
    );
  }
  const flow = /Flow (sequence|map)/.exec(said);
  if (flow) {
    const [open, close, what] = flow[1] === 'map' ? ['{', '}', 'mapping'] : ['[', ']', 'list'];
    const opener = unmatchedOpener(text, pos, open, close);
    if (opener !== undefined && !closedLater(text, opener, open, close)) {
      return at(
        opener,
        1,
        `the ${what} opened with \`${open}\` here is never closed: add \`${close}\` after its last entry${flow[1] === 'map' ? '' : ' (or write the list as lines that start with `- `)'}`,
      );
    }
    return atLine(
      line,
      `the lines of this \`${open}...${close}\` ${what} must be indented further than its key, and it must end with \`${close}\`: indent them, or write the ${what} on one line`,
    );
  }
  if (/Comments must be separated/.test(said)) {
    return at(pos, 1, '`#` starts a comment only after a space: put a space before the `#`, or quote the value if the `#` belongs to it');
  }

  // A list item or a bare `-` among the keys of a mapping.
  const dash = /^( *)-(?: |$)/.exec(lineText);
  if (dash && (/block sequence|block-seq-ind|Implicit map keys need to be followed/.test(said) || e.code === 'MULTILINE_IMPLICIT_KEY')) {
    const prev = lines.prevContent(line);
    const sibling = prev >= 0 ? keyLine(lines.line(prev)) : undefined;
    const bare = lineText.trim() === '-';
    return at(
      lineStart + dash[1]!.length,
      1,
      bare
        ? 'a stray `-` among the keys of a mapping: remove it, or write the list item after it on the same line under a key that holds a list'
        : `a list item (\`- \`) in the middle of a mapping${sibling ? ` (after \`${shown(sibling.key, 30)}\`)` : ''}: put the list under its own key (\`key:\` then the items indented below it), or write this line as \`key: value\``,
    );
  }

  if (e.code === 'BAD_INDENT' && /same column/.test(said)) {
    const prev = lines.prevContent(line);
    const indent = indentOf(lineText);
    if (prev >= 0 && /^ *- /.test(lines.line(prev)) && indentOf(lines.line(prev)) === indent) {
      return atLine(
        line,
        'this key is at the same indentation as the list items above it, and a mapping cannot hold both: indent it under a list item, or put the list under a key of its own',
      );
    }
    const around = ancestorIndents(lines, line).filter((n) => n !== indent);
    return atLine(
      line,
      `this line is indented ${plural(indent, 'space')}, but the keys above it are at ${listOf(around.map((n) => n))} spaces: keys of one mapping start at the same column, so indent it exactly like the keys it belongs with`,
    );
  }

  // Text after a closing quote: `"Acme" Corp`, `'it's'`, `"say "hi""`; or after an alias.
  if (/Unexpected scalar at node end/.test(said)) {
    const k = keyLine(lineText) ?? { key: '', value: lineText.trim(), valueAt: indentOf(lineText) };
    const first = k.value[0];
    if (first === "'") {
      return at(pos, 1, `the single-quoted value ends before this text: inside single quotes an apostrophe is written twice ('it''s'), or put the whole value in double quotes`);
    }
    if (first === '"') {
      return at(pos, 1, 'the double-quoted value ends before this text: inside double quotes a quote is written \\", or put the whole value in single quotes');
    }
    if (first === '*' || first === '&') {
      return at(lineStart + k.valueAt, 1, `a value that starts with \`${first}\` is read as a YAML ${first === '*' ? 'alias' : 'anchor'}; put the value in quotes${k.key ? `: ${k.key}: ${quoted(k.value)}` : ''}`);
    }
  }

  // `key: value: more` (an unquoted `: ` in a value) or an over-indented line below `key: value`.
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    const k = keyLine(lineText);
    if (k && /:(?:[ \t]|$)/.test(k.value) && !/^["'[{|>]/.test(k.value)) {
      return at(
        lineStart + k.valueAt,
        k.value.length,
        `the value of \`${shown(k.key, 30)}\` holds \`:\` followed by a space (or at its end), which YAML reads as another key: put the value in quotes: ${shown(k.key, 30)}: ${quoted(shown(k.value, 80))}`,
      );
    }
    const next = lines.nextContent(line);
    if (k && next >= 0 && indentOf(lines.line(next)) > k.indent && k.value !== '') {
      const nk = keyLine(lines.line(next));
      return atLine(
        next,
        `this line is indented more than \`${shown(k.key, 30)}\` above it, so YAML reads it as part of that value: indent it exactly like \`${shown(k.key, 30)}\` (${plural(k.indent, 'space')})${nk ? `, or, if \`${shown(k.key, 30)}\` should hold it, remove the value '${shown(k.value, 30)}' after \`${shown(k.key, 30)}:\`` : ''}`,
      );
    }
    const content = lineText.slice(indentOf(lineText));
    const noSpace = /^([^\s:#'"[\]{}][^\s:]*):(\S.*)$/.exec(content);
    if (noSpace && !/: /.test(content)) {
      const colon = lineStart + indentOf(lineText) + noSpace[1]!.length;
      return at(colon, 1, `a key needs a space after its colon: write \`${shown(noSpace[1]!, 30)}: ${shown(noSpace[2]!, 30)}\``);
    }
    if (!k && next >= 0 && indentOf(lines.line(next)) > indentOf(lineText) && /^[^\s:#]+$/.test(content.trim())) {
      return at(lineStart + indentOf(lineText) + content.trimEnd().length, 1, `\`${shown(content, 30)}\` is followed by indented lines but has no colon: write \`${shown(content, 30)}:\``);
    }
  }

  if (/Implicit map keys need to be followed by map values/.test(said) || (e.code === 'MULTILINE_IMPLICIT_KEY' && !keyLine(lineText))) {
    return atLine(
      line,
      'this line is not `key: value`: if it continues the text of the line above, indent it further than that key (or write the text as a block, `key: |`, with its lines indented below); otherwise add the key and a colon',
    );
  }

  if (/Unexpected .* (?:token|end)/.test(said) || /Unexpected/.test(said)) {
    const found = /Unexpected (flow-map-end|flow-seq-end)/.exec(said);
    if (found) {
      const c = found[1] === 'flow-map-end' ? '}' : ']';
      return at(pos, 1, `a \`${c}\` that closes nothing: remove it, or quote the value it is part of`);
    }
  }
  return at(pos, 1, plainFallback(said));
}

function duplicateKey(lines: Lines, line: number, pos: number, at: (o: number, l: number, m: string) => SyntaxMistake): SyntaxMistake {
  const k = keyLine(lines.line(line));
  const inLine = pos - lines.start(line);
  if (!k || k.keyAt !== inLine) {
    // A key in a flow mapping (`{a: 1, a: 2}`) or not at the start of its line.
    const key = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:,{}\s]+)/.exec(lines.line(line).slice(inLine))?.[1] ?? '';
    return at(pos, Math.max(key.length, 1), `\`${shown(key, 30)}\` appears more than once in this mapping: a key may appear only once, so keep one of them (or merge their values)`);
  }
  let first = -1;
  for (let l = line - 1; l >= 0; l--) {
    if (lines.blank(l)) continue;
    const s = lines.line(l);
    const i = indentOf(s);
    if (i < k.indent) break;
    const other = keyLine(s);
    if (i === k.indent && other && other.key === k.key && other.keyAt === k.keyAt) first = l;
  }
  const where = first >= 0 ? ` (first on line ${first + 1})` : '';
  return at(pos, k.key.length, `\`${shown(k.key, 30)}\` appears twice in this mapping${where}: a key may appear only once, so keep one of them (or merge their values)`);
}

/** An alias (`*name`) whose anchor is never set, at `offset`: most often a value that happens to start with `*`. */
export function unresolvedAlias(text: string, offset: number): SyntaxMistake {
  const lines = new Lines(text);
  const line = lines.lineOf(offset);
  const k = keyLine(lines.line(line));
  const name = /^\*[^\s,[\]{}]*/.exec(text.slice(offset))?.[0] ?? '*';
  const fix = k && k.value.startsWith('*') ? `: ${k.key}: ${quoted(k.value)}` : '';
  return {
    message: `a value that starts with \`*\` is read as a YAML alias, and no anchor \`${shown(name.slice(1), 30)}\` is set before it; put the value in quotes${fix}`,
    start: offset,
    end: offset + name.length,
  };
}

/** A message for an error this module has no specific words for: what to check, then the parser's phrase. */
function plainFallback(said: string): string {
  return `this line does not fit the YAML structure around it: check its indentation against the lines above (keys of one mapping start at the same column), and put in quotes any value that holds \`: \` or \` #\` or starts with a special character (the parser says: "${shown(said, 100)}")`;
}
