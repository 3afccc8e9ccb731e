import { FORMATS } from './choices.js';
import { existsSync } from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };
import { todayUtc } from '../engine/run-rules.js';
import { lintInputs, loadEngineConfig } from '../engine/run.js';
import type { FileResult } from '../model/types.js';
import { expandPaths } from '../files.js';
import { formatters } from '../formatters/index.js';
import { summarize } from '../formatters/types.js';
import { CharterError } from '../errors.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { ruleInfos } from '../rules/support/info.js';
import { ignoredBy, resolveFileConfig, type LintConfig } from '../config/config.js';
import { useColor, type Io } from '../terminal/io.js';

export type FormatName = (typeof FORMATS)[number];

/** Options of `charter lint`, after parsing and normalising. */
export interface LintCommandOptions {
  paths: string[];
  asOf?: string;
  /** The reports to write; empty means the default format on stdout. */
  outputs: LintOutput[];
  quiet: boolean;
  /** List references to teams whose charters are not loaded (info findings). */
  strictRefs?: boolean;
  /** Fail the run (exit 1) when there are more warnings than this. */
  maxWarnings?: number;
  /** Overwrite existing output files. */
  force?: boolean;
  /** A configuration file (instead of looking for one from the current folder upward). */
  config?: string;
  /** Print the configuration that applies to this file, and lint nothing. */
  printConfig?: string;
  /** `.gitignore`-style patterns of files not to lint, relative to the current folder. */
  ignorePatterns?: string[];
  /** Honour `# charter-disable…` comments (default true; `--no-inline-config` sets false). */
  inlineConfig?: boolean;
  /** Report suppressions without a reason. */
  requireReasons?: boolean;
  /** Lint worker threads for runs of many files (`--concurrency`). */
  concurrency?: number | 'auto' | 'off';
  /** Report only findings not in this baseline file (`--baseline`). */
  baseline?: string;
  /** Write the run's findings to the baseline file instead of reporting them (`--update-baseline`). */
  updateBaseline?: boolean;
}

/** The baseline file when `--update-baseline` is given without `--baseline`. */
export const DEFAULT_BASELINE = 'charter-baseline.json';

/** One report: a format, written to a file or (without `file`) to stdout. */
export interface LintOutput {
  /** Undefined: the default format (`github` when GITHUB_ACTIONS=true, else `stylish`). */
  format?: FormatName;
  file?: string;
}

/** Above this many files, a progress line is shown on stderr (on a terminal, outside CI). */
export const PROGRESS_THRESHOLD = 300;

/** The reports to write: as given, or the default format on stdout (`github` inside GitHub Actions). */
function resolveOutputs(outputs: readonly LintOutput[], io: Io): Array<{ format: FormatName; file?: string }> {
  const fallback: FormatName = io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish';
  const list = outputs.length > 0 ? outputs : [{}];
  return list.map((o) => ({ format: o.format ?? fallback, ...(o.file !== undefined ? { file: o.file } : {}) }));
}

function progress(io: Io, total: number): { tick(done: number): void; end(): void } {
  const on = io.stderrIsTTY === true && total > PROGRESS_THRESHOLD && !io.env['CI'];
  return {
    tick(done) {
      if (on && (done % 25 === 0 || done === total)) io.stderr(`\rcharter: linting ${done}/${total} files`);
    },
    end() {
      if (on) io.stderr('\r\u001b[K');
    },
  };
}

/** Prints the configuration that applies to one file (`--print-config FILE`). */
function printConfig(config: LintConfig, file: string, options: LintCommandOptions, cwd: string, io: Io): number {
  const fc = resolveFileConfig(config, file);
  const out = {
    file,
    configFile: config.file ?? null,
    extends: config.preset,
    ignored: ignoredBy(config, options.ignorePatterns ?? [], cwd)(file),
    strictRefs: options.strictRefs === true || config.strictRefs,
    requireReasons: options.requireReasons === true || config.requireReasons,
    inlineConfig: options.inlineConfig !== false,
    rules: Object.fromEntries(
      ruleInfos()
        .filter((r) => r.id !== 'yaml-syntax')
        .map((r) => [r.id, fc.ruleOptions[r.id] ? { severity: fc.severities[r.id], options: fc.ruleOptions[r.id] } : fc.severities[r.id]]),
    ),
  };
  io.stdout(JSON.stringify(out, null, 2) + '\n');
  return 0;
}

/** The one note on the YAML files a folder walk skipped as no charters. */
export function skippedNote(skipped: readonly string[]): string {
  const n = skipped.length;
  const names = skipped.slice(0, 3).join(', ') + (n > 3 ? ` and ${n - 3} more` : '');
  return `charter: note: skipped ${n} YAML file${n === 1 ? '' : 's'} without a top-level 'charter:' key (not charters): ${names}\n`;
}

/** Lints the charters named by `options.paths`; returns the exit code (0 clean, 1 error findings or too many warnings). */
export async function runLint(options: LintCommandOptions, io: Io): Promise<number> {
  const cwd = process.cwd();
  const config = await loadEngineConfig(cwd, options.config);
  if (options.printConfig !== undefined) return printConfig(config, options.printConfig, options, cwd, io);
  const outputs = resolveOutputs(options.outputs, io);
  // Refuse before the work, not after it: an existing report is only replaced with --force.
  for (const o of outputs) {
    if (o.file !== undefined && !options.force && existsSync(o.file)) {
      throw new CharterError(`${o.file}: file exists; use --force to overwrite it`);
    }
  }
  const baselineFile = options.baseline ?? (options.updateBaseline ? DEFAULT_BASELINE : undefined);
  const baseline = baselineFile === undefined ? undefined : await import('../baseline.js');
  // Read before the work: a missing or broken baseline is an error (exit 2) unless it is being written.
  const accepted = baseline && baselineFile !== undefined ? baseline.readBaseline(baselineFile, options.updateBaseline === true) : undefined;
  const files = await expandPaths(options.paths, ignoredBy(config, options.ignorePatterns ?? [], cwd));
  const bar = progress(io, files.length);
  const linted = await lintInputs(
    files.map((f) => ({ file: f.path, explicit: f.explicit })),
    {
      config,
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      strictRefs: options.strictRefs === true,
      requireReasons: options.requireReasons === true,
      inlineConfig: options.inlineConfig !== false,
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      // Fingerprints name list items by their keys, read from the data.
      keepData: baseline !== undefined,
      onFile: (done) => bar.tick(done),
    },
  );
  bar.end();
  const asOf = options.asOf ?? todayUtc();
  let results: FileResult[] = linted.files.map((f) => ({ file: f.file, findings: f.findings }));
  if (results.length === 0) {
    throw new CharterError(
      `no charters found in ${options.paths.join(', ')}: a charter is a .yaml/.yml file whose top level has 'charter: 1' (create one with 'charter init')`,
    );
  }
  if (linted.skipped.length > 0) io.stderr(skippedNote(linted.skipped));
  let acceptedCount: number | undefined;
  if (baseline && baselineFile !== undefined && accepted) {
    if (options.updateBaseline) {
      const entries = baseline.baselineEntries(linted.files, baselineFile, asOf);
      const { added, removed } = baseline.baselineChanges(accepted, entries);
      baseline.writeBaseline(baselineFile, entries);
      io.stderr(`charter: ${baselineFile}: ${entries.length} finding${entries.length === 1 ? '' : 's'} (${added} added, ${removed} removed)\n`);
      results = results.map((r) => ({ ...r, findings: [] }));
      acceptedCount = entries.length;
    } else {
      ({ results, accepted: acceptedCount } = baseline.withoutBaselined(linted.files, accepted, baselineFile, asOf));
    }
  }
  const { warnings } = summarize(results);
  if (options.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  const rulesRun = linted.rulesRun;
  for (const o of outputs) {
    const formatter = formatters[o.format];
    if (!formatter) throw new CharterError(`unknown format '${o.format}'`);
    const color = o.file === undefined && useColor(io);
    const text = formatter(results, { asOf, color, rules: rulesRun, version: pkg.version, ...(acceptedCount !== undefined ? { accepted: acceptedCount } : {}) });
    if (o.file === undefined) io.stdout(text);
    else writeFileAtomic(o.file, text, { overwrite: options.force === true });
  }
  const errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`charter: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
    return 1;
  }
  return errors ? 1 : 0;
}
