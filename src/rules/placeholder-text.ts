import { defineRule } from './support/types.js';

/** rules.md §5.2 rule 2, patterns P1–P4. */
const PATTERNS: readonly RegExp[] = [
  /\[[^[\],\n]{0,80}\b(your|name|names|company|date|dated|insert|enter|signature|title|department|tbd|todo|placeholder|x{2,})\b[^[\],\n]{0,80}\]/gi,
  /<\s*(your|insert|enter|name|company|date)\b[^<>\n]*>/gi,
  /\{\{[^{}\n]+\}\}/g,
  /\b(TBD|TODO|FIXME|X{3,}|lorem ipsum)\b/gi,
];

/**
 * All patterns at once, for a first test on the whole text: no pattern spans a line, so a text
 * without a match anywhere has none on any line (and most charters have none).
 */
const ANY = new RegExp(PATTERNS.map((p) => p.source).join('|'), 'i');

/** A block scalar header at the end of a line: `key: |`, `- >-`, `|2+`. */
const BLOCK_HEADER = /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+)[|>](?:[+-]?[1-9]?|[1-9][+-])[ \t]*$/;

interface Match {
  start: number;
  text: string;
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/**
 * The line without its comment: a `#` at the start of the line or after white space, outside a
 * quoted scalar. A quote opens a scalar only where a YAML scalar can start (the start of the
 * line, or after `: `, `- `, `? `, `[`, `{`, `,`), so the apostrophe in `don't` opens nothing.
 */
function stripComment(line: string): string {
  let quote: '"' | "'" | undefined;
  let prevNonSpace = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') {
        quote = undefined;
        prevNonSpace = ch;
      }
      continue;
    }
    if (quote === "'") {
      if (ch === "'") {
        if (line[i + 1] === "'") i++;
        else {
          quote = undefined;
          prevNonSpace = ch;
        }
      }
      continue;
    }
    const before = i === 0 ? '' : line[i - 1]!;
    if (ch === '#' && (i === 0 || before === ' ' || before === '\t')) return line.slice(0, i);
    if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,]/.test(before)) && /^(|[:\-?[{,])$/.test(prevNonSpace)) {
      quote = ch;
      continue;
    }
    if (ch !== ' ' && ch !== '\t') prevNonSpace = ch;
  }
  return line;
}

/**
 * The column from which a block scalar's content must be indented further: the key's column for
 * `key: |` (also after `- `), the dash's column for a bare `- |`.
 */
function blockParentIndent(line: string): number {
  const m = /^( *)((?:-[ \t]+)*)/.exec(line)!;
  const afterDashes = m[0].length;
  const rest = line.slice(afterDashes);
  if (/^[|>]/.test(rest) && m[2]!.length > 0) return line.lastIndexOf('-', afterDashes - 1);
  return afterDashes;
}

/** Every placeholder match on one (comment-free) line; overlapping matches are reported once. */
function findPlaceholders(line: string): Match[] {
  const all: Match[] = [];
  for (const re of PATTERNS) {
    for (const m of line.matchAll(re)) all.push({ start: m.index, text: m[0] });
  }
  all.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const kept: Match[] = [];
  let end = -1;
  for (const m of all) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.start + m.text.length;
  }
  return kept;
}

export default defineRule({
  id: 'placeholder-text',
  meta: {
    description: 'Replace every template placeholder, such as [Your Company Name] or TBD, with the real value.',
    tags: ['text', 'template'],
    severity: 'error',
    sources: ['S2'],
    messages: {
      placeholder:
        "template placeholder '{{match}}' left in {{where}}: replace it with the real name, date or text, or delete the line",
    },
    defaultOptions: {},
  },
  check({ text, report }) {
    if (!ANY.test(text)) return;
    const lines = text.split(/\r?\n/);
    // Inside a block scalar (`key: |`) a `#` is text, not a comment.
    let block: { parent: number; content?: number } | undefined;
    lines.forEach((raw, index) => {
      let line = raw;
      if (block) {
        const blank = line.trim() === '';
        const indent = indentOf(line);
        if (blank) {
          // blank lines belong to the block scalar
        } else if (block.content === undefined && indent > block.parent) {
          block.content = indent;
        } else if (block.content === undefined || indent < block.content) {
          block = undefined;
        }
      }
      if (!block) {
        line = stripComment(line);
        if (BLOCK_HEADER.test(line.trimEnd())) block = { parent: blockParentIndent(line) };
      }
      for (const m of findPlaceholders(line)) {
        report({
          messageId: 'placeholder',
          data: { match: m.text },
          loc: { line: index + 1, column: m.start + 1, length: m.text.length },
        });
      }
    });
  },
});
