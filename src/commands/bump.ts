import { Command, Argument } from 'commander';
import { CharterError } from '../errors.js';
import { optionalText, parseDateOption, requiredText } from './edit-options.js';
import { BUMP_LEVELS } from './choices.js';
import { withChoices } from './option-choices.js';
import type { BumpCommandOptions, BumpLevel } from './bump-run.js';

/** Turns commander's raw values into {@link BumpCommandOptions}. */
export function normalizeBumpOptions(file: string, level: string | undefined, raw: Record<string, unknown>): BumpCommandOptions {
  if (level === undefined) {
    throw new CharterError(
      'bump: say which part of the version to increase: major (3.2 → 4.0), minor (3.2 → 3.3) or patch (3.2 → 3.2.1), ' +
        `e.g. charter bump ${file} minor --summary "Added the CSQL metric"`,
    );
  }
  return {
    file,
    level: level as BumpLevel,
    summary: requiredText(raw['summary'], '--summary', 'say what changed, e.g. --summary "Added the CSQL metric"'),
    author: optionalText(raw['author'], '--author'),
    date: parseDateOption(raw['date']),
  };
}

/** `charter bump`: declares the options; the work is loaded only when the command runs. */
export function bumpCommand(setExitCode: (code: number) => void): Command {
  return new Command('bump')
    .description('increase meta.version, record the change in meta.revision_history and tell which signatures become stale')
    .argument('<file>', 'the charter')
    // Optional for commander, so that a missing level gets a line that says what to write
    // (normalizeBumpOptions) instead of a bare "missing required argument".
    .addArgument(withChoices(new Argument('[level]', 'which part of the version to increase (required)'), BUMP_LEVELS))
    .usage('[options] <file> <level>')
    .option('--summary <text>', 'what changed (required)')
    .option('--author <name>', 'who made the change (default: meta.owner.name)')
    .option('--date <date>', 'date of the revision, YYYY-MM-DD (default: today, UTC)')
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
Versions are one to three numbers: major 3.2 → 4.0, minor 3.2 → 3.3, patch 3.2 → 3.2.1
(major 3.2.1 → 4.0.0). The quoting of the version is kept. Every signature made for the
previous version is stale afterwards: collect them again with 'charter sign'.
The file is edited in place: comments, key order, quoting and blank lines are kept.

Examples:
  $ charter bump csm.yaml minor --summary "Added the CSQL metric and the upsell limit."
  $ charter bump csm.yaml major --summary "New charter year." --author "Maya Okafor" --date 2027-01-04

Exit codes: 0 bumped · 2 usage, YAML or I/O error, or a version that is not numeric (the file is left untouched)`,
    )
    .action(async (file: string, level: string | undefined, raw: Record<string, unknown>) => {
      const options = normalizeBumpOptions(file, level, raw);
      const { runBump } = await import('./bump-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(await runBump(options, processIo()));
    });
}
