/**
 * Renders a charter as Markdown: the view model is escaped once (every user string, see
 * escape.ts), run through the Markdown templates (compiled with `noEscape`, since Handlebars'
 * HTML escaping has no place in Markdown), and tidied so that the result passes markdownlint's
 * default rules: one blank line between blocks, no trailing spaces, prose wrapped at 80 columns
 * (tables and headings are exempted in the file's own markdownlint-configure-file comment).
 */
import { escapeMarkdown, mapStrings } from './escape.js';
import { loadLayout, type CompiledLayout } from './templates.js';
import type { CharterView } from './view.js';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** A folder whose templates override the built-in ones (same file names). */
  templateDir?: string;
}

/** Renders the view model of a charter as Markdown. */
export async function renderMarkdown(view: CharterView, options: MarkdownOptions = {}): Promise<string> {
  return markdownWith(await loadLayout('markdown', options.templateDir), view);
}

/** Renders with an already loaded layout (see {@link loadLayout}); synchronous. */
export function markdownWith(layout: CompiledLayout, view: CharterView): string {
  return tidyMarkdown(layout(mapStrings(view, escapeMarkdown)));
}

const WIDTH = 80;
// A word that would start a block (list item, quote, heading, setext underline, table, fence) if
// it began a continuation line: it is kept on the line before, or, when that would make a line
// too long for any wrapping (MD013), escaped so that it can begin one.
const BLOCK_START = /^(?:[-+*>#=|]|\d+[.)]|`{3}|~{3})/;

function escapeBlockStart(word: string): string {
  return /^\d/.test(word) ? word.replace(/^(\d+)([.)])/, '$1\\$2') : `\\${word}`;
}

/** Splits a long prose line at spaces; list items and quotes keep their indentation. */
export function wrapLine(line: string, width = WIDTH): string[] {
  if (line.length <= width || line.startsWith('|') || /^#{1,6} /.test(line) || line.startsWith('<!--')) return [line];
  const m = /^(\s*)((?:[-*+]|\d+[.)]) |> )?/.exec(line)!;
  const indent = m[1] ?? '';
  const marker = m[2] ?? '';
  const first = indent + marker;
  const next = marker.startsWith('>') ? `${indent}> ` : indent + ' '.repeat(marker.length);
  const units: string[] = [];
  for (const word of line.slice(first.length).split(' ')) {
    if (word === '') continue;
    const last = units.length - 1;
    if (last < 0 || !BLOCK_START.test(word)) units.push(word);
    else if (next.length + units[last]!.length + 1 + word.length <= width) units[last] += ` ${word}`;
    else units.push(escapeBlockStart(word));
  }
  const out: string[] = [];
  let current = first;
  let empty = true;
  for (const unit of units) {
    if (!empty && current.length + 1 + unit.length > width) {
      out.push(current);
      current = next + unit;
    } else {
      current += (empty ? '' : ' ') + unit;
    }
    empty = false;
  }
  out.push(current);
  return out;
}

/** Trailing spaces removed, long prose wrapped (not inside code fences), blank lines collapsed, one final newline. */
export function tidyMarkdown(text: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced || line.startsWith('```')) {
      out.push(line);
      continue;
    }
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    out.push(...wrapLine(line));
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
