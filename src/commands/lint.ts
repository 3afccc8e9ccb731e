import { Command, Option } from 'commander';
import { CharterError } from '../errors.js';
import { parseDateFlag } from '../dates.js';
import { FORMATS } from './choices.js';
import { didYouMean } from './option-choices.js';
import type { FormatName, LintCommandOptions, LintOutput } from './lint-run.js';

function parseFormat(value: string): FormatName {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new CharterError(`unknown format '${value}': choose one of ${FORMATS.join(', ')}${didYouMean(value, FORMATS)}`);
  }
  return value as FormatName;
}

/** `--format`/`--output-file` in the order given on the command line. */
export type OutputArg = { kind: 'format'; value: string } | { kind: 'file'; value: string };

/**
 * Pairs formats with files: `-f sarif:out.sarif` names both; `-o FILE` goes to the closest
 * `--format` before it that has no file yet (or, with none, to the default format).
 */
export function parseOutputs(args: readonly OutputArg[]): LintOutput[] {
  const outputs: LintOutput[] = [];
  for (const a of args) {
    if (a.kind === 'format') {
      const colon = a.value.indexOf(':');
      if (colon > 0) outputs.push({ format: parseFormat(a.value.slice(0, colon)), file: a.value.slice(colon + 1) || undefined });
      else outputs.push({ format: parseFormat(a.value) });
      continue;
    }
    const open = [...outputs].reverse().find((o) => o.file === undefined);
    if (open) open.file = a.value;
    else outputs.push({ file: a.value });
  }
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) {
    throw new CharterError(
      `only one format can write to the terminal, got ${toStdout.map((o) => o.format ?? 'the default').join(' and ')}: give the others a file (-f sarif:out.sarif, or --format sarif --output-file out.sarif)`,
    );
  }
  const files = outputs.map((o) => o.file).filter((f): f is string => f !== undefined);
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup !== undefined) throw new CharterError(`two reports would be written to ${dup}; give each format its own file`);
  return outputs;
}

function parseCount(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new CharterError(`${flag} must be a whole number of 0 or more, got '${value}'`);
  return Number(value);
}

function parseConcurrency(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value;
  if (/^\d+$/.test(value)) return Number(value);
  throw new CharterError(`--concurrency must be auto, off or a number of worker threads, got '${value}'`);
}

/** Turns commander's raw values into {@link LintCommandOptions}. */
export function normalizeLintOptions(paths: string[], raw: Record<string, unknown>, outputArgs: readonly OutputArg[] = []): LintCommandOptions {
  return {
    paths: paths.length > 0 ? paths : ['.'],
    asOf: raw['asOf'] === undefined ? undefined : parseDateFlag(raw['asOf'], '--as-of'),
    outputs: parseOutputs(outputArgs),
    quiet: Boolean(raw['quiet']),
    strictRefs: Boolean(raw['strictRefs']),
    maxWarnings: typeof raw['maxWarnings'] === 'string' ? parseCount(raw['maxWarnings'], '--max-warnings') : undefined,
    force: Boolean(raw['force']),
    config: typeof raw['config'] === 'string' ? raw['config'] : undefined,
    printConfig: typeof raw['printConfig'] === 'string' ? raw['printConfig'] : undefined,
    ignorePatterns: Array.isArray(raw['ignorePattern']) ? (raw['ignorePattern'] as string[]) : [],
    inlineConfig: raw['inlineConfig'] !== false,
    requireReasons: Boolean(raw['requireReasons']),
    ...(raw['concurrency'] !== undefined ? { concurrency: parseConcurrency(String(raw['concurrency'])) } : {}),
    ...(typeof raw['baseline'] === 'string' ? { baseline: raw['baseline'] } : {}),
    ...(raw['updateBaseline'] === true ? { updateBaseline: true } : {}),
  };
}

/** `charter lint`: declares the options; the work is loaded only when the command runs. */
export function lintCommand(setExitCode: (code: number) => void): Command {
  const outputArgs: OutputArg[] = [];
  const collect = (kind: OutputArg['kind']) => (value: string) => {
    outputArgs.push({ kind, value });
    return value;
  };
  return new Command('lint')
    .description('check charters against the format, the completeness rules and each other')
    .argument('[paths...]', 'charter files or folders (a folder means the *.yaml/*.yml charters below it)', [])
    .option('--as-of <date>', 'reference date for date rules, YYYY-MM-DD (default: today, UTC)')
    .addOption(
      new Option('-f, --format <name[:file]>', `output format: ${FORMATS.join(', ')}; repeat for several reports (default: stylish, or github when GITHUB_ACTIONS=true)`).argParser(
        collect('format'),
      ),
    )
    .addOption(new Option('-o, --output-file <file>', 'write the report of the --format before it to a file (written atomically)').argParser(collect('file')))
    .option('--force', 'overwrite existing output files', false)
    .option('-q, --quiet', 'report errors only (hide warnings and infos)', false)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (counted before --quiet)')
    .option('--strict-refs', 'list references to teams whose charters are not loaded (info findings)', false)
    .option('-c, --config <file>', 'use this configuration file (default: charter.config.yaml, .charterrc.yaml or .charterrc.json, from the current folder upward)')
    .option('--print-config <file>', 'print the configuration that applies to a file, and lint nothing')
    .option('--ignore-pattern <pattern>', '.gitignore-style pattern of files not to lint (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--no-inline-config', 'ignore # charter-disable… comments in charters')
    .option('--require-reasons', "report # charter-disable… comments without a reason (' -- why')", false)
    .option('--baseline <file>', 'report only findings not in this baseline (matched by rule, file and fingerprint, never by line)')
    .option('--update-baseline', 'write the findings of this run to the baseline (--baseline, default charter-baseline.json) and report none', false)
    .option('--concurrency <n>', 'lint worker threads besides the main one for many files: auto, off or a number (default: auto)')
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
Several charters linted together are also checked against each other (dependencies, hand-offs,
process ownership, duplicate team ids).

Examples:
  $ charter lint examples/renewals.yaml     lint one charter
  $ charter lint examples/                  lint every charter in a folder, and across them
  $ charter lint --as-of 2026-11-22 .       pin the date (reproducible CI runs)
  $ charter lint -f json examples/ > out.json
  $ charter lint -f sarif:charter.sarif -f stylish examples/
  $ charter lint --format junit --output-file junit.xml --format stylish examples/
  $ charter lint --max-warnings 0 examples/ fail on any warning
  $ charter lint 'examples/**/*.yaml' --ignore-pattern needs-work/
  $ charter lint --print-config examples/renewals.yaml
  $ charter lint --baseline charter-baseline.json --update-baseline examples/   accept today's findings
  $ charter lint --baseline charter-baseline.json examples/                     report only new ones

In a charter, '# charter-disable-next-line <rule>[, <rule>] -- reason' on its own line hides
the next line's findings of those rules (also: charter-disable … charter-enable, and
charter-disable-file).

Exit codes: 0 no errors · 1 at least one error finding, or more warnings than --max-warnings
· 2 usage, I/O or configuration error`,
    )
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const options = normalizeLintOptions(paths, raw, outputArgs);
      const { runLint } = await import('./lint-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(await runLint(options, processIo()));
    });
}
