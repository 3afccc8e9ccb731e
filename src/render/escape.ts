/**
 * Escaping of user text for Markdown. Charter text is prose: it is put on one line (runs of white
 * space, line breaks included, become one space; control characters are dropped) and every
 * character that could start Markdown syntax is backslash-escaped, so a value can sit in a table
 * cell, a list item or a heading without changing the document's structure: a `|` stays in its
 * cell, `<b>` stays text, `# x` is not a heading, `[a](b)` is not a link.
 */

// C0/C1 controls and other invisible separators that would either be dropped by Markdown
// renderers or break lines (U+2028/2029).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g;
const SPACE = /[\s\u2028\u2029]+/g;
// Characters escaped wherever they appear: they open inline syntax (emphasis, code, links, HTML,
// autolinks, tables, strikethrough, math on GitHub) or escapes themselves.
const INLINE = /[\\`*[\]<>|~$]/g;
// `_` opens emphasis only at a word boundary; inside a word (data_source, score_0_100) it is literal.
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// At the start of the text they could open a block (heading, quote, list, setext line, ordered list).
const LEADING = /^([#>+=-]|\d+(?=[.)](?:\s|$)))/;
// At the end of the text they could close a heading.
const TRAILING_HASHES = /#+$/;
// Character references (&amp; &#35; &#x41;) would be decoded: escape their ampersand.
const ENTITY = /&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi;
// Bare URLs and e-mail addresses become links on GitHub (and MD034 flags them): break the pattern.
const AUTOLINK = /:(?=\/\/)|(?<=www)\.|@/giu;

/** One line of plain text: white space collapsed, controls dropped, trimmed. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(SPACE, ' ').trim();
}

/** Escapes user text for Markdown (see the module comment). */
export function escapeMarkdown(text: string): string {
  let s = oneLine(text);
  s = s.replace(INLINE, '\\$&');
  s = s.replace(UNDERSCORE, '\\_');
  s = s.replace(ENTITY, '\\&');
  s = s.replace(AUTOLINK, '\\$&');
  // Trailing `#`s would close an ATX heading (`# Acme #` reads as "Acme"; MD020 flags `# Acme#`).
  s = s.replace(TRAILING_HASHES, (m) => m.replace(/#/g, '\\#'));
  const lead = LEADING.exec(s);
  if (lead) {
    s = /^\d/.test(s) ? s.replace(/^(\d+)([.)])/, '$1\\$2') : `\\${s}`;
  }
  return s;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Returns a copy of `value` with every string passed through `fn` (objects and arrays are copied,
 * other values kept). Used to escape a whole view model once, before it reaches the templates.
 */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn);
    return out as T;
  }
  return value;
}

// Every ASCII punctuation character: in Typst markup any of them may start syntax (`#` code, `*`
// strong, `_` emphasis, `$` math, `<label>`, `@ref`, `[` `]` content, `//` comments, `=` `-` `+`
// `/` at a line start, `'` `"` smart quotes, `~` no-break space, `...` and `--` shorthands, `\`
// escapes, `http://` links). A backslash before any character makes it that character, literally.
const TYPST_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Escapes user text for Typst markup: one line (white space collapsed, controls dropped, so prose
 * reflows) with every ASCII punctuation character backslash-escaped. The result is plain text in
 * any markup position (a paragraph, a list item, a table cell `[...]`, a heading).
 */
export function escapeTypst(text: string): string {
  return oneLine(text).replace(TYPST_PUNCTUATION, '\\$&');
}

/** User text as a Typst string literal (`"..."`), for code positions such as document metadata. */
export function typstString(text: string): string {
  return `"${oneLine(text).replace(/["\\]/g, '\\$&')}"`;
}
