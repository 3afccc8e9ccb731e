import { Command, Option } from 'commander';
import { CharterError } from '../errors.js';

/** Options of `charter lint`, after parsing and normalising. */
export interface LintCommandOptions {
  paths: string[];
  asOf?: string;
  format: 'stylish' | 'json';
  quiet: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new CharterError(`--as-of must be a calendar date written YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

/** Turns commander's raw values into {@link LintCommandOptions}. */
export function normalizeLintOptions(paths: string[], raw: Record<string, unknown>): LintCommandOptions {
  return {
    paths: paths.length > 0 ? paths : ['.'],
    asOf: typeof raw['asOf'] === 'string' ? parseDate(raw['asOf']) : undefined,
    format: (raw['format'] as LintCommandOptions['format']) ?? 'stylish',
    quiet: Boolean(raw['quiet']),
  };
}

/** `charter lint`: declares the options; the work is loaded only when the command runs. */
export function lintCommand(setExitCode: (code: number) => void): Command {
  return new Command('lint')
    .description('check charters against the format and the completeness rules')
    .argument('[paths...]', 'charter files or folders (a folder means the *.yaml/*.yml charters below it)', [])
    .option('--as-of <date>', 'reference date for date rules, YYYY-MM-DD (default: today, UTC)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-q, --quiet', 'report errors only (hide warnings and infos)', false)
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
Examples:
  $ charter lint charters/csm.yaml          lint one charter
  $ charter lint charters/                  lint every charter in a folder
  $ charter lint --as-of 2026-11-22 .       pin the date (reproducible CI runs)
  $ charter lint -f json charters/ > out.json

Exit codes: 0 no errors · 1 at least one error finding · 2 usage, I/O or configuration error`,
    )
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const options = normalizeLintOptions(paths, raw);
      const { runLint } = await import('./lint-run.js');
      const { processIo } = await import('./io.js');
      setExitCode(await runLint(options, processIo()));
    });
}
