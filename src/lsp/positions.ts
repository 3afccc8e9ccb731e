/*
 * Positions between charter findings and the Language Server Protocol. Findings carry 1-based
 * lines and columns counted in UTF-16 code units (yaml's offsets are JavaScript string indices);
 * LSP positions are 0-based, and their `character` is in UTF-16 code units too (the protocol's
 * default, and the only encoding this server announces). So a finding's range converts by a shift
 * of one, never by recounting characters; offsets inside a document convert with the
 * TextDocument of vscode-languageserver-textdocument (`offsetAt`, `positionAt`).
 */
import type { Range as FindingRange } from '../model/types.js';
import type { Position, Range, TextEdit } from 'vscode-languageserver';

/** The LSP range of a finding's 1-based range. */
export function toLspRange(range: FindingRange): Range {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

function toLspPosition(p: { line: number; column: number }): Position {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

/** What a document offset API gives: vscode-languageserver-textdocument's TextDocument. */
export interface OffsetMap {
  positionAt(offset: number): Position;
}

/**
 * The one text edit that turns `before` into `after`: the span between their common start and
 * common end. The edits of charter's YAML editing touch one place, so this is that place; an
 * editor keeps the cursor and folding outside it.
 */
export function replacementEdit(doc: OffsetMap, before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  const splits = (i: number): boolean =>
    i > 0 && i < before.length && (/[\uD800-\uDBFF]/.test(before[i - 1]!) || (before[i - 1] === '\r' && before[i] === '\n'));
  if (splits(start)) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && splits(before.length - end)) end--;
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}
