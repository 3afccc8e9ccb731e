import { existsSync } from 'node:fs';
import { CharterError } from '../errors.js';
import { readBytes } from '../files.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { decodeCharter } from '../model/decode.js';
import { loadEngineConfig } from '../engine/run.js';
import { diffCharters, type DiffReport, type FailKind, type FilePair } from '../diff/report.js';
import { gitPairs } from '../diff/git.js';
import { diffJson, diffStylish } from '../diff/format.js';
import type { DIFF_FAIL_KINDS, DIFF_FORMATS } from './choices.js';
import { useColor, type Io } from '../terminal/io.js';

export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Options of `charter diff`, after parsing and normalising. */
export interface DiffCommandOptions {
  /** Two files (old, new); or, with `git`, the paths to limit the comparison to. */
  paths: string[];
  /** Compare with this git revision (`--git <ref>`). */
  git?: string;
  /** With `git`: the newer revision (default: the working tree). */
  head?: string;
  format: DiffFormat;
  outputFile?: string;
  force?: boolean;
  failOn: Array<(typeof DIFF_FAIL_KINDS)[number]>;
  asOf?: string;
  config?: string;
}

function readSide(path: string): { file: string; text: string } {
  return { file: path, text: decodeCharter(readBytes(path), path) };
}

/** The pairs to compare: two files, or what changed since a git revision. */
export function diffPairs(options: DiffCommandOptions): FilePair[] {
  if (options.git !== undefined) return gitPairs(options.git, options.head, options.paths);
  if (options.head !== undefined) throw new CharterError('--head goes with --git <ref>: charter diff --git main --head HEAD');
  if (options.paths.length !== 2) {
    throw new CharterError(`charter diff compares two charters, got ${options.paths.length}: charter diff old.yaml new.yaml (or charter diff --git <ref> [paths...])`);
  }
  const [a, b] = options.paths as [string, string];
  return [{ status: 'modified', old: readSide(a), new: readSide(b) }];
}

/** The report of a diff, computed (every format renders the same report). */
export async function computeDiff(options: DiffCommandOptions): Promise<DiffReport> {
  const pairs = diffPairs(options);
  const config = await loadEngineConfig(process.cwd(), options.config);
  const failOn: FailKind[] = options.failOn;
  return diffCharters(pairs, { config, ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) }, failOn);
}

/** Runs `charter diff`; returns the exit code (1 when a `--fail-on` kind of change occurs). */
export async function runDiff(options: DiffCommandOptions, io: Io): Promise<number> {
  if (options.outputFile !== undefined && !options.force && existsSync(options.outputFile)) {
    throw new CharterError(`${options.outputFile}: file exists; use --force to overwrite it`);
  }
  const report = await computeDiff(options);
  let text: string;
  if (options.format === 'json') text = diffJson(report);
  else if (options.format === 'markdown') text = (await import('../diff/markdown.js')).diffMarkdown(report);
  else text = diffStylish(report, options.outputFile === undefined && useColor(io));
  if (options.outputFile === undefined) io.stdout(text);
  else writeFileAtomic(options.outputFile, text, { overwrite: options.force === true });
  if (report.failed.length > 0) {
    if (options.format !== 'stylish' || options.outputFile !== undefined) io.stderr(`charter: diff fails on ${report.failed.join(', ')}\n`);
    return 1;
  }
  return 0;
}
