/** Reading charters into parsed documents (with positions), for the library and the commands that edit or draw from them. */
import { decodeCharter, parseCharter, type LoadedCharter } from './model/document.js';
import { readBytes } from './files.js';

/** Reads and parses a charter file. Throws a CharterError (exit 2) when it cannot be read or decoded. */
export function loadCharter(path: string): LoadedCharter {
  return parseCharter(decodeCharter(readBytes(path), path), path);
}

/** Parses charter text (a string or raw bytes) without touching the file system. */
export function loadCharterText(text: string | Uint8Array, file = '<text>'): LoadedCharter {
  return parseCharter(typeof text === 'string' ? text : decodeCharter(text, file), file);
}
