/*
 * The yaml parse that hovers, completions and quick fixes read (with node positions), under the
 * same limits as the engine's full parse (model/document.ts): a text the engine refuses to parse
 * (too many nodes, a list used as a key nesting too deep) is not read for them either, and
 * turning a document into data expands aliases at most MAX_ALIAS_COUNT times. Neither ever
 * throws on what the user typed.
 */
import { parseDocument, type Document } from 'yaml';
import { MAX_ALIAS_COUNT, tooDeepKey } from '../model/document.js';
import { MAX_STRUCTURE, structureCount } from '../model/decode.js';

/** The last document parsed, kept for the next request on the same text (a hover, then a completion). */
let last: { text: string; uniqueKeys: boolean; doc: Document.Parsed | undefined } | undefined;

/**
 * The document of `text`, or undefined when it is too large to parse (the engine reports that on
 * the document). Requests read the document and never change it, so consecutive requests on the
 * same text share one parse.
 */
export function editorDocument(text: string, options: { uniqueKeys?: boolean } = {}): Document.Parsed | undefined {
  const uniqueKeys = options.uniqueKeys ?? true;
  if (last !== undefined && last.text === text && last.uniqueKeys === uniqueKeys) return last.doc;
  const doc = parse(text, uniqueKeys);
  last = { text, uniqueKeys, doc };
  return doc;
}

function parse(text: string, uniqueKeys: boolean): Document.Parsed | undefined {
  if (structureCount(text, MAX_STRUCTURE) > MAX_STRUCTURE) return undefined;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { logLevel: 'silent', uniqueKeys });
  } catch {
    // Nesting deeper than the parser's stack.
    return undefined;
  }
  // A key yaml would take seconds to turn into text (the engine refuses the file for it too).
  return tooDeepKey(doc) === undefined ? doc : undefined;
}

/** The document as plain data, or undefined when it cannot be read (an unresolved alias, an alias bomb, too deep). */
export function dataOf(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch {
    return undefined;
  }
}
