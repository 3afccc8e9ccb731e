import { CharterError } from '../errors.js';

/** Files larger than this are refused before parsing: parsing 20 MB of YAML takes ~860 MB of memory. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Files with more structural characters than this (`,` `:` `-` `[` `{` and line breaks, an upper
 * bound on the number of nodes) are refused before the full parse: `yaml` spends about 10 µs and
 * several hundred bytes per node, so a 5 MiB file of tiny nodes would take minutes and exhaust
 * memory. The 14-page benchmark charter has about 5,000.
 */
export const MAX_STRUCTURE = 100_000;

/** The number of structural characters in the text, stopping once past `limit`. */
export function structureCount(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // , - : [ { and line feed
    if (c === 0x2c || c === 0x2d || c === 0x3a || c === 0x5b || c === 0x7b || c === 0x0a) {
      if (++n > limit) return n;
    }
  }
  return n;
}

/** A size for messages: '20.0 MiB', and '5.05 MiB' close to the limit so it does not read as the limit itself. */
export function mebibytes(bytes: number): string {
  const m = bytes / 1048576;
  return `${m < 10 ? (Math.floor(m * 100) / 100).toFixed(2) : m.toFixed(1)} MiB`;
}

/** Text without a leading byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decodes the bytes of a charter file as UTF-8, dropping a byte order mark.
 * Throws a {@link CharterError} (exit 2) for UTF-16 files, invalid UTF-8 and oversized files.
 */
export function decodeCharter(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new CharterError(
      `${file}: file is ${mebibytes(bytes.length)}; charters are limited to ${MAX_FILE_BYTES / 1048576} MiB. Is this really a charter?`,
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
