import { readBytes } from '../files.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { CharterError } from '../errors.js';
import { decodeCharter, parseCharter, type LoadedCharter } from '../model/document.js';
import { applyEdits, type Edit } from './yaml-edit.js';
import { notACharter } from '../schema/validate.js';

/** A charter file opened for editing: its text (without BOM), whether it had a BOM, and its parse. */
export interface EditableCharter {
  path: string;
  bom: boolean;
  loaded: LoadedCharter;
}

/** Reads and parses a charter to edit it. I/O and encoding problems throw a CharterError (exit 2). */
export function readEditable(path: string): EditableCharter {
  const bytes = readBytes(path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { path, bom, loaded: parseCharter(decodeCharter(bytes, path), path) };
}

/**
 * Throws a one-line CharterError (exit 2) at the first YAML syntax problem, or when the file is no
 * charter at all (the refusal lint gives a file named on the command line): such a file cannot be
 * edited, signed or verified.
 */
export function assertEditable(charter: EditableCharter, command: string): void {
  const f = charter.loaded.fatal[0];
  if (f) {
    throw new CharterError(
      `${charter.path}:${f.range.start.line}:${f.range.start.column}: ${f.message}; fix the YAML before running 'charter ${command}'`,
    );
  }
  const refusal = notACharter(charter.path, charter.loaded.data);
  if (refusal !== undefined) throw new CharterError(refusal);
}

/**
 * Applies the edits and writes the file atomically, keeping its byte order mark and line
 * endings. Nothing is written when an edit fails.
 */
export function writeEdits(charter: EditableCharter, edits: readonly Edit[]): string {
  const text = applyEdits(charter.loaded.text, edits, charter.path, charter.loaded.data);
  writeFileAtomic(charter.path, (charter.bom ? '\uFEFF' : '') + text, { overwrite: true });
  return text;
}
