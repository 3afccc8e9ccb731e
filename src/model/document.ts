import { LineCounter, parseAllDocuments, isMap, type Document } from 'yaml';
import { CharterError } from '../errors.js';
import type { Finding, Range } from './types.js';
import { offsetRange } from './locate.js';

/** Files larger than this are refused before parsing: parsing 20 MB of YAML takes ~860 MB of memory. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** An alias may be expanded at most this many times when the document is turned into data (stops alias bombs). */
export const MAX_ALIAS_COUNT = 100;

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

const YAML_SYNTAX = 'yaml-syntax';

/**
 * Decodes the bytes of a charter file as UTF-8, dropping a byte order mark.
 * Throws a {@link CharterError} (exit 2) for UTF-16 files, invalid UTF-8 and oversized files.
 */
export function decodeCharter(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new CharterError(
      `${file}: file is ${(bytes.length / 1048576).toFixed(1)} MiB; charters are limited to ${MAX_FILE_BYTES / 1048576} MiB. Is this really a charter?`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CharterError(`${file}:1:1: file is UTF-16 encoded; save it as UTF-8 and lint again`);
  }
  try {
    // The native decoder is fast; only a file it refuses is scanned again to say where.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // fall through to locate the first invalid byte
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').replace(/^\uFEFF/, '').length + 1;
    throw new CharterError(`${file}:${line}:${column}: file is not valid UTF-8 text; save it as UTF-8 and lint again`);
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return text;
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function syntaxFinding(file: string, message: string, range: Range): Finding {
  return { ruleId: YAML_SYNTAX, messageId: 'syntax', message, severity: 'error', path: [], range, file };
}

/**
 * Parses charter text (already decoded) into a {@link LoadedCharter}. Never throws on bad YAML:
 * syntax errors, duplicate keys, several documents and a top level that is not a mapping become
 * `yaml-syntax` findings at the parser's position.
 */
export function parseCharter(rawText: string, file: string): LoadedCharter {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const result: LoadedCharter = { file, text, lineCounter, doc: undefined, data: {}, fatal: [] };
  const at = (start: number, end: number): Range => offsetRange(text, lineCounter, start, end);
  let docs: Document.Parsed[];
  try {
    // logLevel 'silent': problems are reported as findings, never printed by the parser itself.
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' }) as Document.Parsed[];
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
  for (const d of docs) {
    for (const e of d.errors) {
      const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
      result.fatal.push(syntaxFinding(file, first, at(e.pos[0], Math.max(e.pos[1], e.pos[0]))));
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
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    result.data = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch (err) {
    const message =
      err instanceof RangeError
        ? tooDeepMessage(err)
        : `cannot read the document: ${err instanceof Error ? err.message : String(err)} (aliases are limited to ${MAX_ALIAS_COUNT} expansions)`;
    const r = contents.range;
    result.fatal.push(syntaxFinding(file, message, at(r[0], r[0])));
  }
  return result;
}

function tooDeepMessage(err: unknown): string {
  if (err instanceof RangeError) return 'the document is nested too deeply to read; a charter needs a few levels at most';
  throw err;
}

