import { Command, CommanderError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { CharterError } from './errors.js';
import { lintCommand } from './commands/lint.js';
import { rulesCommand, explainCommand } from './commands/rules.js';
import { renderCommand } from './commands/render.js';
import { signCommand } from './commands/sign.js';
import { approveCommand } from './commands/approve.js';
import { reviewCommand } from './commands/review.js';
import { bumpCommand } from './commands/bump.js';
import { initCommand } from './commands/init.js';
import { diffCommand } from './commands/diff.js';
import { lspCommand } from './commands/lsp.js';

/**
 * Builds the program. This module is the only error boundary and the only place that sets the
 * exit code: 0 clean · 1 findings that fail the run · 2 usage, configuration or I/O error ·
 * 130 interrupted.
 */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('charter')
    .description('Customer Success team charters as code: scaffold, lint, render and sign charters written in YAML')
    .version(pkg.version, '-v, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.addCommand(initCommand(setExitCode).exitOverride());
  program.addCommand(lintCommand(setExitCode).exitOverride());
  program.addCommand(renderCommand(setExitCode).exitOverride());
  program.addCommand(signCommand(setExitCode).exitOverride());
  program.addCommand(approveCommand(setExitCode).exitOverride());
  program.addCommand(reviewCommand(setExitCode).exitOverride());
  program.addCommand(bumpCommand(setExitCode).exitOverride());
  program.addCommand(diffCommand(setExitCode).exitOverride());
  program.addCommand(rulesCommand(setExitCode).exitOverride());
  program.addCommand(explainCommand(setExitCode).exitOverride());
  program.addCommand(lspCommand(setExitCode).exitOverride());
  // A usage error in a command (a missing argument or option, an unknown option) ends with where
  // that command's usage is: addCommand does not pass the program's showHelpAfterError on.
  for (const command of program.commands) command.showHelpAfterError(`(run 'charter ${command.name()} --help' for usage)`);
  program.addHelpText(
    'after',
    `
Examples:
  $ charter init                                     interview: write charter.yaml
  $ charter lint examples/                           lint every charter in a folder
  $ charter render csm.yaml --format pdf             the document people read and sign
  $ charter sign csm.yaml --name "Dana Whitfield" --title "Chief Revenue Officer"
  $ charter explain mission-is-tagline               what a rule checks and why
  $ charter diff --git main                          what changed in what teams commit to

Docs: https://github.com/charter-cli/charter#readme`,
  );
  return program;
}

/** Runs the CLI with `argv` (process.argv form); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug');
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      return 2;
    }
    if (err instanceof CharterError) {
      process.stderr.write(`charter: ${err.message}\n`);
      if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`charter: internal error: ${message}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('This is a bug in charter. Run again with --debug and report the output.\n');
    return 2;
  }
}
