/** The library's `lint`: the lint `charter lint` runs, on files or in-memory text (engine/run.ts). */
import { parseCharter, type LoadedCharter } from './model/document.js';
import { lintCharter, placeFindings, placeReported } from './engine/place.js';
import { lintInputsSync, type EngineOptions, type FullParse, type LintInput } from './engine/run.js';
import { loadConfig } from './config/load.js';
import type { FileResult, Finding } from './model/types.js';

/**
 * Options of {@link lint}: the engine's options. The configuration file (charter.config.yaml and
 * the like) is found from `cwd` (default: the current folder) upward, as `charter lint` finds it;
 * pass `config` or `configFile` to choose. Inline `charter-disable` comments apply unless
 * `inlineConfig: false`.
 */
export type LintRunOptions = Omit<EngineOptions, 'keepData' | 'onFile'>;

const FULL: FullParse = { parseCharter, lintCharter, placeReported, placeFindings };

/**
 * Lints charters: file paths, {@link LintInput}s (a file and, optionally, its text in memory) or
 * parsed charters. This is the lint `charter lint` runs — the same configuration, inline
 * comments, cross-charter rules (with more than one charter) and sorting — so it gives the same
 * findings. One result per charter, in the order given.
 */
export function lint(charters: readonly (string | LintInput | LoadedCharter)[], options: LintRunOptions = {}): FileResult[] {
  const inputs: LintInput[] = charters.map((c) =>
    typeof c === 'string' ? { file: c } : { file: c.file, ...(c.text !== undefined ? { text: c.text } : {}) },
  );
  return lintInputsSync(inputs, options, FULL, loadConfig).files.map((f) => ({ file: f.file, findings: f.findings }));
}

/** Lints one piece of charter text (see {@link lint}). */
export function lintText(text: string, file = '<text>', options: LintRunOptions = {}): Finding[] {
  return lint([{ file, text }], options)[0]?.findings ?? [];
}
