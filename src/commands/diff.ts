import { Command, Option } from 'commander';
import { CharterError } from '../errors.js';
import { parseDateFlag } from '../dates.js';
import { DIFF_FAIL_KINDS, DIFF_FORMATS } from './choices.js';
import { withChoices } from './option-choices.js';
import type { DiffCommandOptions } from './diff-run.js';

function parseFailOn(value: unknown): DiffCommandOptions['failOn'] {
  if (typeof value !== 'string') return [];
  const kinds = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const k of kinds) {
    if (!(DIFF_FAIL_KINDS as readonly string[]).includes(k)) {
      throw new CharterError(`--fail-on: unknown kind '${k}': choose from ${DIFF_FAIL_KINDS.join(', ')} (comma-separated)`);
    }
  }
  return [...new Set(kinds)] as DiffCommandOptions['failOn'];
}

/** Turns commander's raw values into {@link DiffCommandOptions}. */
export function normalizeDiffOptions(paths: string[], raw: Record<string, unknown>): DiffCommandOptions {
  return {
    paths,
    ...(typeof raw['git'] === 'string' ? { git: raw['git'] } : {}),
    ...(typeof raw['head'] === 'string' ? { head: raw['head'] } : {}),
    format: (raw['format'] as DiffCommandOptions['format'] | undefined) ?? 'stylish',
    ...(typeof raw['outputFile'] === 'string' ? { outputFile: raw['outputFile'] } : {}),
    force: Boolean(raw['force']),
    failOn: parseFailOn(raw['failOn']),
    ...(raw['asOf'] !== undefined ? { asOf: parseDateFlag(raw['asOf'], '--as-of') } : {}),
    ...(typeof raw['config'] === 'string' ? { config: raw['config'] } : {}),
  };
}

/** `charter diff`: declares the options; the diff (and jsondiffpatch) loads only when it runs. */
export function diffCommand(setExitCode: (code: number) => void): Command {
  return new Command('diff')
    .description('what changed in what the team commits to, between two versions of charters (targets, owners, RACI, scope, signatures, findings)')
    .argument('[paths...]', 'two charters (old new); with --git, the files or folders to compare (default: all)')
    .option('--git <ref>', 'compare the working tree (or --head) with this git revision, through git show')
    .option('--head <ref>', 'with --git: compare this revision instead of the working tree')
    .addOption(withChoices(new Option('-f, --format <name>', 'output format'), [...DIFF_FORMATS]).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file (atomically)')
    .option('--force', 'overwrite an existing output file', false)
    .option('--fail-on <kinds>', `exit 1 when one of these kinds of change occurs, comma-separated: ${DIFF_FAIL_KINDS.join(', ')}`)
    .option('--as-of <date>', 'reference date for the date rules of both lints, YYYY-MM-DD (default: today, UTC)')
    .option('-c, --config <file>', 'lint configuration for both versions (default: found from the current folder upward), as for lint')
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
Items are matched by id (metrics, objectives, roles, risks, hand-offs...), never by position:
inserting a row is one change. A target is "lowered" when it becomes less ambitious against
the metric's direction (smaller for increase, larger for decrease).

Examples:
  $ charter diff old/csm.yaml csm.yaml                   two files
  $ charter diff --git main                              the working tree against main
  $ charter diff --git origin/main --head HEAD examples/ a pull request's charters
  $ charter diff --git main -f markdown -o diff.md       a PR comment or job summary
  $ charter diff --git main -f json                      for scripts (docs/diff.md)
  $ charter diff --git main --fail-on lowered-target,signatures-stale

Exit codes: 0 no --fail-on kind of change · 1 a --fail-on kind of change occurs
· 2 usage, git, I/O or configuration error`,
    )
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const options = normalizeDiffOptions(paths, raw);
      const { runDiff } = await import('./diff-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(await runDiff(options, processIo()));
    });
}
