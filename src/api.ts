import { decodeCharter, parseCharter, type LoadedCharter } from './model/document.js';
import type { LintOptions } from './engine/lint.js';
import { lint as lintWith, lintCharter } from './engine/place.js';
import { crossRules, rules } from './rules/index.js';
import { readBytes } from './files.js';
import type { FileResult, Finding } from './model/types.js';

/** Options of {@link lint}: the engine's options with the rules defaulting to every built-in rule. */
export type LintRunOptions = Omit<LintOptions, 'rules'> & Partial<Pick<LintOptions, 'rules'>>;

/** Reads and parses a charter file. Throws a CharterError (exit 2) when it cannot be read or decoded. */
export function loadCharter(path: string): LoadedCharter {
  return parseCharter(decodeCharter(readBytes(path), path), path);
}

/** Parses charter text (a string or raw bytes) without touching the file system. */
export function loadCharterText(text: string | Uint8Array, file = '<text>'): LoadedCharter {
  return parseCharter(typeof text === 'string' ? text : decodeCharter(text, file), file);
}

/**
 * Lints parsed charters with the built-in rules (unless `options.rules` / `options.crossRules` are
 * given). With more than one charter, the cross-charter rules run across them.
 */
export function lint(charters: readonly LoadedCharter[], options: LintRunOptions = {}): FileResult[] {
  return lintWith(charters, { ...options, rules: options.rules ?? rules, crossRules: options.crossRules ?? crossRules });
}

/** Lints one piece of charter text. */
export function lintText(text: string, file = '<text>', options: LintRunOptions = {}): Finding[] {
  return lintCharter(loadCharterText(text, file), { ...options, rules: options.rules ?? rules });
}
